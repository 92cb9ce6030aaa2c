import { hashPrimitive, SaidError, type PlacementProgress, type PlacementReport, type SyncPlan } from '../../core/src/index.js';
import type { PanelHost } from '../../ui/panel-host.js';
import type { BoardCheck } from '../../ui/state/board-check.js';
import type { BoardMap } from '../../ui/state/board-maps.js';
import { parsePluginMessage, type ToMain, type ToPanel } from './messages.js';
import { FIGJAM_BOARD } from './figjam-board.js';
import { withEnglishMessages } from './with-english-messages.js';

/** How the panel talks to the main thread: `parent.postMessage` in FigJam, a wire in tests. */
export interface PanelChannel {
  post(message: ToMain): void;
  /** Calls `handler` with every message received; returns a function that stops listening. */
  listen(handler: (raw: unknown) => void): () => void;
}

interface Pending {
  resolve: (message: ToPanel) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: PlacementProgress) => void;
}

/**
 * The FigJam side of `PanelHost`, running in the panel: each call becomes a request message with an
 * id, answered by the main thread (`handlePanelMessages`); answers are validated on receipt. A
 * placement's `signal` sends `cancel`; progress messages feed `onProgress`.
 *
 * @example const host = createFigJamPanelHost(windowChannel(), 'fr')
 */
export function createFigJamPanelHost(channel: PanelChannel, locale: 'fr' | 'en'): PanelHost & { dispose(): void } {
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const stop = channel.listen((raw) => {
    const parsed = parsePluginMessage(raw, 'panel');
    if (!parsed.ok) {
      const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
      const waiting = typeof id === 'number' ? pending.get(id) : undefined;
      if (typeof id === 'number' && waiting) {
        pending.delete(id);
        waiting.reject(new Error(`The plugin sent a malformed answer: ${parsed.problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ')}`));
      }
      return;
    }
    // The main thread sends coded messages unworded (say-on-main-thread.ts).
    const message = withEnglishMessages(parsed.message);
    const waiting = pending.get(message.id);
    if (!waiting) return;
    if (message.type === 'progress') {
      waiting.onProgress?.(message.progress);
      return;
    }
    pending.delete(message.id);
    if (message.type === 'failed') waiting.reject(message.said?.code === undefined ? new Error(message.message) : new SaidError({ code: message.said.code, params: message.said.params ?? {}, message: message.said.message }));
    else waiting.resolve(message);
  });

  const request = <T extends ToPanel['type']>(
    make: (id: number) => ToMain,
    answer: T,
    onProgress?: (progress: PlacementProgress) => void,
  ): { id: number; done: Promise<Extract<ToPanel, { type: T }>> } => {
    const id = nextId++;
    const done = new Promise<Extract<ToPanel, { type: T }>>((resolve, reject) => {
      pending.set(id, {
        resolve: (message) => {
          if (message.type === answer) resolve(message as Extract<ToPanel, { type: T }>);
          else reject(new Error(`Expected "${answer}", the plugin answered "${message.type}"`));
        },
        reject,
        ...(onProgress ? { onProgress } : {}),
      });
    });
    channel.post(make(id));
    return { id, done };
  };

  return {
    name: 'figjam',
    locale,
    ...FIGJAM_BOARD,
    async preview(layout): Promise<SyncPlan> {
      return (await request((id) => ({ type: 'preview', id, layout }), 'plan').done).plan;
    },
    async place(layout, options): Promise<PlacementReport> {
      // The hashes the main thread stores with each node, computed here: the main thread runs in
      // QuickJS, an interpreter, where hashing every text takes several times as long.
      const hashes = layout.primitives.map(hashPrimitive);
      const { id, done } = request((requestId) => ({ type: 'place', id: requestId, layout, hashes }), 'placed', options.onProgress);
      const cancel = () => channel.post({ type: 'cancel', id });
      options.signal?.addEventListener('abort', cancel, { once: true });
      try {
        return (await done).report;
      } finally {
        options.signal?.removeEventListener('abort', cancel);
      }
    },
    async listMaps(): Promise<BoardMap[]> {
      return (await request((id) => ({ type: 'list-maps', id }), 'maps').done).maps;
    },
    async checkBoard(): Promise<BoardCheck> {
      return (await request((id) => ({ type: 'check-board', id }), 'board-checked').done).check;
    },
    async loadDraft(): Promise<unknown> {
      return (await request((id) => ({ type: 'load-draft', id }), 'draft').done).draft;
    },
    async saveDraft(draft): Promise<void> {
      await request((id) => ({ type: 'save-draft', id, draft }), 'saved').done;
    },
    dispose() {
      stop();
      for (const waiting of pending.values()) waiting.reject(new Error('The panel closed'));
      pending.clear();
    },
  };
}
