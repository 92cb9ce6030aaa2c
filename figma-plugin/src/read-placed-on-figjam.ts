import { type Box, hashContent, type ItemLook, type Layout, type PlacedRecord, type Primitive } from '../../core/src/index.js';
import type { FigJamApi, FigJamNode, FigJamSection } from './figjam-api.js';
import { colourRole, figJamNodeType } from './figjam-node-kind.js';
import { figJamColours } from './figjam-palette.js';
import { decodePlacedData, PLACED_DATA_KEY, type FigJamPlacedData } from './figjam-placed-data.js';
import { paintHex } from './paint-colour.js';
import { geometryFingerprint } from './write-figjam-node.js';

/** What a journey already has on the page: records for `planSync`, and the nodes behind them. */
export interface PlacedOnFigJam {
  records: PlacedRecord[];
  nodes: Map<string, FigJamNode>;
  data: Map<string, FigJamPlacedData>;
  /** Host id of the node standing for each key (the first one found when a key is duplicated). */
  nodeIdByKey: Map<string, string>;
  /** The section holding the map, when it is still on the page. */
  section: FigJamSection | null;
}

const NOWHERE: Box = { x: Number.NaN, y: Number.NaN, w: Number.NaN, h: Number.NaN };

/**
 * Reads back the nodes of `layout.journeyId` on the current page, by our plugin data, and turns each
 * into a `PlacedRecord`: `currentHash` is `hashContent` over the text and colour it holds now (a
 * colour reads back as the token placed only if it still is that token's colour), `box` is its place
 * in layout coordinates. A node outside our section, a curve whose path changed or a connector whose
 * ends moved gets a box that matches nothing, so `planSync` puts it back in place. Writes nothing.
 *
 * @example readPlacedOnFigJam(figma, layout, frame).records.length === 0 // on an empty page
 */
export function readPlacedOnFigJam(figma: FigJamApi, layout: Layout, frame: Primitive): PlacedOnFigJam {
  const found = figma.currentPage.findAllWithCriteria({ pluginData: { keys: [PLACED_DATA_KEY] } });
  const placed: PlacedOnFigJam = { records: [], nodes: new Map(), data: new Map(), nodeIdByKey: new Map(), section: null };
  const ours: [FigJamNode, FigJamPlacedData][] = [];
  for (const node of found) {
    if (node.removed) continue;
    const data = decodePlacedData(node.getPluginData(PLACED_DATA_KEY));
    if (data === null || data.j !== layout.journeyId) continue;
    ours.push([node, data]);
    if (!placed.nodeIdByKey.has(data.k)) placed.nodeIdByKey.set(data.k, node.id);
    if (placed.section === null && node.type === 'SECTION' && data.k === frame.key) placed.section = node;
  }

  if (ours.length === 0) return placed;
  const byKey = new Map<string, Primitive>();
  for (const primitive of layout.primitives) byKey.set(primitive.key, primitive);
  const origin = { x: frame.box.x, y: frame.box.y };
  const sectionId = placed.section?.id;

  for (const [node, data] of ours) {
    const primitive = byKey.get(data.k);
    placed.nodes.set(node.id, node);
    placed.data.set(node.id, data);
    let box = readBox(node, data, primitive, origin, sectionId, placed.nodeIdByKey);
    const content = readContent(node);
    const hash = currentHash(node, data, content);
    // A palette switch is no content change, yet every colour must be rewritten: a box that matches
    // nothing makes `planSync` schedule a move, and a move rewrites whatever differs. A node edited
    // by hand is never rewritten: it keeps its true box, so nothing is placed over it.
    if (data.p !== (layout.palette === 'dark' ? 'd' : 'l') && hash === data.h) box = NOWHERE;
    placed.records.push({ hostId: node.id, journeyId: data.j, key: data.k, hash: data.h, currentHash: hash, box, ...(content.text ? { text: content.text } : {}) });
  }
  return placed;
}

