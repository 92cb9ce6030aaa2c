import type { BoardMetrics, Layout, PlaceOptions, PlacementReport, SyncPlan } from '../core/src/index.js';
import type { BoardCheck } from './state/board-check.js';
import type { BoardMap } from './state/board-maps.js';

/**
 * What the shared panel needs from the host it runs in (Miro, FigJam, the playground). Each host
 * implements it in its panel entry; the panel itself never touches a host API.
 */
export interface PanelHost {
  readonly name: 'miro' | 'figjam' | 'playground';
  /** The host's UI language, the panel's default. */
  readonly locale: 'fr' | 'en';
  /**
   * A sticky size the host cannot change (FigJam stickies are always 240 × 240): the panel lays the
   * map out for it and hides its own sticky-size option. Absent: the user picks a size.
   */
  readonly fixedStickySize?: { w: number; h: number };
  /**
   * How the host's board draws a map: its sticky note at its default size (Miro 199 × 228, shadow
   * included, which the user's small, medium or large scale; FigJam 240 × 240) and `BoardMetrics`
   * (FigJam grows items with their text, Miro's text lines are taller). The panel lays the map out
   * for the board with it (`layoutOptionsFor`), so items take on the board the room the layout gave them.
   */
  readonly board?: BoardMetrics & { sticky: { w: number; h: number } };
  /** Reads back what this journey already placed and plans the change, writing nothing. */
  preview(layout: Layout): Promise<SyncPlan>;
  /**
   * Optional: what placing `layout` will take on this host, in a few words for the plan the user
   * confirms (Miro: items, credits and about how long, under its rate limits). Called after
   * `preview`, so a host may reuse what the preview read. Absent or `undefined`: nothing is shown.
   */
  estimate?(layout: Layout): string | undefined;
  /**
   * Optional: the Parcours maps already on the board, read from their frames' hidden data
   * (`boardMapsFrom`), writing nothing. The panel then asks whether to update one of them or place
   * a new map. Absent: every placement updates the map of the journey's own id, if any.
   */
  listMaps?(): Promise<BoardMap[]>;
  /** Places or re-syncs the map (same path: a first placement is a sync onto an empty board). */
  place(layout: Layout, options: PlaceOptions): Promise<PlacementReport>;
  /**
   * Optional: "Check this board". Creates a test sticky, shape and text beside everything on the
   * board, reads back their sizes, fonts and hidden data, removes them (even after a failure) and
   * returns what it measured; the panel words the report and lays maps out for `measured`.
   */
  checkBoard?(): Promise<BoardCheck>;
  /** The half-filled form and last options, kept when the panel closes. */
  loadDraft(): Promise<unknown>;
  saveDraft(draft: unknown): Promise<void>;
}
