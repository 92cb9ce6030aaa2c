import type { CancelSignal, PlacementProgress, Point, Primitive, Problem, SyncChange } from '../../core/src/index.js';
import { MiroCallError } from './call-with-retry.js';
import { classifyMiroError } from './classify-miro-error.js';
import type { MiroBoardApi, MiroFrame, MiroItem } from './miro-board-api.js';
import { findLandedItem } from './find-landed-item.js';
import { findMapOrigin } from './find-map-origin.js';
import { miroErrorMessage } from './miro-error-message.js';
import { miroCreateCall, type MiroCreateCall, type MiroItemStyle } from './miro-create-call.js';
import { encodePlacedData, METADATA_KEY, placedDataJson } from './placed-metadata.js';
import type { MiroSyncPlan } from './plan-miro-sync.js';
import { readItemBack } from './read-item-back.js';
import type { PlacedItem } from './read-placed-items.js';
import { resizeMiroFrame } from './resize-miro-frame.js';
import { assignMiroProps, createMiroItem, ITEM_TYPE_OF } from './write-miro-item.js';
import type { HostWrite } from './host-write.js';

export interface ApplyOptions {
  style: MiroItemStyle;
  /** Board position of the map's top-left corner for a first placement; default: free space near the viewport. */
  origin?: Point;
  /** Item pipelines run at once (each is a few calls in a row); about twice the calls in flight. */
  concurrency: number;
  signal?: CancelSignal;
  onProgress?: (progress: PlacementProgress) => void;
}

export interface ApplyResult {
  created: number;
  updated: number;
  removed: number;
  failed: number;
  cancelled: boolean;
  /** Set when a permanent error stopped the placement. */
  stopped?: MiroCallError;
  problems: Problem[];
  frame?: MiroFrame;
}

type Outcome = 'created' | 'updated' | 'removed' | 'none';

interface Op {
  phase: PlacementProgress['phase'];
  primitive?: Primitive;
  label: string;
  run: () => Promise<Outcome>;
}

const GEOMETRY = ['x', 'y', 'width', 'height'] as const;

/**
 * Applies a sync plan to the board: creates the frame first (in free space near the viewport),
 * grows it before anything moves, then removes, updates, moves and creates items with several
 * pipelines at once (create → metadata → `frame.add`), connectors last since both ends must exist,
 * shrinks the frame last and zooms to a new map. Items kept because they were edited are never
 * written. A cancel starts nothing new and ends the wait for creates at once; other started calls
 * finish (no item is left without its metadata); a permanent error does the same and is reported.
 * A create given up on that answers later is marked, or removed when a retry placed the item
 * meanwhile; one still unanswered at the end is named in the problems. Every count lands in the result.
 *
 * @example const result = await applyMiroPlan(board, sync, write, { style, concurrency: 16 });
 */
