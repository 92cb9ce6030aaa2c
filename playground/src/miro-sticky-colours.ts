import type { StickyNoteColorType } from '@mirohq/websdk-types';

/**
 * The hex colours Miro paints its 16 named sticky note colours with (a sticky takes a name, not a
 * hex), so the simulated board looks like the real one. The names are Miro's (`StickyNoteColor` in
 * @mirohq/websdk-types; `fillColor` in https://developers.miro.com/docs/websdk-reference-sticky-note);
 * Miro documents no hex value for them, so these approximate how its board paints them.
 *
 * @example MIRO_STICKY_COLOURS.light_yellow // '#fff9b1'
 */
export const MIRO_STICKY_COLOURS: Record<StickyNoteColorType, string> = {
  gray: '#f5f6f8',
  light_yellow: '#fff9b1',
  yellow: '#f5d128',
  orange: '#ff9d48',
  light_green: '#d5f692',
  green: '#c9df56',
  dark_green: '#93d275',
  cyan: '#67c6c0',
  light_pink: '#ffcee0',
  pink: '#ea94bb',
  violet: '#be88c7',
  red: '#f16c7f',
  light_blue: '#a6ccf5',
  blue: '#6cd8fa',
  dark_blue: '#9ea9ff',
  black: '#1a1a1a',
};
