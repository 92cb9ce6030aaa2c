/**
 * Host-neutral drawing primitives. `layoutJourney` produces them with absolute positions in board
 * units (1 unit ≈ 1 px at 100 % zoom); adapters and renderers translate them, never compute them.
 */

import type { PreviousWave } from './previous-wave-data.js';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Semantic style tokens; each host maps them to its own palette. `persona0`… are the persona colours
 * used for curves, points and legends when a map compares several personas. `previousWave` draws the
 * previous wave of a study (its dashed curve and legend), `better` and `worse` its change badges.
 */
export type StyleToken =
  | 'frame'
  | 'title'
  | 'stage'
  | 'phase'
  | 'laneTitle'
  | 'action'
  | 'touchpoint'
  | 'pain'
  | 'question'
  | 'thought'
  | 'opportunity'
  | 'frontstage'
  | 'backstage'
  | 'support'
  | 'custom'
  | 'positive'
  | 'neutral'
  | 'negative'
  | 'zeroLine'
  | 'grid'
  | 'legend'
  | 'previousWave'
  | 'better'
  | 'worse'
  | 'persona'
  | `persona${number}`;

interface PrimitiveBase {
  /** Stable across runs for the same input: the sync key stored in the host's hidden data. */
  key: string;
  box: Box;
  style: StyleToken;
  /**
   * The text as the data writes it, line breaks only where the data has them: what a board item
   * holds (hosts wrap and fit it themselves). Wrapping to the box and shortening with `…` are the
   * SVG/HTML renderers' job (`fitText`), never the layout's (PRODUCT.md §11).
   */
  text: string;
  /** More than `text` says: the cards a `+N more` line stands for. Hosts keep it in item data so nothing is lost. */
  fullText?: string;
  fontSize?: number;
  /**
   * A colour the user chose (a persona's `color`), drawn instead of the token's colour. Always a
   * safe CSS colour: `#` and 3, 4, 6 or 8 hex digits, or a colour name made of letters.
   */
  color?: string;
  /** What the primitive stands for in the journey, for reports and sync. */
  ref?: { stageId?: string; laneId?: string; cardId?: string; personaId?: string };
}

export interface FramePrimitive extends PrimitiveBase {
  kind: 'frame';
}
export interface TextPrimitive extends PrimitiveBase {
  kind: 'text';
  align?: 'left' | 'center' | 'right';
  bold?: boolean;
}
export interface StickyPrimitive extends PrimitiveBase {
  kind: 'sticky';
  /** How many respondents said it, when more than one: shown as a `×N` line after the text (`boardText`). */
  count?: number;
}
export interface ShapePrimitive extends PrimitiveBase {
  kind: 'shape';
  shape: 'rectangle' | 'round_rectangle' | 'circle' | 'pill';
  /**
   * How the SVG/HTML renderers wrap the text: the width and line count the layout sized the box
   * for (stage and phase names). Hosts ignore it: they wrap the text in the shape themselves.
   */
  fit?: { width: number; maxLines: number };
}
export interface CardPrimitive extends PrimitiveBase {
  kind: 'card';
  /**
   * The badge line (channel, `#rank`, `×N`) as written: renderers fit it to one line, Miro shows it
   * as a card field, FigJam as the first line (`boardText`).
   */
  badge?: string;
  channel?: string;
  count?: number;
  rank?: number;
}
export interface CurvePrimitive extends PrimitiveBase {
  kind: 'curve';
  /** The points the curve passes through, in order. */
  points: Point[];
  /** SVG path data of the smoothed (monotone) curve, absolute coordinates. */
  path: string;
  /** Drawn dashed: a curve of what is not measured now (the previous wave of a study). */
  dashed?: boolean;
}
export interface ConnectorPrimitive extends PrimitiveBase {
  kind: 'connector';
  from: string;
  to: string;
  /** Drawn dashed, as the dashed curve it is a piece of on a host that draws curves as connectors (Miro). */
  dashed?: boolean;
}

export type Primitive =
  | FramePrimitive
  | TextPrimitive
  | StickyPrimitive
  | ShapePrimitive
  | CardPrimitive
  | CurvePrimitive
  | ConnectorPrimitive;

export type PrimitiveKind = Primitive['kind'];

/**
 * How a board draws what a layout gives it. A host wraps and shows every text whole, so each text
 * box is as tall as all its lines instead of a few lines ending with `…`.
 */
export interface BoardMetrics {
  /**
   * The host makes a sticky or a shape taller to hold its text (FigJam): a sticky or card whose
   * text does not fit first gets a smaller font, then a taller box. Without it (Miro) the host
   * fits the text inside the sticky it sized.
   */
  itemsGrow: boolean;
  /**
   * Height of a line of a text item, per unit of font size, when the host's is taller than ours
   * (`lineHeight`, 1.3): text boxes get that much room, so a host text centred on its box stays in it.
   */
  lineHeight?: number;
}

export interface LayoutOptions {
  /** Lane ids to show, in order; default: all lanes in the journey's order. */
  lanes?: string[];
  /** Sticky size in board units, the host's own: Miro 199 × 228 (shadow included), FigJam 240 × 240. */
  stickySize?: { w: number; h: number };
  /**
   * Lay the map out for a board rather than a picture (`BoardMetrics`). Absent: a picture (SVG/HTML),
   * texts capped at a few lines and shortened there with `…`.
   */
  board?: BoardMetrics;
  gap?: number;
  maxQuotesPerCell?: number;
  palette?: 'light' | 'dark';
  /** Draw the persona summary beside the map. */
  personaPanel?: boolean;
  /**
   * Items the user edited by hand on the board, which a re-import keeps where they are
   * (`keptEditsFor` gives them from a sync plan): no card is laid out over one, so a cell leaves the
   * slot it covers free and its cards take the next ones. Empty or absent: the usual layout.
   */
  keptEdits?: KeptEdit[];
  /**
   * The previous wave of the study (`previousWave(journey, compareJourneys(earlier, journey))`):
   * drawn as a dashed curve with its legend and a change badge per stage in the emotion lane, and
   * "New" / "Resolved" marks on pain points.
   */
  previous?: PreviousWave;
}

/** An item edited by hand that stays where it is on the board, as the layout must leave room for it. */
export interface KeptEdit {
  /** The kept item's key (`card:…`). */
  key: string;
  /** Where it is, in layout coordinates. */
  box: Box;
  /**
   * The card of the data that now stands for it (the same card changed, or the card that took its
   * place): drawn beside it under `updatedKey(key)`, marked as updated from the data.
   */
  updatedBy?: string;
}

export interface Layout {
  journeyId: string;
  title: string;
  /** Primitives in drawing order: containers before their content. */
  primitives: Primitive[];
  /** The frame's box: everything lies inside it. */
  bounds: Box;
  palette: 'light' | 'dark';
}
