import type { LayoutOptions } from './primitive.js';

/** Every size the layout uses, in board units, derived once from the options. */
export interface LayoutMetrics {
  /** A sticky note (the square of the host). */
  sticky: { w: number; h: number };
  /** A card (touchpoints, opportunities): as wide as a sticky, shorter. */
  cardH: number;
  /** Space between cards, columns and bands. */
  gap: number;
  /** Inner padding of stickies, cards and boxes. */
  pad: number;
  fontSize: number;
  lineHeight: number;
  smallFont: number;
  smallLine: number;
  headerFont: number;
  headerLine: number;
  titleFont: number;
  titleLine: number;
  /** Width of the lane-title column on the left. */
  laneTitleW: number;
  /** Width kept at the right of the emotion lane title for the scale labels. */
  scaleW: number;
  /** Padding inside a lane band, above and below its cells. */
  bandPad: number;
  /** Frame padding around the content. */
  margin: number;
  /** Diameter of an emotion point. */
  pointD: number;
  /** Vertical distance between two emotion levels (−2, −1, 0, +1, +2). */
  levelStep: number;
  /** Most cards side by side in a cell. */
  maxColumns: number;
  /** Lines of body text on a card under its badge. */
  cardBodyLines: number;
  /** Laid out for a board: every text is shown whole, so text boxes hold all their lines (`LayoutOptions.board`). */
  board: boolean;
  /** The board grows a sticky or shape with its text (FigJam): items are sized for their text. */
  itemsGrow: boolean;
  /** Smallest font a sticky or card gets to keep its text inside its box before the box grows. */
  minItemFont: number;
  /** A board's text line height per unit of font size, when taller than ours (`BoardMetrics.lineHeight`). */
  boardLineHeight?: number;
}

export const DEFAULT_STICKY = { w: 200, h: 200 } as const;

/**
 * Derives the sizes of a layout from its options. Everything scales with the sticky width so a
 * FigJam map (240 × 240) and a Miro map (199 × 228) keep the same proportions; sizes are integers so
 * boxes stay on whole board units.
 *
 * @example layoutMetrics({ stickySize: { w: 240, h: 240 } }).fontSize // 19
 */
export function layoutMetrics(options: LayoutOptions = {}): LayoutMetrics {
  const w = Math.max(80, Math.round(finiteOr(options.stickySize?.w, DEFAULT_STICKY.w)));
  const h = Math.max(80, Math.round(finiteOr(options.stickySize?.h, DEFAULT_STICKY.h)));
  const fontSize = Math.min(24, Math.max(10, Math.round(w / 12.5)));
  const smallFont = smallFontOf(fontSize);
  const headerFont = fontSize + 2;
  const titleFont = fontSize * 2;
  const pad = stickyPadding(w);
  const gap = Math.max(4, Math.round(finiteOr(options.gap, w * 0.08)));
  const cardBodyLines = 3;
  return {
    sticky: { w, h },
    cardH: 2 * pad + lineHeight(smallFont) + 4 + cardBodyLines * lineHeight(fontSize),
    gap,
    pad,
    fontSize,
    lineHeight: lineHeight(fontSize),
    smallFont,
    smallLine: lineHeight(smallFont),
    headerFont,
    headerLine: lineHeight(headerFont),
    titleFont,
    titleLine: lineHeight(titleFont),
    laneTitleW: Math.max(150, Math.round(w * 1.1)),
    scaleW: Math.round(smallFont * 3.2),
    bandPad: Math.max(6, Math.round(gap * 0.75)),
    margin: gap * 2,
    pointD: Math.round(fontSize * 1.75),
    levelStep: Math.round(w * 0.2),
    maxColumns: 3,
    cardBodyLines,
    board: options.board !== undefined,
    itemsGrow: options.board?.itemsGrow === true,
    minItemFont: Math.max(10, Math.round(fontSize * 0.7)),
    ...(options.board?.lineHeight !== undefined && Number.isFinite(options.board.lineHeight) && { boardLineHeight: options.board.lineHeight }),
  };
}

/**
 * Height of one line of a text box at `fontSize`: ours (`lineHeight`), or the board's when it is
 * taller, rounded up, so a text the board centres on its box stays inside it.
 *
 * @example textLineHeight(layoutMetrics({ board: { itemsGrow: false, lineHeight: 1.4 } }), 16) // 23
 */
export function textLineHeight(metrics: LayoutMetrics, fontSize: number): number {
  const ours = lineHeight(fontSize);
  return metrics.boardLineHeight === undefined ? ours : Math.max(ours, Math.ceil(fontSize * metrics.boardLineHeight - 1e-9));
}

/**
 * Most lines a text box holds: `cap` in a picture, where the renderer shortens the rest with `…`;
 * every line on a board, whose host shows the whole text.
 *
 * @example textLines(layoutMetrics({ board: { itemsGrow: false } }), 3) // Infinity
 */
export function textLines(metrics: LayoutMetrics, cap: number): number {
  return metrics.board ? Infinity : cap;
}

/**
 * The line height of a font size, shared by the layout (to size boxes) and the renderers (to place
 * lines), so a fitted text fills exactly the box it was fitted to.
 *
 * @example lineHeight(16) // 21
 */
export function lineHeight(fontSize: number): number {
  return Math.round(fontSize * 1.3);
}

/**
 * Inner padding of a sticky or card of a given width, shared with the renderers so text sits
 * where the layout fitted it.
 *
 * @example stickyPadding(200) // 12
 */
export function stickyPadding(width: number): number {
  return Math.max(6, Math.round(width * 0.06));
}

/**
 * The small font (badges, scores, legends) that goes with a body font size.
 *
 * @example smallFontOf(16) // 13
 */
export function smallFontOf(fontSize: number): number {
  return Math.max(9, fontSize - 3);
}

/** The value when it is a finite number, the fallback otherwise (a NaN option must not spread NaN boxes). */
function finiteOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? value : fallback;
}
