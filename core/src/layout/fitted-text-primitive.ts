import { boardLineCount } from './board-line-count.js';
import { fitText, type FitBox } from './fit-text.js';
import { lineHeight } from './layout-metrics.js';
import type { Primitive, TextPrimitive } from './primitive.js';

/** What to write where: a text, the width it wraps to, and most lines its box holds (`Infinity` on a board). */
export interface TextSpec {
  key: string;
  text: string;
  x: number;
  y: number;
  width: number;
  maxLines: number;
  fontSize: number;
  style: TextPrimitive['style'];
  bold?: boolean;
  align?: TextPrimitive['align'];
  color?: string;
  ref?: Primitive['ref'];
  /** Height of a line (`textLineHeight`); default `lineHeight(fontSize)`. */
  lineHeight?: number;
}

/**
 * A text primitive holding the text as written, its box as wide as `width` and exactly as tall as
 * the lines `fitText` wraps it to, up to `maxLines` (`lineHeight`, or the board's `textLineHeight`, each). The SVG renderer
 * wraps it again with the same function, so its lines fill that box; a board wraps it itself.
 *
 * @example fittedTextPrimitive({ key: 'title', text: 'Tiny', x: 32, y: 32, width: 600, maxLines: 2, fontSize: 32, style: 'title' }).box.h // 42
 */
export function fittedTextPrimitive(spec: TextSpec): TextPrimitive {
  const bold = spec.bold === true;
  const lines = textLineCount(spec.text, { width: spec.width, maxLines: spec.maxLines, fontSize: spec.fontSize, bold });
  const primitive: TextPrimitive = {
    kind: 'text',
    key: spec.key,
    box: { x: spec.x, y: spec.y, w: spec.width, h: lines * (spec.lineHeight ?? lineHeight(spec.fontSize)) },
    style: spec.style,
    text: spec.text,
    fontSize: spec.fontSize,
    align: spec.align ?? 'left',
  };
  if (bold) primitive.bold = true;
  if (spec.color !== undefined) primitive.color = spec.color;
  if (spec.ref !== undefined) primitive.ref = spec.ref;
  return primitive;
}

/**
 * The lines a text box needs: those `fitText` wraps it to, up to `maxLines` (a picture); with no cap
 * (`Infinity`, a board) as many as the board shows, an empty line of the text included.
 *
 * @example textLineCount('Prix\n\npeu clair', { width: 200, maxLines: Infinity, fontSize: 16 }) // 3
 */
export function textLineCount(text: string, box: FitBox): number {
  return Number.isFinite(box.maxLines) ? fitText(text, box).lines.length : boardLineCount(text, box.width, box.fontSize, box.bold === true);
}
