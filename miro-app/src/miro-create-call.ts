import { SaidError, say, type Point, type Primitive, type ShapePrimitive } from '../../core/src/index.js';
import type {
  CreateCardProps,
  CreateConnectorProps,
  CreateFrameProps,
  CreateShapeProps,
  CreateStickyNoteProps,
  CreateTextProps,
} from './miro-board-api.js';
import { miroLookFor, type MiroLook } from './miro-palette.js';
import { isEmotionWhisker, miroShapeSize } from './miro-shape-size.js';
import { miroStickySize } from './miro-sticky-size.js';
import { boldMiroHtml, miroVisibleText } from './miro-visible-text.js';
import { toMiroHtml } from './to-miro-html.js';

/** How items look beyond what the layout says. */
export interface MiroItemStyle {
  palette: 'light' | 'dark';
  /** Miro sticky notes are square or rectangle; `auto` picks from the layout box. */
  stickyShape: 'auto' | 'square' | 'rectangle';
}

/** Light palette, sticky shape from the layout box. */
export const DEFAULT_ITEM_STYLE: MiroItemStyle = { palette: 'light', stickyShape: 'auto' };

/** One Web SDK create call: the board method and its props. */
export type MiroCreateCall =
  | { method: 'createFrame'; props: CreateFrameProps }
  | { method: 'createStickyNote'; props: CreateStickyNoteProps }
  | { method: 'createShape'; props: CreateShapeProps }
  | { method: 'createText'; props: CreateTextProps }
  | { method: 'createCard'; props: CreateCardProps }
  | { method: 'createConnector'; props: CreateConnectorProps };

/** Host ids of a connector's two ends. */
export interface ConnectorEnds {
  from: string;
  to: string;
}

/** Stroke of the emotion curves' connectors: the SVG strokes its curve 3.5 wide over 28-wide points. */
const CURVE_STROKE = 3;

/**
 * Translates one primitive into the Web SDK call that creates it, centred on `center` (board
 * coordinates: Miro positions items by their centre). Every item holds the data's text as written,
 * `miroVisibleText`, through `toMiroHtml`: Miro wraps it (frame titles are plain text in Miro, so
 * they only lose their line breaks). Sticky notes get one of Miro's 16 colour names and only a
 * width, the one whose note (199 × 228 proportions) fits the box. Text items are written in the
 * token's readable ink, never in a colour meant for a fill. The emotion lane is drawn as the SVG
 * draws it: whiskers as thin translucent lines, points as discs with a light ring, the curve as
 * curved connectors in the persona's colour.
 *
 * @example miroCreateCall(sticky, { x: 100, y: 100 }).method // 'createStickyNote'
 */
