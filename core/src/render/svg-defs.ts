import type { PaletteColors } from './palette.js';
import { FACE_ID, SHADOW_ID } from './svg-style.js';

/** Mouths of the five faces, −2 (😡) to +2 (😍), on a 20 × 20 grid. */
const MOUTHS = [
  'M6 14.6Q10 10.6 14 14.6M5.4 5.6L8.6 7M14.6 5.6L11.4 7',
  'M6.5 14Q10 11.4 13.5 14',
  'M6.6 13H13.4',
  'M6.3 11.8Q10 15.4 13.7 11.8',
  'M5.6 11.2Q10 17.6 14.4 11.2Z',
];

/**
 * The `<defs>` of a map's SVG: the soft shadow under stickies and cards, and the five emotion faces
 * as symbols (`#pm-f0` = −2 … `#pm-f4` = +2), drawn as vectors so they look the same without an emoji font.
 *
 * @example svgDefs(paletteColors('light')).includes('id="pm-f4"') // true
 */
export function svgDefs(colors: PaletteColors): string {
  const faces = MOUTHS.map(
    (mouth, index) =>
      `<symbol id="${FACE_ID}${index}" viewBox="0 0 20 20"><g fill="${colors.face}" stroke="none"><circle cx="7" cy="8.4" r="1.35"/><circle cx="13" cy="8.4" r="1.35"/></g>` +
      `<path d="${mouth}" fill="${index === 4 ? colors.face : 'none'}" stroke="${colors.face}" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"/></symbol>`,
  ).join('');
  return (
    `<defs><filter id="${SHADOW_ID}" x="-10%" y="-10%" width="125%" height="130%"><feDropShadow dx="0" dy="1.5" stdDeviation="1.6" flood-color="${colors.shadow}" flood-opacity=".16"/></filter>` +
    `${faces}</defs>`
  );
}
