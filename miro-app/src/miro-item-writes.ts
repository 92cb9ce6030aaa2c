import { say, type Primitive, type Problem } from '../../core/src/index.js';
import { MiroCallError } from './call-with-retry.js';
import { classifyMiroError } from './classify-miro-error.js';
import { findLandedItem } from './find-landed-item.js';
import type { HostWrite } from './host-write.js';
import type { MiroBoardApi, MiroItem } from './miro-board-api.js';
import { miroErrorMessage } from './miro-error-message.js';
import type { MiroCreateCall } from './miro-create-call.js';
import { label } from './miro-report-text.js';
import { METADATA_KEY, type placedDataJson } from './placed-metadata.js';
import { readItemBack } from './read-item-back.js';
import { createMiroItem } from './write-miro-item.js';

/** What the item writes share with the placement running them. */
export interface MiroItemContext {
  /** Counts late creates as created, and takes the problems they leave. */
  result: { created: number; problems: Problem[] };
  /** Every item id this placement knows as ours: a lost create is looked for among the others. */
  ours: Set<string>;
  /** Host id of the item standing for each key; a create adds its item. */
  hostIdByKey: Map<string, string>;
  /** The metadata an item placed for `primitive` carries. */
  data: (primitive: Primitive) => ReturnType<typeof placedDataJson>;
}

/** Creating and removing one item on Miro, with what a create that answers late leaves behind. */
export interface MiroItemWrites {
  /** Creates an item with its metadata (`createWithMetadata` below). */
  create: (primitive: Primitive, call: MiroCreateCall) => Promise<MiroItem>;
  /** Takes an item off the board; one already gone counts as removed. */
  remove: (item: MiroItem) => Promise<void>;
  /** Waits for the late creates that answered, then names those still unanswered; call once, at the end. */
  settle: () => Promise<void>;
}

/**
 * The item writes of one placement (`applyMiroPlan`): a create sets the item's metadata at once, or
 * takes the item back off, since an item without it could never be recognised again; a create given
 * up on that answers later is marked, or removed when a retry placed the item meanwhile; `settle`
 * names what is still unanswered or could neither be marked nor removed.
 *
 * @example const items = miroItemWrites(board, write, { result, ours, hostIdByKey, data }); await items.create(primitive, call);
 */
