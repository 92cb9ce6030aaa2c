/**
 * The host calls a fresh FigJam placement makes, and nothing else: the "bare" side of the FigJam
 * benches (`figjam.overhead_ratio` in Node, `figjam.sandbox_ms_1k` inside QuickJS). `prepare` runs
 * outside the clock; `bareCalls` runs on the fake host, in Node or bundled into the sandbox, where
 * its prepared data arrives as JSON.
 */
import type { Layout, Primitive } from '../../core/src/layout/primitive.js';
import { hashPrimitive } from '../../core/src/sync/hash-content.js';
import { figJamColours } from '../../figma-plugin/src/figjam-palette.js';
import { encodePlacedData } from '../../figma-plugin/src/figjam-placed-data.js';
import { figmaVectorPath } from '../../figma-plugin/src/figma-vector-path.js';
import { FIGJAM_FONTS } from '../../figma-plugin/src/load-figjam-fonts.js';
import { solidPaint } from '../../figma-plugin/src/paint-colour.js';
import { geometryFingerprint } from '../../figma-plugin/src/write-figjam-node.js';
import type { FakeFigma, FakeShape, FakeSticky, FakeText } from '../../test/fakes/figma-fake.js';

const SHAPES = { rectangle: 'SQUARE', round_rectangle: 'ROUNDED_RECTANGLE', circle: 'ELLIPSE', pill: 'ROUNDED_RECTANGLE' } as const;

export interface Prepared {
  primitive: Primitive;
  x: number;
  y: number;
  fill: SolidPaint[];
  ink: SolidPaint[];
  onFill: SolidPaint[];
  font: FontName;
  data: string;
  full: string | undefined;
  path: string | null;
}

/** Everything the bare run writes, computed before the clock starts. */
export function prepare(layout: Layout): Prepared[] {
  const frame = layout.primitives[0] as Primitive;
  return layout.primitives.map((primitive) => {
    const colours = figJamColours(primitive.style, layout.palette);
    const g = geometryFingerprint(primitive);
    const bold = (primitive.kind === 'text' && primitive.bold === true) || ['title', 'stage', 'laneTitle', 'phase'].includes(primitive.style);
    return {
      primitive,
      x: primitive.box.x - frame.box.x,
      y: primitive.box.y - frame.box.y,
      fill: [solidPaint(colours.fill)],
      ink: [solidPaint(colours.ink)],
      onFill: [solidPaint(colours.onFill)],
      font: bold ? FIGJAM_FONTS.bold : FIGJAM_FONTS.regular,
      data: encodePlacedData({ v: 1, j: layout.journeyId, k: primitive.key, h: hashPrimitive(primitive), t: primitive.kind, s: primitive.style, p: 'l', ...(g === undefined ? {} : { g }) }),
      full: primitive.fullText,
      path: primitive.kind === 'curve' ? figmaVectorPath(primitive.path, primitive.box) : null,
    };
  });
}

/** The writes that end every sticky, shape and text: position, plugin data, and its id for the connectors. */
function placeNode(node: FakeSticky | FakeShape | FakeText, item: Prepared, ids: Map<string, string>): void {
  node.x = item.x;
  node.y = item.y;
  node.setPluginData('parcours', item.data);
  if (item.full !== undefined) node.setPluginData('parcours.full', item.full);
  ids.set(item.primitive.key, node.id);
}

/** The host calls of a fresh placement, and nothing else. */
export async function bareCalls(figma: FakeFigma, prepared: readonly Prepared[]): Promise<void> {
  await figma.loadFontAsync(FIGJAM_FONTS.regular);
  await figma.loadFontAsync(FIGJAM_FONTS.bold);
  const ids = new Map<string, string>();
  const section = figma.createSection();
  for (const item of prepared) {
    const { primitive: p } = item;
    if (p.kind === 'frame') {
      section.x = 0;
      section.y = 0;
      section.name = p.text;
      section.fills = item.fill;
      section.resizeWithoutConstraints(p.box.w, p.box.h);
      section.setPluginData('parcours', item.data);
      continue;
    }
    if (p.kind === 'sticky') {
      const node = figma.createSticky();
      section.appendChild(node);
      node.authorVisible = false;
      node.fills = item.fill;
      node.text.fontName = item.font;
      node.text.characters = p.text;
      placeNode(node, item, ids);
    } else if (p.kind === 'card' || p.kind === 'shape') {
      const node = figma.createShapeWithText();
      section.appendChild(node);
      node.shapeType = p.kind === 'shape' ? SHAPES[p.shape] : 'ROUNDED_RECTANGLE';
      node.fills = item.fill;
      node.text.fills = item.onFill;
      node.text.fontName = item.font;
      if (p.fontSize !== undefined) node.text.fontSize = p.fontSize;
      node.text.characters = p.text;
      node.resize(p.box.w, p.box.h);
      placeNode(node, item, ids);
    } else if (p.kind === 'text') {
      const node = figma.createText();
      section.appendChild(node);
      node.fontName = item.font;
      if (p.fontSize !== undefined) node.fontSize = p.fontSize;
      if (p.align === 'center' || p.align === 'right') node.textAlignHorizontal = p.align === 'center' ? 'CENTER' : 'RIGHT';
      node.fills = item.ink;
      node.characters = p.text;
      node.textAutoResize = 'HEIGHT';
      node.resize(p.box.w, p.box.h);
      placeNode(node, item, ids);
    } else if (p.kind === 'curve') {
      const node = figma.createVector();
      section.appendChild(node);
      node.name = p.text;
      node.fills = [];
      node.strokeWeight = 4;
      node.strokes = item.ink;
      node.vectorPaths = [{ windingRule: 'NONE', data: item.path ?? '' }];
      node.x = item.x;
      node.y = item.y;
      node.setPluginData('parcours', item.data);
    } else if (p.kind === 'connector') {
      const node = figma.createConnector();
      section.appendChild(node);
      node.strokes = item.ink;
      node.connectorLineType = 'STRAIGHT';
      node.connectorStart = { endpointNodeId: ids.get(p.from) ?? '', magnet: 'AUTO' };
      node.connectorEnd = { endpointNodeId: ids.get(p.to) ?? '', magnet: 'AUTO' };
      node.setPluginData('parcours', item.data);
    }
  }
  figma.commitUndo();
  figma.currentPage.selection = [section];
  figma.viewport.scrollAndZoomIntoView([section]);
}
