import { faceLevel } from '../layout/emotion-face.js';
import { fitText } from '../layout/fit-text.js';
import { lineHeight } from '../layout/layout-metrics.js';
import type { Box, ShapePrimitive, TextPrimitive } from '../layout/primitive.js';
import { escapeXml } from './escape-xml.js';
import { FACE_ID } from './svg-style.js';
import { svgTextLines } from './svg-text-lines.js';

/** Corner radius of each shape, in board units. */
function radius(primitive: ShapePrimitive): number {
  if (primitive.shape === 'pill') return Math.min(primitive.box.w, primitive.box.h) / 2;
  if (primitive.shape === 'round_rectangle') return primitive.style === 'grid' ? 10 : 8;
  return primitive.style === 'grid' ? 10 : 0;
}

/**
 * An emotion face in a disc of its sentiment colour, the vector face symbol of its level on top.
 *
 * @example svgFace({ x: 0, y: 0, w: 28, h: 28 }, 1, 'positive') // '<g class="positive">…</g>'
 */
export function svgFace(box: Box, level: number, style: string, hollow = false): string {
  const r = Math.min(box.w, box.h) / 2;
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  const inner = r * 1.7;
  return (
    `<g class="${style}${hollow ? ' hollow' : ''}"><circle class="sc" cx="${cx}" cy="${cy}" r="${r}"/>` +
    `<use href="#${FACE_ID}${level + 2}" x="${cx - inner / 2}" y="${cy - inner / 2}" width="${inner}" height="${inner}"/></g>`
  );
}

/**
 * A min–max whisker: the layout's box spans the range plus a point's radius at each end, so the
 * point sits inside it; drawn as a thin line with caps at the min and the max.
 *
 * @example svgWhisker({ x: 86, y: 100, w: 28, h: 108 }, 'persona0') // '<path class="wk persona0" d="M100 114V194M94 114H106M94 194H106"/>'
 */
export function svgWhisker(box: Box, style: string, color?: string): string {
  const r = box.w / 2;
  const cx = box.x + r;
  const top = box.y + r;
  const bottom = box.y + box.h - r;
  const cap = Math.round(r * 0.45);
  const stroke = color !== undefined ? ` style="stroke:${escapeXml(color)}"` : '';
  return `<path class="wk ${style}"${stroke} d="M${cx} ${top}V${bottom}M${cx - cap} ${top}H${cx + cap}M${cx - cap} ${bottom}H${cx + cap}"/>`;
}

/**
 * A shape: a band, stage header, phase, persona box, whisker, zero line or emotion point; its text
 * wrapped as the layout sized it (`fit`: its width and lines, shortened with `…` past them) and
 * centred both ways (stage and phase names bold). A circle whose text is an emotion face draws the
 * face as a vector.
 *
 * @example svgShape(stageHeader) // '<g class="stage"><rect …/><text class="f18 b c" …>Découverte</text></g>'
 */
export function svgShape(primitive: ShapePrimitive): string {
  const { box, style } = primitive;
  if (style === 'zeroLine') {
    const y = box.y + box.h / 2;
    return `<path class="z zeroLine" d="M${box.x} ${y}H${box.x + box.w}"/>`;
  }
  const level = faceLevel(primitive.text);
  if (primitive.shape === 'circle' && level !== undefined) return svgFace(box, level, style, primitive.hollow === true);
  if (primitive.shape === 'pill' && style.startsWith('persona')) return svgWhisker(box, style, primitive.color);
  const rx = radius(primitive);
  const shape =
    primitive.shape === 'circle'
      ? `<circle cx="${box.x + box.w / 2}" cy="${box.y + box.h / 2}" r="${Math.min(box.w, box.h) / 2}"/>`
      : `<rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}"${rx > 0 ? ` rx="${rx}"` : ''}/>`;
  if (primitive.text === '') return shape.replace(/^<(\w+)/, `<$1 class="${style}"`);
  const fontSize = primitive.fontSize ?? 16;
  const bold = style === 'stage' || style === 'phase';
  const fit = primitive.fit ?? { width: box.w, maxLines: Math.max(1, Math.floor(box.h / lineHeight(fontSize))) };
  const lines = fitText(primitive.text, { width: fit.width, maxLines: fit.maxLines, fontSize, bold }).lines;
  const top = box.y + Math.round((box.h - lines.length * lineHeight(fontSize)) / 2);
  const out = [`<g class="${style}">`, shape];
  svgTextLines(out, lines, box.x + box.w / 2, top, fontSize, `f${fontSize}${bold ? ' b' : ''} c`);
  out.push('</g>');
  return out.join('');
}

/**
 * A text primitive: its text wrapped to its box's width and lines (the box is as tall as the lines
 * the layout measured, shortened with `…` past them), from the top of its box, aligned as asked,
 * coloured by its token; a text that is a single emotion face (the emotion scale) is drawn as a
 * small face.
 *
 * @example svgText(laneTitle) // '<text class="laneTitle f16 b" x="44" y="…">Actions</text>'
 */
export function svgText(primitive: TextPrimitive): string {
  const { box } = primitive;
  const level = faceLevel(primitive.text);
  if (level !== undefined) return svgFace({ x: box.x + 2, y: box.y + 2, w: box.w - 4, h: box.h - 4 }, level, primitive.style);
  const fontSize = primitive.fontSize ?? 16;
  const align = primitive.align ?? 'left';
  const x = align === 'center' ? box.x + box.w / 2 : align === 'right' ? box.x + box.w : box.x;
  const classes = `${primitive.style} f${fontSize}${primitive.bold ? ' b' : ''}${align === 'center' ? ' c' : align === 'right' ? ' r' : ''}`;
  const bold = primitive.bold === true;
  // A board's taller lines (`textLineHeight`) leave room for more of ours: never fewer than measured.
  const maxLines = Math.max(1, Math.floor(box.h / lineHeight(fontSize) + 1e-9));
  const lines = fitText(primitive.text, { width: box.w, maxLines, fontSize, bold }).lines;
  const out: string[] = [];
  svgTextLines(out, lines, x, box.y, fontSize, classes);
  // A "+N more" keeps the cards it stands for: a tooltip in the picture, read out by screen readers.
  if (primitive.fullText !== undefined) out.splice(out.length - 1, 0, '<title>', escapeXml(primitive.fullText), '</title>');
  const text = out.join('');
  return primitive.color !== undefined ? text.replace('<text ', `<text style="fill:${escapeXml(primitive.color)}" `) : text;
}