export async function applyMiroPlan(
  board: MiroBoardApi,
  sync: MiroSyncPlan,
  write: HostWrite,
  options: ApplyOptions,
): Promise<ApplyResult> {
  const { layout, placed, plan } = sync;
  const result: ApplyResult = { created: 0, updated: 0, removed: 0, failed: 0, cancelled: false, problems: [] };
  const framePrimitive = layout.primitives.find((primitive) => primitive.kind === 'frame')!;
  const layoutOrigin = { x: framePrimitive.box.x, y: framePrimitive.box.y };
  const byHostId = new Map(placed.placed.map((entry) => [entry.item.id, entry]));
  const removedIds = new Set(plan.remove.map((record) => record.hostId));
  const hostIdByKey = new Map<string, string>();
  for (const entry of placed.placed) {
    if (!removedIds.has(entry.item.id) && !hostIdByKey.has(entry.data.k)) hostIdByKey.set(entry.data.k, entry.item.id);
  }
  /** Every item id this placement knows as ours: a lost create is looked for among the others. */
  const ours = new Set(placed.placed.map((entry) => entry.item.id));
  let frame = placed.frame;
  let origin = placed.origin;
  let createdFrame = false;
  let stop = false;

  const isFrame = (primitive: Primitive) => primitive.key === framePrimitive.key;
  const relative = (primitive: Primitive): Point => ({
    x: primitive.box.x - layoutOrigin.x + primitive.box.w / 2,
    y: primitive.box.y - layoutOrigin.y + primitive.box.h / 2,
  });
  const onBoard = (point: Point): Point => ({ x: origin!.x + point.x, y: origin!.y + point.y });
  const inFrame = (item: MiroItem) => frame !== undefined && item.parentId === frame.id;
  const data = (primitive: Primitive) => placedDataJson(encodePlacedData(layout.journeyId, primitive));
  const ends = (primitive: Primitive) => {
    if (primitive.kind !== 'connector') return undefined;
    const from = hostIdByKey.get(primitive.from);
    const to = hostIdByKey.get(primitive.to);
    if (from === undefined || to === undefined) throw new Error(`one end of the connector is missing (${primitive.from} → ${primitive.to})`);
    return { from, to };
  };

  const fail = (error: unknown, label: string, primitive?: Primitive) => {
    result.failed++;
    const message = miroErrorMessage(error);
    result.problems.push({ message: `${label}: ${message}`, ...(primitive ? { field: primitive.key } : {}) });
    if (error instanceof MiroCallError) {
      stop = true;
      result.stopped ??= error;
    }
  };

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
      message: `The host failed while creating "${label(primitive)}" and may have created it all the same; the board could not be read to tell. If it is there, delete it by hand, or placing again adds it a second time.`,
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
        message: `The host did not answer when asked to create "${label(primitive)}" (timed out, or Cancel came first). If it shows up while this panel is open, Parcours marks it so that placing again sorts it out; if it shows up later, delete it by hand, or placing again adds it a second time.`,
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
          message: `"${label(primitive)}" was placed but could neither be marked as Parcours's nor removed: delete it by hand, or placing again adds it a second time.`,
          field: primitive.key,
        });
      }
    }
  };

  // --- The frame: everything else is positioned from it. -----------------------------------------
  const frameUpdated = plan.update.some((change) => isFrame(change.primitive));
  let frameResized = false;
  try {
    if (!frame) {
      origin = options.origin ?? (await findMapOrigin(board, framePrimitive, write));
      const center = onBoard({ x: framePrimitive.box.w / 2, y: framePrimitive.box.h / 2 });
      frame = (await createWithMetadata(framePrimitive, miroCreateCall(framePrimitive, center, options.style))) as MiroFrame;
      createdFrame = true;
      result.created++;
    } else {
      if (frameUpdated) {
        const current = frame;
        assignMiroProps(current, miroCreateCall(framePrimitive, { x: current.x, y: current.y }, options.style).props, ['title', 'style']);
        await write('frame.sync', () => current.sync());
        await write('frame.setMetadata', () => current.setMetadata(METADATA_KEY, data(framePrimitive)));
        result.updated++;
      }
      // Grow before anything moves: Miro refuses children outside their frame.
      frameResized = await resizeMiroFrame(frame, origin!, Math.max(frame.width, framePrimitive.box.w), Math.max(frame.height, framePrimitive.box.h), write);
    }
  } catch (error) {
    fail(error, 'frame', framePrimitive);
    await settleLate();
    return { ...result, ...(frame ? { frame } : {}) };
  }
  const theFrame = frame;

  // --- Items -------------------------------------------------------------------------------------
  /** Makes an item the frame's child; after a failure that may have come after it, the board is read before adding again. */
  const addToFrame = (item: MiroItem) =>
    write('frame.add', () => theFrame.add(item), {
      recover: async () => {
        const held = await readItemBack(board, item);
        return held?.parentId === theFrame.id ? held : undefined;
      },
    });

  const placeItem = async (primitive: Primitive): Promise<Outcome> => {
    const item = await createWithMetadata(primitive, miroCreateCall(primitive, onBoard(relative(primitive)), options.style, ends(primitive)));
    if (item.type !== 'connector') await addToFrame(item);
    return 'created';
  };

  const changeItem = async (change: SyncChange, contentChanged: boolean): Promise<Outcome> => {
    const entry = byHostId.get(change.record.hostId)!;
    const { item } = entry;
    const { primitive } = change;
    const loose = item.type !== 'connector' && !inFrame(item);
    const center = loose ? onBoard(relative(primitive)) : relative(primitive);
    const call = miroCreateCall(primitive, center, options.style, ends(primitive));
    if (ITEM_TYPE_OF[call.method] !== item.type) {
      // The primitive changed kind (say a sticky became a card): replace the item.
      await removeFromBoard(item);
      await placeItem(primitive);
      return 'updated';
    }
    assignMiroProps(item, call.props, contentChanged ? undefined : GEOMETRY);
    await write(`${item.type}.sync`, () => item.sync());
    if (contentChanged) await write(`${item.type}.setMetadata`, () => item.setMetadata(METADATA_KEY, data(primitive)));
    if (loose) await addToFrame(item);
    return 'updated';
  };

  const removeItem = async (entry: PlacedItem): Promise<Outcome> => {
    // Already gone (removed by a collaborator meanwhile): the board is as planned.
    await removeFromBoard(entry.item);
    return 'removed';
  };

  const changes = (list: SyncChange[], content: boolean) =>
    list.filter((change) => !isFrame(change.primitive)).map((change) => ({ change, content }));
  const changed = [...changes(plan.update, true), ...changes(plan.move, false)];
  const isConnector = (primitive: Primitive) => primitive.kind === 'connector';
  const isConnectorItem = (hostId: string) => byHostId.get(hostId)?.item.type === 'connector';
  const changedIds = new Set(changed.map(({ change }) => change.record.hostId));
  const keptIds = new Set(plan.keep.map((entry) => entry.record.hostId));

  const first: Op[] = [
    // Connectors go first: removing an item under a connector would leave it dangling.
    ...[...plan.remove]
      .sort((a, b) => Number(isConnectorItem(b.hostId)) - Number(isConnectorItem(a.hostId)))
      .map((record) => ({
        phase: 'remove' as const,
        label: `remove ${record.key}`,
        run: () => removeItem(byHostId.get(record.hostId)!),
      })),
    ...changed
      .filter(({ change }) => !isConnector(change.primitive))
      .map(({ change, content }) => ({
        phase: 'update' as const,
        primitive: change.primitive,
        label: `update "${label(change.primitive)}"`,
        run: () => changeItem(change, content),
      })),
    // Our items left outside the frame by an interrupted placement join it.
    ...placed.placed
      .filter(
        (entry) =>
          entry.item.type !== 'frame' &&
          entry.item.type !== 'connector' &&
          !inFrame(entry.item) &&
          !removedIds.has(entry.item.id) &&
          !changedIds.has(entry.item.id) &&
          !keptIds.has(entry.item.id),
      )
      .map((entry) => ({
        phase: 'update' as const,
        label: `frame.add ${entry.data.k}`,
        run: async (): Promise<Outcome> => {
          await addToFrame(entry.item);
          return 'none';
        },
      })),
    ...plan.add
      .filter((primitive) => !isFrame(primitive) && !isConnector(primitive))
      .map((primitive) => ({ phase: 'create' as const, primitive, label: `create "${label(primitive)}"`, run: () => placeItem(primitive) })),
  ];
  // Built once the first ops ran: connectors need the host ids of items created there.
  const second = (): Op[] => [
    ...changed
      .filter(({ change }) => isConnector(change.primitive))
      .map(({ change, content }) => ({
        phase: 'update' as const,
        primitive: change.primitive,
        label: `update ${change.primitive.key}`,
        run: () => changeItem(change, content),
      })),
    ...relinkedConnectors(sync, hostIdByKey, byHostId, changedIds, keptIds).map(({ entry, primitive }) => ({
      phase: 'update' as const,
      label: `reconnect ${entry.data.k}`,
      run: async (): Promise<Outcome> => {
        const props = miroCreateCall(primitive, { x: 0, y: 0 }, options.style, ends(primitive)).props;
        assignMiroProps(entry.item, props, ['start', 'end']);
        await write('connector.sync', () => entry.item.sync());
        return 'updated';
      },
    })),
    ...plan.add
      .filter(isConnector)
      .map((primitive) => ({ phase: 'create' as const, primitive, label: `create ${primitive.key}`, run: () => placeItem(primitive) })),
  ];

  const connectorOps = plan.add.filter(isConnector).length + changed.filter(({ change }) => isConnector(change.primitive)).length;
  let total = first.length + connectorOps + (createdFrame ? 1 : 0);
  let done = createdFrame ? 1 : 0;
  const runOps = async (ops: Op[]) => {
    let next = 0;
    const worker = async () => {
      while (next < ops.length && !stop) {
        if (options.signal?.aborted) {
          result.cancelled = true;
          return;
        }
        const op = ops[next++]!;
        try {
          const outcome = await op.run();
          if (outcome === 'created') result.created++;
          else if (outcome === 'updated') result.updated++;
          else if (outcome === 'removed') result.removed++;
        } catch (error) {
          if (options.signal?.aborted && !(error instanceof MiroCallError)) result.cancelled = true;
          else fail(error, op.label, op.primitive);
        }
        done++;
        options.onProgress?.({ phase: op.phase, done, total });
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency, ops.length) }, worker));
  };
  await runOps(first);
  if (!stop && !result.cancelled) {
    const ops = second();
    total += ops.length - connectorOps;
    await runOps(ops);
  }

  // --- Finish: shrink the frame to the map, show a new map. -------------------------------------
  try {
    // Never smaller than what stays where it was: items kept because edited, items added by hand.
    const staying = [...plan.keep.map((entry) => entry.record.box), ...placed.strangers];
    const width = Math.max(framePrimitive.box.w, ...staying.map((box) => box.x + box.w - layoutOrigin.x));
    const height = Math.max(framePrimitive.box.h, ...staying.map((box) => box.y + box.h - layoutOrigin.y));
    if (!stop && !result.cancelled && (theFrame.width > width || theFrame.height > height)) {
      frameResized = (await resizeMiroFrame(theFrame, origin!, width, height, write)) || frameResized;
    }
    if (createdFrame) await write('viewport.zoomTo', () => board.viewport.zoomTo(theFrame));
  } catch (error) {
    fail(error, 'frame', framePrimitive);
  }
  if (frameResized && !frameUpdated) result.updated++;
  await settleLate();
  options.onProgress?.({ phase: 'finish', done, total });
  return { ...result, frame: theFrame };
}

/** Connectors whose content is unchanged but whose ends are now other items, with their primitives. */
function relinkedConnectors(
  sync: MiroSyncPlan,
  hostIdByKey: Map<string, string>,
  byHostId: Map<string, PlacedItem>,
  changedIds: Set<string>,
  keptIds: Set<string>,
): { entry: PlacedItem; primitive: Primitive }[] {
  const result: { entry: PlacedItem; primitive: Primitive }[] = [];
  for (const primitive of sync.layout.primitives) {
    if (primitive.kind !== 'connector') continue;
    const entry = byHostId.get(hostIdByKey.get(primitive.key) ?? '');
    if (!entry || entry.item.type !== 'connector' || changedIds.has(entry.item.id) || keptIds.has(entry.item.id)) continue;
    const from = hostIdByKey.get(primitive.from);
    const to = hostIdByKey.get(primitive.to);
    if (from === undefined || to === undefined) continue;
    if (entry.item.start?.item !== from || entry.item.end?.item !== to) result.push({ entry, primitive });
  }
  return result;
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

function label(primitive: Primitive): string {
  const first = primitive.text.split('\n')[0] ?? '';
  const text = first.length > 40 ? `${first.slice(0, 39)}…` : first;
  return text || primitive.key;
}
