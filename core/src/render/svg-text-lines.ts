import { lineHeight } from '../layout/layout-metrics.js';
import { escapeXml } from './escape-xml.js';

/**
 * Baseline of a line whose line box starts at `top`: the glyphs (ascent ≈ 0.93 em, descent
 * ≈ 0.24 em) are centred in the line height the layout used.
 */
export function baselineOf(top: number, fontSize: number): number {
  return Math.round(top + (lineHeight(fontSize) - 1.16 * fontSize) / 2 + 0.93 * fontSize);
}

/**
 * Appends one `<text>` element for already-fitted lines (`fitText(…).lines`) to `out`, the first
 * line's box starting at `top`; each further line is a `<tspan>` one line height below. Every line
 * is escaped. Pieces go straight to `out` so a 10,000-card SVG is built without a string per element.
 *
 * @example const out: string[] = []; svgTextLines(out, ['Voit une pub', 'Lit un avis'], 12, 12, 16, 'f16'); out.join('')
 * // '<text class="f16" x="12" y="28">Voit une pub<tspan x="12" dy="21">Lit un avis</tspan></text>'
 */
export function svgTextLines(out: string[], lines: readonly string[], x: number, top: number, fontSize: number, classes: string): void {
  out.push(`<text class="${classes}" x="${x}" y="${baselineOf(top, fontSize)}">`, escapeXml(lines[0] ?? ''));
  if (lines.length > 1) {
    const step = lineHeight(fontSize);
    for (let i = 1; i < lines.length; i++) out.push(`<tspan x="${x}" dy="${step}">`, escapeXml(lines[i] ?? ''), '</tspan>');
  }
  out.push('</text>');
}