export function miroItemWrites(board: MiroBoardApi, write: HostWrite, context: MiroItemContext): MiroItemWrites {
  const { result, ours, hostIdByKey, data } = context;
  /** Items left without metadata because taking them back off failed too: tried again at the end. */
  const unmarked: { item: MiroItem; primitive: Primitive }[] = [];

  /** Creates given up on (timed out, or cut short by Cancel) that have not answered yet. */
  const unanswered = new Set<{ primitive: Primitive }>();
  /** Late creates being marked or removed: the placement waits for these, they have answered. */
  const adopting = new Set<Promise<void>>();
  let finished = false;

  /** A host write whose failure is an answer, not an error: `true` when it went through. */
  const attempt = <T>(name: string, call: () => Promise<T>) => write(name, call).then(() => true, () => false);
  /**
   * Takes an item off the board; one already gone (removed by a collaborator, or by a removal whose
   * answer was lost: the board is read before removing again) counts as removed.
   */
  const removeFromBoard = (item: MiroItem): Promise<void> =>
    write(
      'board.remove',
      async () => {
        await board.remove(item).catch(alreadyGone);
        return true as const;
      },
      { recover: async () => ((await readItemBack(board, item)) === undefined ? (true as const) : undefined) },
    ).then(() => undefined);
  const removed = (item: MiroItem) => removeFromBoard(item).then(() => true, () => false);

  /** Marks a late item (counted while the placement runs), or removes it when a retry placed the primitive meanwhile. */
  const adopt = async (primitive: Primitive, item: MiroItem): Promise<void> => {
    // Found on the board after its create failed: the placement already holds this very item.
    if (ours.has(item.id)) return;
    ours.add(item.id);
    if (hostIdByKey.has(primitive.key) && (await removed(item))) return;
    if (await attempt(`${item.type}.setMetadata`, () => item.setMetadata(METADATA_KEY, data(primitive)))) {
      if (!hostIdByKey.has(primitive.key)) hostIdByKey.set(primitive.key, item.id);
      if (!finished) result.created++;
      return;
    }
    if (!(await removed(item))) unmarked.push({ item, primitive });
  };

  /**
   * A create given up on may still land, without metadata: a resume could not recognise it and
   * would place it a second time. When it answers it is adopted (a duplicate marked by mistake is
   * removed by the next sync); until then it is listed as unanswered.
   */
  const adoptLate = (primitive: Primitive, call: MiroCreateCall, late: Promise<MiroItem>): void => {
    const waiting = { primitive };
    unanswered.add(waiting);
    const track = (job: Promise<void>) => {
      const tracked = job.finally(() => adopting.delete(tracked));
      adopting.add(tracked);
    };
    late.then(
      (item) => {
        unanswered.delete(waiting);
        track(adopt(primitive, item));
      },
      (error: unknown) => {
        unanswered.delete(waiting);
        // A late failure may come after the create took effect: the board is looked at.
        if (mayHaveTakenEffect(error)) track(adoptIfLanded(primitive, call));
      },
    );
  };

  /** Adopts the item a failed create may have made; names it when the board cannot be read to tell. */
  const adoptIfLanded = async (primitive: Primitive, call: MiroCreateCall): Promise<void> => {
    try {
      const landed = await write('board.get', () => findLandedItem(board, call, (id) => ours.has(id)));
      if (landed) await adopt(primitive, landed);
    } catch {
      mayHaveCreated(primitive);
    }
  };

  const mayHaveCreated = (primitive: Primitive) =>
    result.problems.push({
      ...say('miro.mayHaveCreated', { text: textOf(primitive) }),
      field: primitive.key,
    });

  /** Waits for the late creates that answered, then names those still unanswered. */
  const settleLate = async () => {
    do {
      while (adopting.size > 0) await Promise.all(adopting);
      await removeUnmarked();
    } while (adopting.size > 0);
    finished = true;
    for (const { primitive } of unanswered) {
      result.problems.push({
        ...say('miro.noAnswer', { text: textOf(primitive) }),
        field: primitive.key,
      });
    }
  };

  /**
   * Creates an item and records it; an item whose metadata could not be set is taken back off. A
   * create that failed after it may have landed is looked for on the board before it is made again
   * (it has no metadata yet, so no later read could recognise it).
   */
  const createWithMetadata = async (primitive: Primitive, call: MiroCreateCall): Promise<MiroItem> => {
    const item = await write(`board.create:${primitive.kind}`, () => createMiroItem(board, call), {
      cancellable: true,
      onAbandoned: (late) => adoptLate(primitive, call, late),
      recover: async () => {
        const landed = await findLandedItem(board, call, (id) => ours.has(id));
        if (landed) ours.add(landed.id);
        return landed;
      },
    }).catch((error: unknown) => {
      if (error instanceof MiroCallError && error.mayHaveTakenEffect) mayHaveCreated(primitive);
      throw error;
    });
    ours.add(item.id);
    try {
      await write(`${item.type}.setMetadata`, () => item.setMetadata(METADATA_KEY, data(primitive)));
    } catch (error) {
      // Without metadata it could never be recognised again: a resume would duplicate it.
      await removeFromBoard(item).catch(() => unmarked.push({ item, primitive }));
      throw error;
    }
    hostIdByKey.set(primitive.key, item.id);
    return item;
  };

  /**
   * A second chance for items left without metadata (the host may have recovered meanwhile); each
   * one still there is named, since no later placement can recognise it.
   */
  const removeUnmarked = async () => {
    for (const { item, primitive } of unmarked.splice(0)) {
      if (!(await removed(item))) {
        result.problems.push({
          ...say('miro.unmarked', { text: textOf(primitive) }),
          field: primitive.key,
        });
      }
    }
  };
  return { create: createWithMetadata, remove: removeFromBoard, settle: settleLate };
}

/** An item's text as a message quotes it: its label, never its key (an item without text has none). */
function textOf(primitive: Primitive): string {
  const shown = label(primitive);
  return shown === primitive.key ? '' : shown;
}

/** A failure that may have come after the call took effect (see `classifyMiroError`). */
function mayHaveTakenEffect(error: unknown): boolean {
  const kind = classifyMiroError(error);
  return kind === 'transient' || kind === 'unknown';
}

/** A removal refused because the item is not there: it is gone, which is what was asked. */
function alreadyGone(error: unknown): void {
  if (!/not found|unknown id|does not exist|no item/i.test(miroErrorMessage(error))) throw error;
}
