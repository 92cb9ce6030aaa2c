import type { Layout, PlaceOptions, PlacementReport, SyncPlan } from '../../core/src/index.js';
import { checkMiroBoard } from '../../miro-app/src/check-miro-board.js';
import { placeOnMiro, type MiroPacing } from '../../miro-app/src/place-on-miro.js';
import { miroCostText } from '../../miro-app/src/miro-cost-text.js';
import { MIRO_BOARD } from '../../miro-app/src/miro-board-metrics.js';
import { planMiroSync, type MiroSyncPlan } from '../../miro-app/src/plan-miro-sync.js';
import { readMapsOnMiro } from '../../miro-app/src/read-maps-on-miro.js';
import type { BoardMap } from '../../ui/state/board-maps.js';
import type { PanelHost } from '../../ui/panel-host.js';
import type { BoardCheck } from '../../ui/state/board-check.js';
import type { SimulatedBoard } from './simulated-board.js';

/** Where the playground keeps the panel's draft. */
export const DRAFT_KEY = 'parcours.playground.draft';

/**
 * The simulated board answers at once and has no credit limit, but the real pacer still runs:
 * a budget far above what any map needs keeps it out of the way.
 */
export const PLAYGROUND_PACING: Partial<MiroPacing> = { windows: [{ credits: 1e12, ms: 60_000 }], maxInFlight: 32 };

export interface PlaygroundHostOptions {
  locale: 'fr' | 'en';
  /** Drafts survive a reload; `localStorage` in the page. */
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  /** Told when a placement ends, with what the panel placed. */
  onPlaced?: (layout: Layout, report: PlacementReport) => void;
}

/**
 * The panel's host in the playground: the same Miro code paths as in Miro (`planMiroSync` for the
 * preview, `placeOnMiro` for placement and re-sync) against the simulated board, the cost the same
 * plan would have on a real Miro board, and drafts kept in `localStorage`. Progress redraws the board as items arrive.
 * "Check this board" runs Miro's check (`checkMiroBoard`) on the simulated board, which answers as Miro would.
 *
 * @example render(<Panel host={createPlaygroundHost(simulated, { locale: 'en', storage: localStorage })} />, root)
 */
export function createPlaygroundHost(simulated: SimulatedBoard, options: PlaygroundHostOptions): PanelHost {
  let preview: { layout: Layout; sync: MiroSyncPlan } | undefined;
  return {
    name: 'playground',
    locale: options.locale,
    // The simulated board is a Miro board, laid out for as Miro is.
    board: MIRO_BOARD,
    async preview(layout: Layout): Promise<SyncPlan> {
      const sync = await planMiroSync(simulated.board, layout, (_name, call) => call());
      preview = { layout, sync };
      return sync.plan;
    },
    listMaps(): Promise<BoardMap[]> {
      return readMapsOnMiro(simulated.board, (_name, call) => call());
    },
    // What the same plan would take on a real Miro board, under its rate limits.
    estimate(layout: Layout): string | undefined {
      return miroCostText(layout, preview?.layout === layout ? preview.sync : undefined, options.locale);
    },
    async place(layout: Layout, placeOptions: PlaceOptions): Promise<PlacementReport> {
      const report = await placeOnMiro(simulated.board, layout, {
        ...placeOptions,
        pacing: PLAYGROUND_PACING,
        onProgress: (progress) => {
          simulated.changed();
          placeOptions.onProgress?.(progress);
        },
      });
      simulated.changed();
      options.onPlaced?.(layout, report);
      return report;
    },
    checkBoard(): Promise<BoardCheck> {
      // The simulated board answers at once and has no credit limit: nothing to pace or retry.
      return checkMiroBoard(simulated.board, (_name, call) => call());
    },
    async loadDraft(): Promise<unknown> {
      const saved = options.storage.getItem(DRAFT_KEY);
      if (saved === null) return undefined;
      try {
        return JSON.parse(saved) as unknown;
      } catch {
        // A draft we cannot read is no draft: the panel starts clean rather than failing.
        return undefined;
      }
    },
    async saveDraft(draft: unknown): Promise<void> {
      options.storage.setItem(DRAFT_KEY, JSON.stringify(draft));
    },
  };
}
