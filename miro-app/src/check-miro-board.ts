import { hostErrorSaid, say, type Said } from '../../core/src/index.js';
import type { BoardCheck, CheckedItem, CheckFailure } from '../../ui/state/board-check.js';
import type { MiroBoardApi, MiroItem, MiroItemRef, MiroShape, MiroStickyNote, MiroText } from './miro-board-api.js';
import { readItemBack } from './read-item-back.js';
import { MIRO_STICKY_NOTE } from './miro-sticky-size.js';

/** The test shape and text, asked at these sizes: a shape keeps both, a text its width. */
const SHAPE = { w: 200, h: 100 } as const;
const TEXT_WIDTH = 300;
/** Room between the test items, and around them when asking for free space. */
const GAP = 60;
/** Height asked for: room for a sticky note taller than documented. */
const ROOM_HEIGHT = 400;
/** Metadata key of the round trip; the item is removed, and placement reads only `parcours`. */
export const CHECK_METADATA_KEY = 'parcours.check';
/** Accents, emoji and CJK: what a research team's data holds, and JSON the metadata must keep. */
const PROBE = { v: 1, text: 'Parcours ✓ « é » 🙂 漢字' } as const;
const CONTENT = '<p>Parcours ✓</p>';

/**
 * How the check makes a host call: the panel host paces and retries it; `onAbandoned` gets the
 * promise of a call given up on (timed out), which may still reach the board; `recover` looks on
 * the board for the effect of a call that failed after it may have taken effect, before it is made
 * again (`callWithRetry`'s `recover`).
 */
export type CheckCall = <T>(
  name: string,
  call: () => Promise<T>,
  how?: { onAbandoned?: (late: Promise<T>) => void; recover?: () => Promise<T | undefined> },
) => Promise<T>;

/**
 * "Check this board" on Miro: asks Miro for free space left of the user's view
 * (`board.findEmptySpace`, so nothing lands on or inside existing items), creates a test sticky
 * note, shape and text there, reads back their sizes and the fonts they report, writes item
 * metadata on the sticky note and reads it back, then removes everything it created, even when a
 * step failed. Each host call goes through `call` (the panel host paces and retries them); a create
 * answered after it was given up on is removed when it arrives. Returns data; the panel words it.
 *
 * @example const check = await checkMiroBoard(miro.board, (name, call) => callWithRetry(pacer, 50, call))
 */
export async function checkMiroBoard(board: MiroBoardApi, call: CheckCall): Promise<BoardCheck> {
  const created: MiroItemRef[] = [];
  let finished = false;
  // A create the retry loop gave up on may still land: it is ours to remove, now or at cleanup.
  const lateCreate = (late: Promise<MiroItemRef>) => {
    late.then(
      (item) => (finished ? void call('board.remove', () => board.remove(ref(item))).catch(() => undefined) : void created.push(ref(item))),
      () => undefined,
    );
  };
  const check: BoardCheck = {
    items: [],
    fonts: [],
    // Not tried until the test sticky note exists.
    hiddenData: { ok: false },
    cleanup: { created: 0, removed: 0 },
    measured: {},
  };
  try {
    let centre: { x: number; y: number };
    try {
      centre = await freeSpaceLeftOfView(board, call);
    } catch (error) {
      const failure: CheckFailure = { step: 'place', ...failed(error) };
      check.items.push(
        { kind: 'sticky', expected: { ...MIRO_STICKY_NOTE.square }, error: failure },
        { kind: 'shape', expected: { ...SHAPE }, error: failure },
        { kind: 'text', expected: { w: TEXT_WIDTH }, error: failure },
      );
      return check;
    }
    const left = centre.x - rowWidth() / 2;
    const xs = { sticky: left + MIRO_STICKY_NOTE.square.w / 2, shape: left + MIRO_STICKY_NOTE.square.w + GAP + SHAPE.w / 2, text: left + rowWidth() - TEXT_WIDTH / 2 };

    const sticky = await createItem<MiroStickyNote>(check, created, 'sticky', { ...MIRO_STICKY_NOTE.square }, () =>
      call('board.createStickyNote', () => board.createStickyNote({ x: xs.sticky, y: centre.y, shape: 'square', width: MIRO_STICKY_NOTE.square.w, content: CONTENT }), {
        onAbandoned: lateCreate,
        recover: () => landedTestItem<MiroStickyNote>(board, 'sticky_note', xs.sticky, centre.y),
      }),
    );
    if (sticky) check.measured.sticky = { w: sticky.width, h: sticky.height };

    const shape = await createItem<MiroShape>(check, created, 'shape', { ...SHAPE }, () =>
      call(
        'board.createShape',
        () => board.createShape({ x: xs.shape, y: centre.y, width: SHAPE.w, height: SHAPE.h, shape: 'round_rectangle', content: CONTENT }),
        { onAbandoned: lateCreate, recover: () => landedTestItem<MiroShape>(board, 'shape', xs.shape, centre.y) },
      ),
    );
    if (shape) fontOf(check, 'shape', shape.style);

    const text = await createItem<MiroText>(check, created, 'text', { w: TEXT_WIDTH }, () =>
      call('board.createText', () => board.createText({ x: xs.text, y: centre.y, width: TEXT_WIDTH, content: CONTENT }), {
        onAbandoned: lateCreate,
        recover: () => landedTestItem<MiroText>(board, 'text', xs.text, centre.y),
      }),
    );
    if (text) fontOf(check, 'text', text.style);

    if (sticky) check.hiddenData = await metadataRoundTrip(sticky, call);
    return check;
  } finally {
    finished = true;
    check.cleanup = await removeAll(board, call, created);
  }
}

