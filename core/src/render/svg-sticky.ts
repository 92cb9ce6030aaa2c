import { lineHeight, smallFontOf, stickyPadding } from '../layout/layout-metrics.js';
import type { StickyPrimitive } from '../layout/primitive.js';
import { escapeXml } from './escape-xml.js';
import { baselineOf, svgTextLines } from './svg-text-lines.js';

/**
 * Appends a sticky note to `out`: a softly shadowed square in its token's colour, text from the
 * top-left corner, the `×N` count line (when several people said it) bold at the bottom right, and
 * the full text as a tooltip when it was shortened.
 *
 * @example svgSticky(out, primitive) // out gets '<g class="s pain" transform="translate(248,412)">…</g>'
 */
export function svgSticky(out: string[], primitive: StickyPrimitive): void {
  const { box, text } = primitive;
  const fontSize = primitive.fontSize ?? 16;
  const pad = stickyPadding(box.w);
  out.push(`<g class="s ${primitive.style}" transform="translate(${box.x},${box.y})">`);
  if (primitive.fullText !== undefined) out.push('<title>', escapeXml(primitive.fullText), '</title>');
  out.push(`<rect width="${box.w}" height="${box.h}" rx="3"/>`);
  const countAt = primitive.count !== undefined ? text.lastIndexOf('\n') : -1;
  svgTextLines(out, text, pad, pad, fontSize, `f${fontSize}`, 0, countAt >= 0 ? countAt : text.length);
  if (countAt >= 0) {
    const small = smallFontOf(fontSize);
    const y = baselineOf(box.h - pad - lineHeight(small), small);
    out.push(`<text class="n f${small} b r" x="${box.w - pad}" y="${y}">`, escapeXml(text.slice(countAt + 1)), '</text>');
  }
  out.push('</g>');
}