export function miroCreateCall(
  primitive: Primitive,
  center: Point,
  style: MiroItemStyle = DEFAULT_ITEM_STYLE,
  ends?: ConnectorEnds,
): MiroCreateCall {
  const look = miroLookFor(primitive.style, style.palette, primitive.color);
  const { w, h } = primitive.box;
  const position = { x: center.x, y: center.y };
  switch (primitive.kind) {
    case 'frame':
      return {
        method: 'createFrame',
        props: { ...position, width: w, height: h, title: frameTitle(primitive.text), style: { fillColor: look.fill } },
      };
    case 'sticky': {
      const shape = stickyShape(primitive.box, style.stickyShape);
      return {
        method: 'createStickyNote',
        props: {
          ...position,
          // Miro rejects width and height together on a sticky note and scales the height from the width.
          width: miroStickySize(primitive.box, shape).width,
          shape,
          content: toMiroHtml(miroVisibleText(primitive)),
          style: { fillColor: look.sticky, textAlign: 'center', textAlignVertical: 'middle' },
        },
      };
    }
    case 'text':
      return {
        method: 'createText',
        props: {
          ...position,
          width: w,
          content: primitive.bold ? boldMiroHtml(miroVisibleText(primitive)) : toMiroHtml(miroVisibleText(primitive)),
          style: { color: look.ink, fontSize: primitive.fontSize ?? 14, textAlign: primitive.align ?? 'left' },
        },
      };
    case 'shape':
      return { method: 'createShape', props: { ...position, ...miroShapeSize(primitive), ...shapeLook(primitive, look) } };
    case 'card':
      return {
        method: 'createCard',
        props: {
          ...position,
          width: w,
          title: toMiroHtml(miroVisibleText(primitive)),
          style: { cardTheme: look.accent },
          // A touchpoint said over several channels: one field per channel with its count (CardField.value), then its rank;
          // otherwise one field per badge line (a survey card's figures get their own).
          ...(primitive.channels !== undefined
            ? { fields: [...primitive.channels.map((entry) => ({ value: entry.label })), ...(primitive.rank !== undefined ? [{ value: `#${primitive.rank}` }] : [])] }
            : primitive.badge !== undefined
              ? { fields: primitive.badge.split('\n').map((value) => ({ value })) }
              : {}),
        },
      };
    case 'connector':
    case 'curve':
      if (!ends) throw new SaidError(say('host.connectorEndMissing'));
      return {
        method: 'createConnector',
        props: {
          start: { item: ends.from, snapTo: 'right' },
          end: { item: ends.to, snapTo: 'left' },
          // Horizontal tangents at every point: the curve never overshoots between stages.
          shape: 'curved',
          style: {
            strokeColor: look.stroke,
            strokeWidth: CURVE_STROKE,
            startStrokeCap: 'none',
            endStrokeCap: 'none',
            // A dashed curve (inferred from verbatims, or the previous wave) stays dashed (ConnectorStyle.strokeStyle: 'normal' | 'dotted' | 'dashed').
            // A solid one says so too: an update merges this style over the item's (assignMiroProps), which would keep a dash.
            strokeStyle: primitive.dashed === true ? 'dashed' : 'normal',
          },
        },
      };
  }
}

/** Shape, content and style of a shape: a whisker, an emotion point, a line or a box with text. */
function shapeLook(primitive: ShapePrimitive, look: MiroLook): Pick<CreateShapeProps, 'shape' | 'content' | 'style'> {
  const text = { color: look.text, fontSize: primitive.fontSize ?? 14, textAlign: 'center', textAlignVertical: 'middle' } as const;
  if (isEmotionWhisker(primitive)) {
    // A line: translucent so the curve and the points stay in front, no border to thicken it.
    return { shape: 'round_rectangle', content: '', style: { fillColor: look.stroke, fillOpacity: 0.55, borderOpacity: 0, borderWidth: 1, borderColor: look.stroke } };
  }
  if (primitive.style === 'zeroLine') {
    // The SVG dashes it; a Miro shape cannot be dashed, so a lighter solid line keeps it quiet.
    return { shape: 'rectangle', content: '', style: { fillColor: look.fill, fillOpacity: 0.6, borderOpacity: 0, borderWidth: 1, borderColor: look.fill } };
  }
  if (primitive.shape === 'circle' && primitive.hollow === true) {
    // Thin evidence: a ring of its sentiment around a faint disc (ShapeStyle.fillOpacity, 0…1).
    return { shape: 'circle', content: toMiroHtml(miroVisibleText(primitive)), style: { ...text, fillColor: look.fill, fillOpacity: 0.2, borderColor: look.fill, borderWidth: 3 } };
  }
  if (primitive.shape === 'circle') {
    // An emotion point: a disc of its sentiment ringed in the frame's colour, its face on it, as in the SVG.
    // Opaque in so many words: an update merges this style over the item's, which a hollow point left faint.
    return { shape: 'circle', content: toMiroHtml(miroVisibleText(primitive)), style: { ...text, fillColor: look.fill, fillOpacity: 1, borderColor: look.stroke, borderWidth: 2 } };
  }
  return {
    shape: primitive.shape === 'rectangle' ? 'rectangle' : 'round_rectangle',
    content: toMiroHtml(miroVisibleText(primitive)),
    style: { ...text, fillColor: look.fill, borderColor: look.stroke, borderWidth: 1 },
  };
}

/** Frame titles are plain single-line text in Miro. */
export function frameTitle(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

function stickyShape(box: { w: number; h: number }, choice: MiroItemStyle['stickyShape']): 'square' | 'rectangle' {
  if (choice !== 'auto') return choice;
  return box.w > box.h * 1.2 ? 'rectangle' : 'square';
}
