import { boardText, hashText, SaidError, say, type Point, type Primitive, type Said } from '../../core/src/index.js';
import type { FigJamApi, FigJamNode, FigJamTextSublayer } from './figjam-api.js';
import { figJamColours, type FigJamColours } from './figjam-palette.js';
import { figmaVectorPath } from './figma-vector-path.js';
import { paintHex, solidPaint } from './paint-colour.js';

/** What writing a node needs besides the primitive. */
export interface WriteContext {
  palette: 'light' | 'dark';
  /** The layout point the section's top-left stands for: children sit at `box - origin`. */
  origin: Point;
  fonts: { regular: FontName; bold: FontName };
  /** Host ids of the nodes placed for each primitive key, for connector endpoints. */
  nodeIdByKey: ReadonlyMap<string, string>;
  /** One frozen paint list per colour, shared by every node of a run: FigJam copies what it is given. */
  paints: Map<string, readonly SolidPaint[]>;
  /** Each style token's colours, looked up once per run. */
  colours: Map<string, FigJamColours>;
}

const SHAPE_TYPES = {
  rectangle: 'SQUARE',
  round_rectangle: 'ROUNDED_RECTANGLE',
  circle: 'ELLIPSE',
  pill: 'ROUNDED_RECTANGLE',
} as const;

const BOLD_STYLES = new Set(['title', 'stage', 'laneTitle', 'phase']);
const CURVE_WEIGHT = 4;
/** Dash and gap of a dashed curve (estimated, or the previous wave), in proportion to its weight as the SVG's `10 8` is to its 3.5. */
const CURVE_DASH: readonly number[] = [12, 8];

/**
 * Creates the empty FigJam node a primitive becomes (see `figJamNodeType`).
 *
 * @example createFigJamNode(figma, stickyPrimitive).type === 'STICKY'
 */
export function createFigJamNode(figma: FigJamApi, primitive: Primitive): FigJamNode {
  switch (primitive.kind) {
    case 'frame':
      return figma.createSection();
    case 'sticky':
      return figma.createSticky();
    case 'card':
    case 'shape':
      return figma.createShapeWithText();
    case 'text':
      return figma.createText();
    case 'curve':
      return figma.createVector();
    case 'connector':
      return figma.createConnector();
  }
}

/** Opacity of an emotion point resting on few answers (ShapeWithTextNode.opacity, 0…1 in @figma/plugin-typings). */
const HOLLOW_OPACITY = 0.4;
const NO_DASH: readonly number[] = [];

/**
 * Writes what a user sees and may edit: text, colours, font, shape. The text is the data's as
 * written (`boardText`: a sticky's `×N` or a card's badge on a line of its own), which FigJam wraps
 * itself; stickies and shapes get the font size the layout chose so their text fits. On a `fresh`
 * node every property is written; on an existing one only what differs, so a re-sync writes as
 * little as possible.
 */
export function writeContent(node: FigJamNode, primitive: Primitive, context: WriteContext, fresh: boolean): void {
  let colours = context.colours.get(primitive.style);
  if (!colours) {
    colours = figJamColours(primitive.style, context.palette);
    context.colours.set(primitive.style, colours);
  }
  const font = isBold(primitive) ? context.fonts.bold : context.fonts.regular;
  switch (node.type) {
    case 'SECTION':
      if (fresh || node.name !== primitive.text) node.name = primitive.text;
      setFills(node, colours.fill, fresh, context);
      return;
    case 'STICKY':
      // A map's stickies speak for the research, not for whoever placed them: FigJam shows the
      // author's name on a new sticky unless told not to (StickyNode.authorVisible).
      if (fresh) node.authorVisible = false;
      setFills(node, colours.fill, fresh, context);
      writeText(node.text, boardText(primitive), fresh ? font : null, primitive.fontSize);
      return;
    case 'SHAPE_WITH_TEXT': {
      const shapeType = primitive.kind === 'shape' ? SHAPE_TYPES[primitive.shape] : 'ROUNDED_RECTANGLE';
      if (fresh || node.shapeType !== shapeType) node.shapeType = shapeType;
      setFills(node, colours.fill, fresh, context);
      // Thin evidence: the point fades rather than changing colour, so its colour still reads back as ours.
      const opacity = primitive.kind === 'shape' && primitive.hollow === true ? HOLLOW_OPACITY : 1;
      if (fresh ? opacity !== 1 : node.opacity !== opacity) node.opacity = opacity;
      setFills(node.text, colours.onFill, fresh, context);
      writeText(node.text, boardText(primitive), fresh ? font : null, primitive.fontSize);
      return;
    }
    case 'TEXT':
      if (fresh) node.fontName = font;
      if (primitive.fontSize !== undefined && (fresh || node.fontSize !== primitive.fontSize)) node.fontSize = primitive.fontSize;
      if (primitive.kind === 'text') {
        const align = primitive.align === 'center' ? 'CENTER' : primitive.align === 'right' ? 'RIGHT' : 'LEFT';
        if (fresh ? align !== 'LEFT' : node.textAlignHorizontal !== align) node.textAlignHorizontal = align;
      }
      setFills(node, colours.ink, fresh, context);
      if (fresh || node.characters !== primitive.text) node.characters = primitive.text;
      return;
    case 'VECTOR':
      if (fresh || node.name !== primitive.text) node.name = primitive.text;
      if (fresh) {
        node.fills = [];
        node.strokeWeight = CURVE_WEIGHT;
      }
      setStrokes(node, colours.ink, fresh, context);
      {
        // A curve inferred from verbatims (PRODUCT.md §9) or the previous wave (§10) is dashed (VectorNode.dashPattern).
        const dash = primitive.kind === 'curve' && primitive.dashed === true ? CURVE_DASH : NO_DASH;
        if (fresh ? dash.length > 0 : node.dashPattern.join() !== dash.join()) node.dashPattern = dash;
      }
      return;
    case 'CONNECTOR':
      setStrokes(node, colours.ink, fresh, context);
      if (primitive.text !== '' || !fresh) writeText(node.text, primitive.text, fresh ? font : null, undefined);
      return;
    default:
      throw new SaidError(say('figjam.cannotPlace', { type: node.type }));
  }
}

