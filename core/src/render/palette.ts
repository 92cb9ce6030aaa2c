import type { StyleToken } from '../layout/primitive.js';

/** How one style token looks: the fill and stroke of its shape, the colour of text on it, its accent. */
export interface TokenColors {
  fill: string;
  stroke: string;
  /** Text drawn on the shape. */
  text: string;
  /** Text, lines and badges drawn in the token's colour on the frame (curves, legends, card badges). */
  ink: string;
}

export interface PaletteColors {
  background: string;
  /** Tokens other than the persona colours. */
  tokens: Record<Exclude<StyleToken, `persona${number}`>, TokenColors>;
  /** Persona colours, used in turn (`persona0`, `persona1`…). */
  personas: readonly string[];
  /** Eyes and mouths of the emotion faces. */
  face: string;
  shadow: string;
}

const LIGHT: PaletteColors = {
  background: '#ffffff',
  tokens: {
    frame: { fill: '#fbfaf7', stroke: '#e6e3dc', text: '#1f2430', ink: '#1f2430' },
    title: { fill: 'none', stroke: 'none', text: '#1f2430', ink: '#1f2430' },
    stage: { fill: '#2f3a56', stroke: 'none', text: '#ffffff', ink: '#2f3a56' },
    phase: { fill: '#e4e8f2', stroke: 'none', text: '#3a4666', ink: '#3a4666' },
    laneTitle: { fill: 'none', stroke: 'none', text: '#2b3040', ink: '#2b3040' },
    action: { fill: '#fff1a6', stroke: '#eedd85', text: '#3b3414', ink: '#8a7415' },
    touchpoint: { fill: '#ffffff', stroke: '#d5dcea', text: '#27314a', ink: '#2f6fd6' },
    pain: { fill: '#ffd9d4', stroke: '#f4bcb5', text: '#5a1f18', ink: '#c0392b' },
    question: { fill: '#e8defe', stroke: '#d3c4f7', text: '#36235f', ink: '#6b4fc4' },
    thought: { fill: '#dcecff', stroke: '#bfd8f6', text: '#1a3a5f', ink: '#2d6bb0' },
    opportunity: { fill: '#ffffff', stroke: '#c9e6d3', text: '#1f3a2a', ink: '#1f8a4c' },
    frontstage: { fill: '#d5f2f4', stroke: '#b2e1e5', text: '#16474c', ink: '#1f8790' },
    backstage: { fill: '#ebe8e1', stroke: '#d8d3c8', text: '#3b372e', ink: '#6d6553' },
    support: { fill: '#f8e6cf', stroke: '#ecd0ac', text: '#4d3517', ink: '#a86b1f' },
    custom: { fill: '#eeeeee', stroke: '#dddddd', text: '#333333', ink: '#555555' },
    positive: { fill: '#5fc27e', stroke: '#ffffff', text: '#1f2430', ink: '#24864a' },
    neutral: { fill: '#f3c552', stroke: '#ffffff', text: '#1f2430', ink: '#9b7412' },
    negative: { fill: '#ef6f69', stroke: '#ffffff', text: '#1f2430', ink: '#c0392b' },
    zeroLine: { fill: 'none', stroke: '#a3a8b4', text: '#6b7280', ink: '#a3a8b4' },
    grid: { fill: '#f1f0eb', stroke: 'none', text: '#2b3040', ink: '#6b7280' },
    legend: { fill: 'none', stroke: 'none', text: '#5d6372', ink: '#5d6372' },
    previousWave: { fill: 'none', stroke: '#7b8190', text: '#4b5160', ink: '#7b8190' },
    better: { fill: 'none', stroke: 'none', text: '#1e7a43', ink: '#1e7a43' },
    worse: { fill: 'none', stroke: 'none', text: '#b3362b', ink: '#b3362b' },
    persona: { fill: '#ffffff', stroke: '#e3e1da', text: '#3a4050', ink: '#3a4050' },
  },
  personas: ['#2f6fd6', '#d8572a', '#7a4fd0', '#138a7e', '#c23b7a', '#6b7b1e', '#8a5a2b', '#4b5563'],
  face: '#1f2430',
  shadow: '#1f2430',
};

