import type { StyleToken } from '../../core/src/index.js';

/** How one style token looks in FigJam: `fill` for stickies, shapes and sections, `ink` for text and lines, `onFill` for text inside a filled shape. */
export interface FigJamColours {
  fill: string;
  ink: string;
  onFill: string;
}

// FigJam's official colours (figma.constants.colors, developers.figma.com/docs/plugins/api/ColorPalettes):
// the sticky notes a FigJam user picks come from the light row, lines and marks from the base row.
const BASE = { black: '#1E1E1E', gray: '#B3B3B3', red: '#F24822', orange: '#FFA629', yellow: '#FFCD29', green: '#14AE5C', blue: '#0D99FF', violet: '#9747FF', white: '#FFFFFF' };
const LIGHT = { darkGray: '#757575', gray: '#E6E6E6', red: '#FFC7C2', orange: '#FCD19C', yellow: '#FFE8A3', green: '#AFF4C6', blue: '#BDE3FF', violet: '#E4CCFF' };

const SHADE = { band: '#F5F5F5', bandDark: '#2C2C2C' };

const PERSONA_INKS = [BASE.blue, BASE.violet, BASE.orange, BASE.green, BASE.red, BASE.yellow];

const on = (fill: string, ink = BASE.black, onFill = BASE.black): FigJamColours => ({ fill, ink, onFill });

const LIGHT_PALETTE: Record<string, FigJamColours> = {
  frame: on(BASE.white),
  title: on(BASE.white),
  stage: on(BASE.black, BASE.black, BASE.white),
  phase: on(LIGHT.violet, LIGHT.darkGray),
  laneTitle: on(LIGHT.gray),
  action: on(LIGHT.yellow),
  touchpoint: on(LIGHT.blue),
  pain: on(LIGHT.red),
  question: on(LIGHT.orange),
  thought: on(LIGHT.violet),
  opportunity: on(LIGHT.green),
  frontstage: on(LIGHT.blue),
  backstage: on(LIGHT.gray),
  support: on(BASE.white),
  custom: on(LIGHT.gray),
  positive: on(BASE.green, BASE.green, BASE.white),
  neutral: on(BASE.yellow, LIGHT.darkGray),
  negative: on(BASE.red, BASE.red, BASE.white),
  zeroLine: on(LIGHT.gray, BASE.gray),
  // Lane bands sit behind the stickies: a tint, not a colour that competes with them.
  grid: on(SHADE.band, LIGHT.darkGray),
  legend: on(BASE.white, LIGHT.darkGray),
  previousWave: on(BASE.white, LIGHT.darkGray),
  better: on(BASE.white, BASE.green),
  worse: on(BASE.white, BASE.red),
  persona: on(BASE.white),
};

const DARK_OVERRIDES: Record<string, FigJamColours> = {
  frame: on(BASE.black, BASE.white),
  title: on(BASE.black, BASE.white),
  stage: on(BASE.white, BASE.white, BASE.black),
  phase: on(LIGHT.violet, LIGHT.violet),
  laneTitle: on(LIGHT.darkGray, BASE.white, BASE.white),
  neutral: on(BASE.yellow, BASE.yellow),
  zeroLine: on(LIGHT.darkGray, LIGHT.darkGray),
  grid: on(SHADE.bandDark, BASE.gray, BASE.white),
  legend: on(BASE.black, BASE.gray),
  previousWave: on(BASE.black, BASE.gray),
  persona: on(SHADE.bandDark, BASE.white, BASE.white),
};

/**
 * The FigJam colours of a style token in a palette; unknown tokens fall back to light gray.
 *
 * @example figJamColours('pain', 'light').fill === '#FFC7C2'
 */
export function figJamColours(token: StyleToken | string, palette: 'light' | 'dark'): FigJamColours {
  const persona = /^persona(\d+)$/.exec(token);
  if (persona) {
    const ink = PERSONA_INKS[Number(persona[1]) % PERSONA_INKS.length] ?? BASE.blue;
    return on(ink, ink, BASE.white);
  }
  return (palette === 'dark' ? DARK_OVERRIDES[token] : undefined) ?? LIGHT_PALETTE[token] ?? on(LIGHT.gray);
}
