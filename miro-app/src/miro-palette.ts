import type { StickyNoteColorType } from '@mirohq/websdk-types';
import { paletteColors, personaColor, type StyleToken } from '../../core/src/index.js';
import { contrastRatio } from './contrast-ratio.js';
import { miroHexColour } from './miro-hex-colour.js';
import { readableInk } from './readable-ink.js';

/** How one style token looks on a Miro board. */
export interface MiroLook {
  /** One of Miro's 16 sticky note colour names (stickies cannot take a hex colour). */
  sticky: StickyNoteColorType;
  /** Fill of shapes and the frame background (hex). */
  fill: string;
  /** Text written on that fill: stage names on their header, a face on its point (hex). */
  text: string;
  /** Border of shapes, stroke of connectors and whiskers (hex). */
  stroke: string;
  /**
   * Text written in the token's colour straight on the map (text items: legends, scores, lane
   * titles): the token's colour, deepened until it reads at 4.5:1 on the frame and on the lane
   * bands, so a persona colour never turns into white or pale text on a light lane (hex).
   */
  ink: string;
  /** The token's accent as drawn, for the coloured bar of a card (hex). */
  accent: string;
}

type Token = Exclude<StyleToken, `persona${number}`>;

// Stickies take one of Miro's 16 names: the nearest to the SVG palette's pastel (the preview the
// panel shows), light ones first so a full map does not turn into a wall of saturated colour.
const STICKIES: Record<Token, StickyNoteColorType> = {
  frame: 'gray',
  title: 'gray',
  stage: 'dark_blue',
  phase: 'light_blue',
  laneTitle: 'gray',
  action: 'light_yellow',
  touchpoint: 'light_blue',
  pain: 'light_pink',
  question: 'violet',
  thought: 'light_blue',
  opportunity: 'light_green',
  frontstage: 'cyan',
  backstage: 'gray',
  support: 'orange',
  custom: 'yellow',
  positive: 'dark_green',
  neutral: 'yellow',
  negative: 'red',
  zeroLine: 'gray',
  grid: 'gray',
  legend: 'gray',
  previousWave: 'gray',
  better: 'light_green',
  worse: 'light_pink',
  persona: 'gray',
};

/** The sticky name nearest to each of core's persona colours, in the same order. */
const PERSONA_STICKIES: readonly StickyNoteColorType[] = ['blue', 'orange', 'violet', 'cyan', 'pink', 'green', 'orange', 'gray'];

/**
 * Maps a layout style token to Miro: a sticky colour name and the hex colours of shapes, text and
 * connectors, taken from core's palette (`paletteColors`) so the board looks like the SVG preview.
 * `persona<n>` tokens take the n-th persona colour; `colour` (a primitive's own, e.g. a persona's
 * chosen colour) replaces the token's hex colours when Miro can take it (hex only).
 *
 * @example miroLookFor('pain').sticky // 'light_pink'
 * @example miroLookFor('persona1').ink // a deeper orange than the curve, readable on a light lane
 */
export function miroLookFor(token: StyleToken, palette: 'light' | 'dark' = 'light', colour?: string): MiroLook {
  const colors = paletteColors(palette);
  // Text items sit on the frame or on a lane band: both must carry it.
  const backgrounds = [colors.tokens.frame.fill, colors.tokens.grid.fill];
  const own = miroHexColour(colour);
  const persona = /^persona(\d+)$/.exec(token);
  if (persona) {
    const index = Number(persona[1]);
    const hex = own ?? personaColor(colors, index);
    return {
      sticky: PERSONA_STICKIES[index % PERSONA_STICKIES.length] ?? 'blue',
      fill: hex,
      text: textOn(hex),
      stroke: hex,
      ink: readableInk(hex, backgrounds),
      accent: hex,
    };
  }
  const name: Token = token in STICKIES ? (token as Token) : 'custom';
  const colours = colors.tokens[name];
  // Tokens drawn as text or a line only (title, zero line) have no fill: their ink stands in.
  const fill = own ?? (colours.fill === 'none' ? colours.ink : colours.fill);
  return {
    sticky: STICKIES[name],
    fill,
    text: own ? textOn(own) : colours.text,
    stroke: own ?? (colours.stroke === 'none' ? fill : colours.stroke),
    ink: readableInk(own ?? colours.ink, backgrounds),
    accent: own ?? colours.ink,
  };
}

/** White or near-black, whichever reads better on `fill`. */
function textOn(fill: string): string {
  return contrastRatio(fill, '#ffffff') >= contrastRatio(fill, '#1f2430') ? '#ffffff' : '#1f2430';
}