const DARK: PaletteColors = {
  background: '#121418',
  tokens: {
    frame: { fill: '#17191f', stroke: '#2a2e37', text: '#f2f3f5', ink: '#f2f3f5' },
    title: { fill: 'none', stroke: 'none', text: '#f2f3f5', ink: '#f2f3f5' },
    stage: { fill: '#3d4a6b', stroke: 'none', text: '#ffffff', ink: '#9fb2de' },
    phase: { fill: '#272e3e', stroke: 'none', text: '#c3cde6', ink: '#c3cde6' },
    laneTitle: { fill: 'none', stroke: 'none', text: '#e7e9ee', ink: '#e7e9ee' },
    action: { fill: '#ecdb82', stroke: 'none', text: '#2a250d', ink: '#ecdb82' },
    touchpoint: { fill: '#242935', stroke: '#343b4b', text: '#e7e9ee', ink: '#7eabf2' },
    pain: { fill: '#eeb1aa', stroke: 'none', text: '#3d1410', ink: '#f08a80' },
    question: { fill: '#cbbcf3', stroke: 'none', text: '#26184a', ink: '#b29cf5' },
    thought: { fill: '#aacdf2', stroke: 'none', text: '#122c4a', ink: '#8fbdf0' },
    opportunity: { fill: '#242935', stroke: '#343b4b', text: '#e7e9ee', ink: '#62cf8f' },
    frontstage: { fill: '#a9dfe5', stroke: 'none', text: '#0f3438', ink: '#7fd3dc' },
    backstage: { fill: '#c6c2b8', stroke: 'none', text: '#2a2720', ink: '#c6c2b8' },
    support: { fill: '#e3c7a1', stroke: 'none', text: '#37260f', ink: '#e3b878' },
    custom: { fill: '#c9c9c9', stroke: 'none', text: '#222222', ink: '#c9c9c9' },
    positive: { fill: '#59c27b', stroke: '#17191f', text: '#f2f3f5', ink: '#6fd28f' },
    neutral: { fill: '#f0be46', stroke: '#17191f', text: '#f2f3f5', ink: '#f0be46' },
    negative: { fill: '#f06a64', stroke: '#17191f', text: '#f2f3f5', ink: '#f38b86' },
    zeroLine: { fill: 'none', stroke: '#5b6272', text: '#9aa1b0', ink: '#5b6272' },
    grid: { fill: '#1e2128', stroke: 'none', text: '#e7e9ee', ink: '#9aa1b0' },
    legend: { fill: 'none', stroke: 'none', text: '#a9afbd', ink: '#a9afbd' },
    previousWave: { fill: 'none', stroke: '#b8bec9', text: '#cfd4de', ink: '#b8bec9' },
    better: { fill: 'none', stroke: 'none', text: '#6fd28f', ink: '#6fd28f' },
    worse: { fill: 'none', stroke: 'none', text: '#f38b86', ink: '#f38b86' },
    persona: { fill: '#1e2128', stroke: '#2f3440', text: '#cfd4de', ink: '#cfd4de' },
  },
  personas: ['#6fa2f0', '#f08a5d', '#a98bf0', '#4cc2b1', '#f06fae', '#b4c455', '#d39a63', '#b8bec9'],
  face: '#1f2430',
  shadow: '#000000',
};

/**
 * The colours of a palette, token by token. Stickies stay light pastels with dark text in both
 * palettes (as on Miro and FigJam boards) so the contrast holds; the dark palette darkens the frame,
 * bands and cards around them.
 *
 * @example paletteColors('light').tokens.pain.fill // '#ffd9d4'
 */
export function paletteColors(palette: 'light' | 'dark'): PaletteColors {
  return palette === 'dark' ? DARK : LIGHT;
}

/**
 * The colour of a persona token (`persona3` → the fourth persona colour, cycling past the end).
 *
 * @example personaColor(paletteColors('light'), 9) // '#d8572a'
 */
export function personaColor(colors: PaletteColors, index: number): string {
  return colors.personas[index % colors.personas.length] ?? '#555555';
}
