import { fitText } from '../layout/fit-text.js';
import { lineHeight, smallFontOf, stickyPadding } from '../layout/layout-metrics.js';
import type { CardPrimitive } from '../layout/primitive.js';
import { escapeXml } from './escape-xml.js';
import { svgTextLines } from './svg-text-lines.js';

/**
 * Appends a card (touchpoint, opportunity) to `out`: a rounded card with an accent bar in its
 * token's colour, the badge line (channel, `#rank`, `×N`) small and bold in that colour, then the
 * body text wrapped to the card and shortened with `…` past the lines that fit, the whole text as a
 * tooltip when it was shortened.
 *
 * @example svgCard(out, primitive) // out gets '<g class="k touchpoint" transform="translate(248,640)">…</g>'
 */
export function svgCard(out: string[], primitive: CardPrimitive): void {
  const { box, text } = primitive;
  const fontSize = primitive.fontSize ?? 16;
  const pad = stickyPadding(box.w);
  const width = box.w - 2 * pad;
  const small = smallFontOf(fontSize);
  // Each badge line on one line of its own (a survey card has two: channel and count, then its figures).
  const badgeLines = primitive.badge !== undefined ? primitive.badge.split('\n') : [];
  const top = badgeLines.length > 0 ? pad + badgeLines.length * lineHeight(small) + 4 : pad;
  const body = fitText(text, { width, maxLines: Math.floor((box.h - top - pad) / lineHeight(fontSize)), fontSize });
  out.push(`<g class="k ${primitive.style}" transform="translate(${box.x},${box.y})">`);
  if (body.shortened) out.push('<title>', escapeXml(text), '</title>');
  out.push(`<rect width="${box.w}" height="${box.h}" rx="8"/><rect class="a" x="1" y="${pad}" width="4" height="${box.h - 2 * pad}" rx="2"/>`);
  badgeLines.forEach((line, index) => {
    svgTextLines(out, fitText(line, { width, maxLines: 1, fontSize: small, bold: true }).lines, pad, pad + index * lineHeight(small), small, `bd f${small} b`);
  });
  if (text !== '') svgTextLines(out, body.lines, pad, top, fontSize, `f${fontSize}`);
  if (primitive.channels !== undefined) svgChannelBar(out, primitive.channels, pad, box.h - Math.round(pad / 2) - 2, box.w - 2 * pad);
  out.push('</g>');
}

/**
 * The channel bar of a touchpoint said over several channels: one segment per channel, as long as
 * its share, in the card's accent colour fading from the most used to the least, each named by a
 * tooltip.
 */
function svgChannelBar(out: string[], channels: NonNullable<CardPrimitive['channels']>, x: number, y: number, width: number): void {
  const total = channels.reduce((sum, entry) => sum + entry.count, 0);
  if (total === 0) return;
  let at = x;
  channels.forEach((entry, index) => {
    const w = Math.round((entry.count / total) * width * 10) / 10;
    const opacity = Math.max(0.25, 1 - index * 0.25);
    out.push(`<rect class="a" x="${at}" y="${y}" width="${w}" height="4" style="fill-opacity:${opacity}"><title>${escapeXml(entry.label)}</title></rect>`);
    at = Math.round((at + w) * 10) / 10;
  });
}