/** Width of the row of test items. */
function rowWidth(): number {
  return MIRO_STICKY_NOTE.square.w + GAP + SHAPE.w + GAP + TEXT_WIDTH;
}

/** Centre of free space for the row, asked just left of the user's view. */
async function freeSpaceLeftOfView(board: MiroBoardApi, call: CheckCall): Promise<{ x: number; y: number }> {
  const view = await call('viewport.get', () => board.viewport.get());
  const width = rowWidth() + 2 * GAP;
  const space = await call('board.findEmptySpace', () =>
    board.findEmptySpace({ x: view.x - GAP - width / 2, y: view.y + view.height / 2, width, height: ROOM_HEIGHT, offset: GAP }),
  );
  return { x: space.x, y: space.y };
}

/** Creates one test item and records its size, or why it could not be created. */
async function createItem<T extends { id: string; type: string; width: number; height: number }>(
  check: BoardCheck,
  created: MiroItemRef[],
  kind: CheckedItem['kind'],
  expected: CheckedItem['expected'],
  create: () => Promise<T>,
): Promise<T | undefined> {
  try {
    const item = await create();
    created.push(ref(item));
    check.items.push({ kind, expected, size: { w: item.width, h: item.height } });
    return item;
  } catch (error) {
    check.items.push({ kind, expected, error: { step: 'create', ...failed(error) } });
    return undefined;
  }
}

/** The font a shape or text reports in its style (Miro names families by id: `open_sans`). */
function fontOf(check: BoardCheck, kind: CheckedItem['kind'], style: { fontFamily?: string; fontSize?: number } | undefined): void {
  const item = check.items.find((candidate) => candidate.kind === kind);
  if (!item || typeof style?.fontFamily !== 'string') return;
  item.font = { family: style.fontFamily, ...(typeof style.fontSize === 'number' ? { size: style.fontSize } : {}) };
}

/** Writes the probe as item metadata and reads it back: the same JSON must come back. */
async function metadataRoundTrip(sticky: MiroStickyNote, call: CheckCall): Promise<BoardCheck['hiddenData']> {
  try {
    await call('sticky_note.setMetadata', () => sticky.setMetadata(CHECK_METADATA_KEY, { ...PROBE }));
  } catch (error) {
    return { ok: false, error: { step: 'write', ...failed(error) } };
  }
  let back: unknown;
  try {
    back = await call('sticky_note.getMetadata', () => sticky.getMetadata(CHECK_METADATA_KEY));
  } catch (error) {
    return { ok: false, error: { step: 'read', ...failed(error) } };
  }
  if (JSON.stringify(back) !== JSON.stringify(PROBE)) return { ok: false, error: { step: 'compare', ...said(say('check.readBack', { back: JSON.stringify(back) ?? '' })) } };
  return { ok: true };
}

/** Removes every test item, each on its own: one refusal does not keep the others on the board. */
async function removeAll(board: MiroBoardApi, call: CheckCall, created: readonly MiroItemRef[]): Promise<BoardCheck['cleanup']> {
  const results = await Promise.allSettled(
    created.map((item) =>
      call(
        'board.remove',
        async () => {
          await board.remove(item);
          return true as const;
        },
        // A removal whose answer was lost may have happened: gone is done.
        { recover: async () => ((await readItemBack(board, item as MiroItem)) === undefined ? (true as const) : undefined) },
      ),
    ),
  );
  const refused = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  const removed = results.filter((result) => result.status === 'fulfilled').length;
  if (!refused) return { created: created.length, removed };
  const { message, said: why } = failed(refused.reason);
  return { created: created.length, removed, error: message, said: why };
}

/**
 * A test item a failed create may still have made: one of that type, with the check's text, at the
 * very centre the check asked for (free space Miro found for the check, so nobody else's).
 */
async function landedTestItem<T extends MiroStickyNote | MiroShape | MiroText>(board: MiroBoardApi, type: T['type'], x: number, y: number): Promise<T | undefined> {
  const items = await board.get({ type: [type] });
  return items.find(
    (item): item is T => item.type === type && 'content' in item && item.content === CONTENT && Math.abs(item.x - x) <= 0.5 && Math.abs(item.y - y) <= 0.5,
  );
}

/** A failure as the check reports it: the host's words, and the same as a coded message the panel words. */
function failed(error: unknown): { message: string; said: Said } {
  return said(hostErrorSaid(error));
}

function said(why: Said): { message: string; said: Said } {
  return { message: why.code === 'host.error' && typeof why.params.detail === 'string' ? why.params.detail : why.message, said: why };
}

/** Only the id and type: `board.remove` needs no more, and a reference keeps no item state alive. */
function ref(item: MiroItemRef): MiroItemRef {
  return { id: item.id, type: item.type };
}

