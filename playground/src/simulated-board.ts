import type { Rect } from '@mirohq/websdk-types';
import { MIRO_ITEM_TYPES, type MiroBoardApi, type MiroItem } from '../../miro-app/src/miro-board-api.js';
import { toMiroHtml } from '../../miro-app/src/to-miro-html.js';
// The in-memory Miro board the adapter tests use: one model of Miro's behaviour, shared, so the
// playground exercises exactly what the tests check.
import { createMiroFake, type MiroFake } from '../../test/fakes/miro-fake.js';

/** The part of the board the page shows, in board units. */
export type ViewRect = Rect;

/** A Miro board living in the page: `board` goes to `placeOnMiro`, the rest feeds the view. */
export interface SimulatedBoard {
  /** Typed against `@mirohq/websdk-types`; every call answers at once with no credit limit. */
  readonly board: MiroBoardApi;
  /** What the board holds now (a read, as Miro's canvas would do it). */
  items(): Promise<MiroItem[]>;
  /** A user edits an item's text by hand, as in Miro: its content changes, its metadata does not. */
  editText(itemId: string, text: string): void;
  /** Called after every change to the board; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Called when placement asks the board to zoom to what it placed. */
  onZoomTo(listener: (itemIds: string[]) => void): () => void;
  /** The view reports what it shows, so a new map lands near it. */
  setViewport(rect: ViewRect): void;
  /** Tells listeners the board changed (placement progress). */
  changed(): void;
}

/** Room left between two maps placed side by side. */
const MAP_GAP = 200;

/**
 * Creates the simulated board: the test fake, whose every rule cites its source (Miro's positioning,
 * sticky note and text sizes in test/fakes/miro-geometry.ts, metadata and frame rules) with
 * no latency and no credit budget, `findEmptySpace` that keeps new maps clear of those already on
 * the board, a viewport that follows the page's view, and change notifications for drawing.
 *
 * @example const simulated = createSimulatedBoard(); await placeOnMiro(simulated.board, layout);
 */
export function createSimulatedBoard(): SimulatedBoard {
  const listeners = new Set<() => void>();
  const zoomListeners = new Set<(ids: string[]) => void>();
  let viewport: ViewRect = { x: -800, y: -500, width: 1600, height: 1000 };
  const topLevelBoxes = (): Rect[] =>
    fake
      .items()
      .filter((stored) => stored.parentId === null && stored.type !== 'connector')
      .map((stored) => {
        const { x, y, width, height } = stored.props as { x: number; y: number; width: number; height: number };
        return { x: x - width / 2, y: y - height / 2, width, height };
      });
  const fake: MiroFake = createMiroFake({ emptySpace: (asked) => emptySpaceNear(asked, topLevelBoxes()) });

  const changed = () => {
    for (const listener of listeners) listener();
  };
  const inner = fake.board;
  const after = <T>(promise: Promise<T>): Promise<T> => promise.finally(changed);

  const board: MiroBoardApi = {
    get: (filter) => inner.get(filter),
    createFrame: (props) => after(inner.createFrame(props)),
    createStickyNote: (props) => after(inner.createStickyNote(props)),
    createShape: (props) => after(inner.createShape(props)),
    createText: (props) => after(inner.createText(props)),
    createCard: (props) => after(inner.createCard(props)),
    createConnector: (props) => after(inner.createConnector(props)),
    remove: (item) => after(inner.remove(item)),
    findEmptySpace: (rect) => inner.findEmptySpace(rect),
    viewport: {
      get: () => Promise.resolve({ ...viewport }),
      zoomTo: (items) => {
        const ids = (Array.isArray(items) ? items : [items]).map((item) => item.id);
        for (const listener of zoomListeners) listener(ids);
        return Promise.resolve();
      },
    },
  };

  return {
    board,
    items: () => inner.get({ type: MIRO_ITEM_TYPES }),
    editText(itemId, text) {
      const stored = fake.item(itemId);
      if (!stored) return;
      const field = stored.type === 'card' ? 'title' : 'content';
      fake.edit(itemId, { [field]: toMiroHtml(text) });
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onZoomTo(listener) {
      zoomListeners.add(listener);
      return () => zoomListeners.delete(listener);
    },
    setViewport(rect) {
      viewport = { ...rect };
    },
    changed,
  };
}

/**
 * Free space for a `width × height` item centred near the asked point (Miro's `findEmptySpace`
 * answers a centre too): the asked place if nothing is there, else to the right of everything.
 */
export function emptySpaceNear(asked: Rect & { offset?: number }, taken: readonly Rect[]): Rect {
  const rect = { x: asked.x - asked.width / 2, y: asked.y - asked.height / 2, width: asked.width, height: asked.height };
  const overlaps = taken.some(
    (other) => rect.x < other.x + other.width && other.x < rect.x + rect.width && rect.y < other.y + other.height && other.y < rect.y + rect.height,
  );
  if (!overlaps) return { x: asked.x, y: asked.y, width: asked.width, height: asked.height };
  const right = Math.max(...taken.map((other) => other.x + other.width));
  const top = Math.min(...taken.map((other) => other.y));
  return { x: right + MAP_GAP + asked.width / 2, y: top + asked.height / 2, width: asked.width, height: asked.height };
}
