import type { Problem } from '../model/problem.js';
import type { CancelSignal } from './cancel-signal.js';

/** Progress of a placement or sync, reported after every host call that completes. */
export interface PlacementProgress {
  phase: 'plan' | 'create' | 'update' | 'remove' | 'finish';
  done: number;
  total: number;
}

/** Options shared by `placeOnFigJam` and `placeOnMiro`. */
export interface PlaceOptions {
  onProgress?: (progress: PlacementProgress) => void;
  /**
   * Cancels cleanly: no new calls start, what was created stays recorded for a resume. A DOM
   * `AbortSignal` or, where there is none (FigJam's main thread), `createCancelSource().signal`.
   */
  signal?: CancelSignal;
  /** Where to put the map; default: free space near the viewport. */
  origin?: { x: number; y: number };
}

/** What a placement did, shown at the end and listed by item in `problems`. */
export interface PlacementReport {
  created: number;
  updated: number;
  removed: number;
  kept: number;
  /** Of the kept items, those with the data's newer version beside them, marked as updated from the data. */
  beside?: number;
  /** Changes held back because they would cover an item edited by hand (`SyncPlan.waiting`). */
  waiting?: number;
  failed: number;
  cancelled: boolean;
  problems: Problem[];
}
