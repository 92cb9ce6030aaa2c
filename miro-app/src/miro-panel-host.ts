import type { Layout, PlaceOptions, PlacementReport, SyncPlan } from '../../core/src/index.js';
import type { PanelHost } from '../../ui/panel-host.js';
import type { BoardCheck } from '../../ui/state/board-check.js';
import { callWithRetry } from './call-with-retry.js';
import { createCreditPacer, MIRO_CALL_CREDITS } from './credit-pacer.js';
import { describeMiroEstimate } from './describe-miro-estimate.js';
import { checkMiroBoard } from './check-miro-board.js';
import type { MiroPanelBoardApi } from './miro-board-api.js';
import { miroCostText } from './miro-cost-text.js';
import { MIRO_BOARD } from './miro-board-metrics.js';
import { DEFAULT_PACING, placeOnMiro, type MiroPlaceOptions } from './place-on-miro.js';
import { planMiroSync, type MiroSyncPlan } from './plan-miro-sync.js';
import { readMapsOnMiro } from './read-maps-on-miro.js';
import type { BoardMap } from '../../ui/state/board-maps.js';

/** Board app storage: one collection for the app, one draft per user. */
const COLLECTION = 'parcours';
/** A preview this recent, of the very layout being placed, is reused instead of read again. */
const PREVIEW_REUSE_MS = 60_000;
/** Drafts are written at most this often: every storage write costs credits. */
const DRAFT_DEBOUNCE_MS = 1_500;

export interface MiroPanelHostOptions {
  locale: 'fr' | 'en';
  /** The current user's id, to keep drafts apart on a shared board. */
  userId: string;
  /** Placement options for every placement (tests pass quick retries). */
  place?: Omit<MiroPlaceOptions, keyof PlaceOptions>;
  now?: () => number;
}

/**
 * The shared panel's host inside Miro: previews and places through `planMiroSync` and
 * `placeOnMiro` on the board it is given, tells the user the cost of a placement in the plan they
 * confirm (`estimate`, from the preview just read) and again in a board notification as it starts, and keeps the half-filled form in the board's app storage
 * (`board.storage.collection`), one draft per user, writes debounced. "Check this board" runs
 * `checkMiroBoard` with the same pacing and retries.
 *
 * @example render(<Panel host={createMiroPanelHost(miro.board, { locale: 'fr', userId })} />, root)
 */
export function createMiroPanelHost(board: MiroPanelBoardApi, options: MiroPanelHostOptions): PanelHost {
  const now = options.now ?? (() => Date.now());
  const drafts = board.storage.collection(COLLECTION);
  const draftKey = `draft:${options.userId}`;
  let preview: { layout: Layout; sync: MiroSyncPlan; at: number } | undefined;
  let pendingDraft: { value: unknown; done: Promise<void> } | undefined;

  const read = async (layout: Layout) => {
    const pacer = createCreditPacer({ ...DEFAULT_PACING, ...options.place?.pacing });
    return planMiroSync(board, layout, (_name, call) => callWithRetry(pacer, MIRO_CALL_CREDITS, call, options.place?.retry));
  };

  return {
    name: 'miro',
    locale: options.locale,
    board: MIRO_BOARD,
    async preview(layout: Layout): Promise<SyncPlan> {
      const sync = await read(layout);
      preview = { layout, sync, at: now() };
      return sync.plan;
    },
    listMaps(): Promise<BoardMap[]> {
      // Paced and retried like placement: these reads share the user's credit budget.
      const pacer = createCreditPacer({ ...DEFAULT_PACING, ...options.place?.pacing });
      return readMapsOnMiro(board, (_name, call) => callWithRetry(pacer, MIRO_CALL_CREDITS, call, options.place?.retry));
    },
    estimate(layout: Layout): string | undefined {
      const sync = preview && preview.layout === layout ? preview.sync : undefined;
      return miroCostText(layout, sync, options.locale, { ...DEFAULT_PACING, ...options.place?.pacing });
    },
    async place(layout: Layout, placeOptions: PlaceOptions): Promise<PlacementReport> {
      const fresh = preview && preview.layout === layout && now() - preview.at < PREVIEW_REUSE_MS ? preview.sync : undefined;
      preview = undefined;
      return placeOnMiro(board, layout, {
        ...options.place,
        ...placeOptions,
        ...(fresh ? { planned: fresh } : {}),
        onEstimate: (estimate) => {
          // Said before the first write; a notification failing must not stop the placement.
          board.notifications.showInfo(describeMiroEstimate(estimate, options.locale)).catch(() => undefined);
        },
      });
    },
    checkBoard(): Promise<BoardCheck> {
      // Paced and retried like placement: the check's calls share the user's credit budget.
      const pacer = createCreditPacer({ ...DEFAULT_PACING, ...options.place?.pacing });
      return checkMiroBoard(board, (_name, call, how) => callWithRetry(pacer, MIRO_CALL_CREDITS, call, options.place?.retry, how ?? {}));
    },
    async loadDraft(): Promise<unknown> {
      try {
        return await drafts.get(draftKey);
      } catch {
        // No draft rather than no panel: the form starts from its template.
        return undefined;
      }
    },
    saveDraft(draft: unknown): Promise<void> {
      // Storage takes JSON only: a round trip drops what it cannot hold (undefined, functions).
      const value = JSON.parse(JSON.stringify(draft ?? null)) as Parameters<typeof drafts.set>[1];
      if (pendingDraft) {
        pendingDraft.value = value;
        return pendingDraft.done;
      }
      const pending: { value: unknown; done: Promise<void> } = { value, done: Promise.resolve() };
      pending.done = new Promise<void>((resolve, reject) => {
        setTimeout(() => {
          pendingDraft = undefined;
          drafts.set(draftKey, pending.value as Parameters<typeof drafts.set>[1]).then(resolve, reject);
        }, DRAFT_DEBOUNCE_MS);
      });
      pendingDraft = pending;
      return pending.done;
    },
  };
}

/** The panel's language from the board's: French boards get French, every other board English. */
export function panelLocale(boardLocale: string): 'fr' | 'en' {
  return boardLocale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
