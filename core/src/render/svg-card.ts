import { lineHeight, smallFontOf, stickyPadding } from '../layout/layout-metrics.js';
import type { CardPrimitive } from '../layout/primitive.js';
import { escapeXml } from './escape-xml.js';
import { svgTextLines } from './svg-text-lines.js';

/**
 * Appends a card (touchpoint, opportunity) to `out`: a rounded card with an accent bar in its
 * token's colour, the badge line (channel, `#rank`, `×N`) small and bold in that colour, then the
 * body text.
 *
 * @example svgCard(out, primitive) // out gets '<g class="k touchpoint" transform="translate(248,640)">…</g>'
 */
export function svgCard(out: string[], primitive: CardPrimitive): void {
  const { box, text } = primitive;
  const fontSize = primitive.fontSize ?? 16;
  const pad = stickyPadding(box.w);
  out.push(`<g class="k ${primitive.style}" transform="translate(${box.x},${box.y})">`);
  if (primitive.fullText !== undefined) out.push('<title>', escapeXml(primitive.fullText), '</title>');
  out.push(`<rect width="${box.w}" height="${box.h}" rx="8"/><rect class="a" x="1" y="${pad}" width="4" height="${box.h - 2 * pad}" rx="2"/>`);
  let top = pad;
  let bodyFrom = 0;
  if (primitive.badge !== undefined) {
    const small = smallFontOf(fontSize);
    const badgeEnd = text.indexOf('\n');
    const end = badgeEnd < 0 ? text.length : badgeEnd;
    svgTextLines(out, text, pad, top, small, `bd f${small} b`, 0, end);
    top += lineHeight(small) + 4;
    bodyFrom = Math.min(text.length, end + 1);
  }
  if (bodyFrom < text.length) svgTextLines(out, text, pad, top, fontSize, `f${fontSize}`, bodyFrom);
  out.push('</g>');
}
