import { fitText } from '../layout/fit-text.js';
import { lineHeight, smallFontOf, stickyPadding } from '../layout/layout-metrics.js';
import type { StickyPrimitive } from '../layout/primitive.js';
import { escapeXml } from './escape-xml.js';
import { baselineOf, svgTextLines } from './svg-text-lines.js';

/**
 * Appends a sticky note to `out`: a softly shadowed square in its token's colour, its text wrapped
 * to the note from the top-left corner and shortened with `…` past the lines that fit (the same
 * `fitText` the layout measures with), the `×N` count line (when several people said it) bold at
 * the bottom right, and the whole text as a tooltip when it was shortened.
 *
 * @example svgSticky(out, primitive) // out gets '<g class="s pain" transform="translate(248,412)">…</g>'
 */
export function svgSticky(out: string[], primitive: StickyPrimitive): void {
  const { box, text } = primitive;
  const fontSize = primitive.fontSize ?? 16;
  const pad = stickyPadding(box.w);
  const hasCount = primitive.count !== undefined;
  const maxLines = Math.floor((box.h - 2 * pad) / lineHeight(fontSize)) - (hasCount ? 1 : 0);
  const fitted = fitText(text, { width: box.w - 2 * pad, maxLines, fontSize });
  out.push(`<g class="s ${primitive.style}" transform="translate(${box.x},${box.y})">`);
  if (fitted.shortened) out.push('<title>', escapeXml(text), '</title>');
  out.push(`<rect width="${box.w}" height="${box.h}" rx="3"/>`);
  svgTextLines(out, fitted.lines, pad, pad, fontSize, `f${fontSize}`);
  if (hasCount) {
    const small = smallFontOf(fontSize);
    const y = baselineOf(box.h - pad - lineHeight(small), small);
    out.push(`<text class="n f${small} b r" x="${box.w - pad}" y="${y}">×${primitive.count}</text>`);
  }
  out.push('</g>');
}