/**
 * Writes where a node sits and its size; curves get their path, connectors their endpoints. Returns
 * a reason when the primitive cannot be drawn (an unsupported path, a missing endpoint).
 */
export function writeGeometry(node: FigJamNode, primitive: Primitive, context: WriteContext, fresh: boolean): Said | null {
  const x = primitive.box.x - context.origin.x;
  const y = primitive.box.y - context.origin.y;
  const { w, h } = primitive.box;
  switch (node.type) {
    case 'SECTION':
      if (fresh || node.width !== w || node.height !== h) node.resizeWithoutConstraints(w, h);
      return null;
    case 'STICKY':
      place(node, x, y, fresh);
      return null;
    case 'SHAPE_WITH_TEXT':
      if (fresh || node.width !== w || node.height !== h) node.resize(w, h);
      place(node, x, y, fresh);
      return null;
    case 'TEXT':
      if (fresh) node.textAutoResize = 'HEIGHT';
      if (fresh || node.width !== w) node.resize(w, h);
      place(node, x, y, fresh);
      return null;
    case 'VECTOR': {
      if (primitive.kind !== 'curve') return say('figjam.cannotDraw', { kind: primitive.kind, as: 'vector' });
      const data = figmaVectorPath(primitive.path, primitive.box);
      if (data === null) return say('figjam.pathUnsupported');
      node.vectorPaths = [{ windingRule: 'NONE', data }];
      place(node, x, y, fresh);
      return null;
    }
    case 'CONNECTOR': {
      if (primitive.kind !== 'connector') return say('figjam.cannotDraw', { kind: primitive.kind, as: 'connector' });
      const from = context.nodeIdByKey.get(primitive.from);
      const to = context.nodeIdByKey.get(primitive.to);
      if (from === undefined || to === undefined) return say('host.connectorEndMissing');
      if (fresh) node.connectorLineType = 'STRAIGHT';
      node.connectorStart = { endpointNodeId: from, magnet: 'AUTO' };
      node.connectorEnd = { endpointNodeId: to, magnet: 'AUTO' };
      return null;
    }
    default:
      return say('figjam.cannotPlace', { type: node.type });
  }
}

/**
 * A fingerprint of the geometry FigJam normalises on its side (a vector's path), stored in the
 * plugin data so a re-sync can tell whether the curve must be redrawn without parsing FigJam's form.
 */
export function geometryFingerprint(primitive: Primitive): string | undefined {
  if (primitive.kind !== 'curve') return undefined;
  return hashText(`${primitive.path}\u001f${primitive.box.w}\u001f${primitive.box.h}`);
}

function place(node: { x: number; y: number }, x: number, y: number, fresh: boolean): void {
  if (fresh || node.x !== x) node.x = x;
  if (fresh || node.y !== y) node.y = y;
}

function isBold(primitive: Primitive): boolean {
  return (primitive.kind === 'text' && primitive.bold === true) || BOLD_STYLES.has(primitive.style);
}

function writeText(text: FigJamTextSublayer, characters: string, font: FontName | null, fontSize: number | undefined): void {
  if (font !== null) text.fontName = font;
  if (fontSize !== undefined && (font !== null || text.fontSize !== fontSize)) text.fontSize = fontSize;
  if (font !== null || text.characters !== characters) text.characters = characters;
}

function paints(context: WriteContext, hex: string): readonly SolidPaint[] {
  let cached = context.paints.get(hex);
  if (!cached) {
    cached = Object.freeze([solidPaint(hex)]);
    context.paints.set(hex, cached);
  }
  return cached;
}

function setFills(node: { fills: ReadonlyArray<Paint> | symbol }, hex: string, fresh: boolean, context: WriteContext): void {
  if (fresh || paintHex(node.fills) !== hex) node.fills = paints(context, hex);
}

function setStrokes(node: { strokes: ReadonlyArray<Paint> }, hex: string, fresh: boolean, context: WriteContext): void {
  if (fresh || paintHex(node.strokes) !== hex) node.strokes = paints(context, hex);
}