function currentHash(node: FigJamNode, data: FigJamPlacedData, content: { text: string | null; colour: string | null }): string {
  if (node.type !== figJamNodeType(data.t)) return `replaced by ${node.type}`;
  const expected = figJamColours(data.s, data.p === 'd' ? 'dark' : 'light')[colourRole(data.t)];
  const style = content.colour === expected ? data.s : `recoloured ${content.colour ?? 'none'}`;
  // A vector holds no text a user can edit: only its colour can differ from what was placed.
  if (content.text === null) return style === data.s ? data.h : hashContent({ kind: data.t, style, text: '' });
  const look = readLook(node);
  return hashContent({ kind: data.t, style, text: content.text, ...(look !== undefined && { look }) });
}

/**
 * The look a node holds now, as `writeFigJamNode` draws it: a shape fainter than opaque is a hollow
 * point. Below 1 rather than equal to our opacity: Figma may keep opacity at a lower precision than
 * it was set with (the docs say only "between 0 and 1"). A point made fainter or opaque by hand
 * reads as edited, as a recoloured one does.
 */
function readLook(node: FigJamNode): ItemLook | undefined {
  return node.type === 'SHAPE_WITH_TEXT' && node.opacity < 1 ? 'hollow' : undefined;
}

function readContent(node: FigJamNode): { text: string | null; colour: string | null } {
  switch (node.type) {
    case 'SECTION':
      return { text: node.name, colour: paintHex(node.fills) };
    case 'STICKY':
    case 'SHAPE_WITH_TEXT':
      return { text: node.text.characters, colour: paintHex(node.fills) };
    case 'TEXT':
      return { text: node.characters, colour: paintHex(node.fills) };
    case 'VECTOR':
      return { text: null, colour: paintHex(node.strokes) };
    case 'CONNECTOR':
      return { text: node.text.characters, colour: paintHex(node.strokes) };
    default:
      return { text: '', colour: null };
  }
}

function readBox(
  node: FigJamNode,
  data: FigJamPlacedData,
  primitive: Primitive | undefined,
  origin: { x: number; y: number },
  sectionId: string | undefined,
  nodeIdByKey: ReadonlyMap<string, string>,
): Box {
  if (node.type === 'SECTION') {
    // The user may drag the whole map anywhere: only its size is ours.
    return { x: primitive?.box.x ?? origin.x, y: primitive?.box.y ?? origin.y, w: node.width, h: node.height };
  }
  if (sectionId === undefined || node.parent?.id !== sectionId) return NOWHERE;
  switch (node.type) {
    case 'STICKY':
      // FigJam fixes a sticky's size: only its position can drift.
      return { x: node.x + origin.x, y: node.y + origin.y, w: primitive?.box.w ?? node.width, h: primitive?.box.h ?? node.height };
    case 'SHAPE_WITH_TEXT':
      return { x: node.x + origin.x, y: node.y + origin.y, w: node.width, h: node.height };
    case 'TEXT':
      // Text grows to fit its lines: its width is ours, its height FigJam's.
      return { x: node.x + origin.x, y: node.y + origin.y, w: node.width, h: primitive?.box.h ?? node.height };
    case 'VECTOR':
      if (!primitive || data.g !== geometryFingerprint(primitive)) return NOWHERE;
      return { x: node.x + origin.x, y: node.y + origin.y, w: primitive.box.w, h: primitive.box.h };
    case 'CONNECTOR': {
      if (!primitive || primitive.kind !== 'connector') return NOWHERE;
      const start = node.connectorStart;
      const end = node.connectorEnd;
      const attached =
        'endpointNodeId' in start &&
        'endpointNodeId' in end &&
        start.endpointNodeId === nodeIdByKey.get(primitive.from) &&
        end.endpointNodeId === nodeIdByKey.get(primitive.to);
      return attached ? primitive.box : NOWHERE;
    }
    default:
      return NOWHERE;
  }
}
