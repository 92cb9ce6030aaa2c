import type { StyleToken } from '../layout/primitive.js';
import { personaColor, type PaletteColors } from './palette.js';

/** The font stack of every picture: the reader's own interface font. */
export const FONT_STACK = 'system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans",sans-serif';

/**
 * The class on a map's root `<svg>` that scopes its stylesheet, per palette, so a map inlined in a
 * page (the HTML report, the panel preview) styles nothing else and a light and a dark map can
 * share a page.
 *
 * @example svgScope('dark') // 'pm-dark'
 */
export function svgScope(palette: 'light' | 'dark'): string {
  return `pm-${palette}`;
}

/** Ids of the shadow filter and of the face symbols (`${FACE_ID}0` = −2 … `${FACE_ID}4` = +2). */
export const SHADOW_ID = 'pm-sh';
export const FACE_ID = 'pm-f';

/**
 * The one `<style>` block of a map's SVG: a class per style token (shape fill and stroke, text on
 * it, its accent ink), a class per font size used, and the few drawing classes, every rule scoped
 * under the root's `svgScope` class. Elements then carry class names instead of repeated
 * attributes, which keeps a 10,000-card SVG small.
 *
 * @example svgStyle(paletteColors('light'), 'pm-light', [13, 16], 2) // '<style>.pm-light{font-family:…}…</style>'
 */
export function svgStyle(colors: PaletteColors, scope: string, fontSizes: Iterable<number>, personaCount: number): string {
  const rules: string[] = [`.${scope}{font-family:${FONT_STACK};background:${colors.background}}`];
  const rule = (selectors: string, body: string) =>
    rules.push(`${selectors.split(',').map((selector) => `.${scope} ${selector}`).join(',')}{${body}}`);
  rule('text', 'white-space:pre');
  rule('.b', 'font-weight:700');
  rule('.c', 'text-anchor:middle');
  rule('.r', 'text-anchor:end');
  rule('.s>rect:first-child,.k>rect:first-child', `filter:url(#${SHADOW_ID})`);
  rule('.k .a', 'stroke:none');
  rule('.s .n', 'fill-opacity:.72');
  rule('.s.thought text', 'font-style:italic');
  for (const [token, color] of Object.entries(colors.tokens) as [StyleToken, PaletteColors['tokens'][keyof PaletteColors['tokens']]][]) {
    rule(`.${token}`, `fill:${color.fill};stroke:${color.stroke}`);
    rule(`.${token} text,text.${token}`, `fill:${color.text};stroke:none`);
    rule(`.${token} .a,.${token} .bd`, `fill:${color.ink}`);
  }
  for (let index = 0; index < personaCount; index++) {
    const color = personaColor(colors, index);
    rule(`.persona${index}`, `fill:${color};stroke:${color}`);
    rule(`text.persona${index}`, 'stroke:none');
  }
  rule('.cv', 'fill:none;stroke-width:3.5;stroke-linecap:round;stroke-linejoin:round');
  rule('.wk', 'fill:none;stroke-width:2;stroke-opacity:.55;stroke-linecap:round');
  rule('.z', 'fill:none;stroke-width:1.5;stroke-dasharray:6 6');
  rule('.cn', 'fill:none;stroke-width:2');
  rule('.sc', 'stroke-width:2');
  // Thin evidence: a ring in the point's sentiment colour on the frame's background; an estimated curve is dashed.
  for (const token of ['positive', 'neutral', 'negative'] as const) rule(`.${token}.hollow .sc`, `fill:${colors.background};stroke:${colors.tokens[token].fill};stroke-width:3`);
  rule('.cv.dash', 'stroke-dasharray:10 8');
  for (const size of [...new Set(fontSizes)].sort((a, b) => a - b)) rule(`.f${size}`, `font-size:${size}px`);
  return `<style>${rules.join('')}</style>`;
}
