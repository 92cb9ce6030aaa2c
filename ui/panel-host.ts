import type { Layout, PlaceOptions, PlacementReport, SyncPlan } from '../core/src/index.js';

/**
 * What the shared panel needs from the host it runs in (Miro, FigJam, the playground). Each host
 * implements it in its panel entry; the panel itself never touches a host API.
 */
export interface PanelHost {
  readonly name: 'miro' | 'figjam' | 'playground';
  /** The host's UI language, the panel's default. */
  readonly locale: 'fr' | 'en';
  /** Reads back what this journey already placed and plans the change, writing nothing. */
  preview(layout: Layout): Promise<SyncPlan>;
  /** Places or re-syncs the map (same path: a first placement is a sync onto an empty board). */
  place(layout: Layout, options: PlaceOptions): Promise<PlacementReport>;
  /** The half-filled form and last options, kept when the panel closes. */
  loadDraft(): Promise<unknown>;
  saveDraft(draft: unknown): Promise<void>;
}
