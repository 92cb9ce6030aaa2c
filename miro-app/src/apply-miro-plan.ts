import { say, type CancelSignal, type PlacementProgress, type Point, type Primitive, type Problem, type SyncChange } from '../../core/src/index.js';
import { MiroCallError } from './call-with-retry.js';
import type { MiroBoardApi, MiroFrame, MiroItem } from './miro-board-api.js';
import { findMapOrigin } from './find-map-origin.js';
import { miroErrorMessage } from './miro-error-message.js';
import { miroCreateCall, type MiroItemStyle } from './miro-create-call.js';
import { miroItemWrites } from './miro-item-writes.js';
import { itemSaid, label } from './miro-report-text.js';
import { encodePlacedData, METADATA_KEY, placedDataJson } from './placed-metadata.js';
import type { MiroSyncPlan } from './plan-miro-sync.js';
import { readItemBack } from './read-item-back.js';
import type { PlacedItem } from './read-placed-on-miro.js';
import { resizeMiroFrame } from './resize-miro-frame.js';
import { relinkedConnectors } from './relinked-connectors.js';
import { runMiroOps, type MiroOp, type Outcome } from './run-miro-ops.js';
import { assignMiroProps, ITEM_TYPE_OF } from './write-miro-item.js';
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

const GEOMETRY = ['x', 'y', 'width', 'height'] as const;

/**
 * Applies a sync plan to the board: creates the frame first (in free space near the viewport),
 * grows it before anything moves, then removes, updates, moves and creates items with several
 * pipelines at once (create → metadata → `frame.add`), connectors last since both ends must exist,
 * shrinks the frame last and zooms to a new map. Items kept because they were edited are never
 * written. A cancel starts nothing new and ends the wait for creates at once; other started calls
 * finish (no item is left without its metadata); a permanent error does the same and is reported.
 * A create given up on that answers later is marked or removed (`miroItemWrites`). Every count lands
 * in the result.
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
    const item = primitive ? itemSaid(primitive) : say('item.unnamed');
    result.problems.push({ ...say('miro.failed', { label, action: label.split(' ')[0] ?? '', item, error: message }), ...(primitive ? { field: primitive.key } : {}) });
    if (error instanceof MiroCallError) {
      stop = true;
      result.stopped ??= error;
    }
  };
  const items = miroItemWrites(board, write, { result, ours, hostIdByKey, data });

  // --- The frame: everything else is positioned from it. -----------------------------------------
  const frameUpdated = plan.update.some((change) => isFrame(change.primitive));
  let frameResized = false;
  try {
    if (!frame) {
      origin = options.origin ?? (await findMapOrigin(board, framePrimitive, write));
      const center = onBoard({ x: framePrimitive.box.w / 2, y: framePrimitive.box.h / 2 });
      frame = (await items.create(framePrimitive, miroCreateCall(framePrimitive, center, options.style))) as MiroFrame;
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
    await items.settle();
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

  const createItem = async (primitive: Primitive): Promise<Outcome> => {
    const item = await items.create(primitive, miroCreateCall(primitive, onBoard(relative(primitive)), options.style, ends(primitive)));
    if (item.type !== 'connector') await addToFrame(item);
    return 'created';
  };

  const updateItem = async (change: SyncChange, contentChanged: boolean): Promise<Outcome> => {
    const entry = byHostId.get(change.record.hostId)!;
    const { item } = entry;
    const { primitive } = change;
    const loose = item.type !== 'connector' && !inFrame(item);
    const center = loose ? onBoard(relative(primitive)) : relative(primitive);
    const call = miroCreateCall(primitive, center, options.style, ends(primitive));
    if (ITEM_TYPE_OF[call.method] !== item.type) {
      // The primitive changed kind (say a sticky became a card): replace the item.
      await items.remove(item);
      await createItem(primitive);
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
    await items.remove(entry.item);
    return 'removed';
  };

  const changes = (list: SyncChange[], content: boolean) =>
    list.filter((change) => !isFrame(change.primitive)).map((change) => ({ change, content }));
  const changed = [...changes(plan.update, true), ...changes(plan.move, false)];
  const isConnector = (primitive: Primitive) => primitive.kind === 'connector';
  const isConnectorItem = (hostId: string) => byHostId.get(hostId)?.item.type === 'connector';
  const changedIds = new Set(changed.map(({ change }) => change.record.hostId));
  const keptIds = new Set(plan.keep.map((entry) => entry.record.hostId));

  const first: MiroOp[] = [
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
        run: () => updateItem(change, content),
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
      .map((primitive) => ({ phase: 'create' as const, primitive, label: `create "${label(primitive)}"`, run: () => createItem(primitive) })),
  ];
  // Built once the first ops ran: connectors need the host ids of items created there.
  const second = (): MiroOp[] => [
    ...changed
      .filter(({ change }) => isConnector(change.primitive))
      .map(({ change, content }) => ({
        phase: 'update' as const,
        primitive: change.primitive,
        label: `update ${change.primitive.key}`,
        run: () => updateItem(change, content),
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
      .map((primitive) => ({ phase: 'create' as const, primitive, label: `create ${primitive.key}`, run: () => createItem(primitive) })),
  ];

  const connectorOps = plan.add.filter(isConnector).length + changed.filter(({ change }) => isConnector(change.primitive)).length;
  let total = first.length + connectorOps + (createdFrame ? 1 : 0);
  let done = createdFrame ? 1 : 0;
  const runOps = (ops: MiroOp[]) =>
    runMiroOps(ops, options.concurrency, options.signal, {
      stopped: () => stop,
      done: (_op, outcome) => {
        if (outcome !== 'none') result[outcome]++;
      },
      failed: (op, error) => fail(error, op.label, op.primitive),
      cancelled: () => {
        result.cancelled = true;
      },
      step: (op) => {
        done++;
        options.onProgress?.({ phase: op.phase, done, total });
      },
    });
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
  await items.settle();
  options.onProgress?.({ phase: 'finish', done, total });
  return { ...result, frame: theFrame };
}
