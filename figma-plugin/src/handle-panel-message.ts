import { type CancelSource, createCancelSource, hostErrorSaid, say } from '../../core/src/index.js';
import { checkFigJamBoard } from './check-figjam-board.js';
import type { FigJamHostApi } from './figjam-api.js';
import { parsePluginMessage, type ToPanel } from './messages.js';
import { placeOnFigJam } from './place-on-figjam.js';
import { planFigJamSync } from './plan-figjam-sync.js';
import { readMapsOnFigJam } from './read-maps-on-figjam.js';

/** Where the panel's draft lives in `figma.clientStorage` (per user, per plugin). */
export const DRAFT_STORAGE_KEY = 'parcours.draft';
/** The panel's size in FigJam: a narrow column beside the board; the panel scrolls inside. */
export const PANEL_SIZE = { width: 360, height: 640 } as const;

/** Progress messages are throttled: a 10,000-item map must not post 10,000 messages. */
const PROGRESS_EVERY_MS = 80;

/**
 * The main thread's side of the protocol: validates each message from the panel and answers it,
 * running placements with a cancel source per request so `cancel` stops the right one (Figma's
 * sandbox has no `AbortController`: see `createCancelSource`). The
 * host is injected; the entry file alone passes the global `figma`.
 *
 * @example figma.ui.onmessage = handlePanelMessages(figma)
 */
export function handlePanelMessages(figma: FigJamHostApi): (raw: unknown) => Promise<void> {
  const running = new Map<number, CancelSource>();
  const post = (message: ToPanel) => figma.ui.postMessage(message);

  return async (raw) => {
    const parsed = parsePluginMessage(raw, 'main');
    if (!parsed.ok) {
      const id = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'number' ? (raw as { id: number }).id : -1;
      post({ type: 'failed', id, message: `Rejected a malformed message: ${parsed.problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ')}` });
      return;
    }
    const message = parsed.message;
    try {
      switch (message.type) {
        case 'preview':
          post({ type: 'plan', id: message.id, plan: planFigJamSync(figma, message.layout).plan });
          return;
        case 'place': {
          if (running.size > 0) {
            // Two placements writing at once would interleave their changes: one at a time.
            const busy = say('figjam.busy');
            post({ type: 'failed', id: message.id, message: busy.message, said: busy });
            return;
          }
          const cancel = createCancelSource();
          running.set(message.id, cancel);
          let last = 0;
          const report = await placeOnFigJam(figma, message.layout, {
            ...(message.hashes ? { hashes: message.hashes } : {}),
            signal: cancel.signal,
            onProgress: (progress) => {
              const now = Date.now();
              if (progress.phase === 'finish' || progress.done === 0 || now - last >= PROGRESS_EVERY_MS) {
                last = now;
                post({ type: 'progress', id: message.id, progress });
              }
            },
          });
          running.delete(message.id);
          post({ type: 'placed', id: message.id, report });
          return;
        }
        case 'cancel':
          running.get(message.id)?.cancel();
          return;
        case 'load-draft':
          post({ type: 'draft', id: message.id, draft: (await figma.clientStorage.getAsync(DRAFT_STORAGE_KEY)) ?? null });
          return;
        case 'save-draft':
          await figma.clientStorage.setAsync(DRAFT_STORAGE_KEY, message.draft);
          post({ type: 'saved', id: message.id });
          return;
        case 'list-maps':
          post({ type: 'maps', id: message.id, maps: readMapsOnFigJam(figma) });
          return;
        case 'check-board':
          post({ type: 'board-checked', id: message.id, check: await checkFigJamBoard(figma) });
          return;
      }
    } catch (error) {
      if ('id' in message) {
        running.delete(message.id);
        const said = hostErrorSaid(error);
        post({ type: 'failed', id: message.id, message: said.message, said });
      }
    }
  };
}
