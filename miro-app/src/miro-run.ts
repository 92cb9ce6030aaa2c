import { hostErrorSaid, SaidError, say, type CancelSignal, type PlacementProgress, type Point, type Primitive, type Problem } from '../../core/src/index.js';
import { itemSaid } from './miro-report-text.js';
import { MiroCallError } from './call-with-retry.js';
import type { HostWrite } from './host-write.js';
import type { MiroBoardApi, MiroFrame, MiroItem } from './miro-board-api.js';
import type { MiroItemStyle } from './miro-create-call.js';
import { miroItemWrites, type MiroItemWrites } from './miro-item-writes.js';
import { encodePlacedData, placedDataJson } from './placed-metadata.js';
import type { MiroSyncPlan } from './plan-miro-sync.js';
import type { PlacedItem } from './read-placed-on-miro.js';

/** How `applyMiroPlan` writes: item style, where a new map goes, how many pipelines, cancel and progress. */
export interface ApplyOptions {
  style: MiroItemStyle;
  /** Board position of the map's top-left corner for a first placement; default: free space near the viewport. */
  origin?: Point;
  /** Item pipelines run at once (each is a few calls in a row); about twice the calls in flight. */
  concurrency: number;
  signal?: CancelSignal;
  onProgress?: (progress: PlacementProgress) => void;
}

/** What the writes did, for `reportMiroPlacement` (as `ApplyResult` on FigJam). */
export interface ApplyResult {
  created: number;
  updated: number;
  removed: number;
  failed: number;
  cancelled: boolean;
  /** Set when a permanent error stopped the placement: no write starts after it. */
  stopped?: MiroCallError;
  problems: Problem[];
}

/**
 * One placement on Miro in progress: the state its steps share (`writeMiroFrame`, `writeMiroItems`,
 * `finishMiroMap`), as `FigJamRun` on FigJam.
 */
export interface MiroRun {
  readonly board: MiroBoardApi;
  /** Every host write, paced, retried and bounded in time. */
  readonly write: HostWrite;
  readonly sync: MiroSyncPlan;
  readonly options: ApplyOptions;
  /** Counts and problems, filled in as the steps go. */
  readonly result: ApplyResult;
  /** The map's frame primitive: everything is positioned from its top-left corner. */
  readonly frame: Primitive;
  /** The map's frame as placed: the one read back, then the one this run created. */
  placedFrame: MiroFrame | undefined;
  /** Board position of the map's top-left corner, once known. */
  origin: Point | undefined;
  createdFrame: boolean;
  /** The frame's title or colour changed: `writeMiroFrame` rewrites it. */
  readonly frameUpdated: boolean;
  /** The frame was resized, which counts as an update unless it was updated anyway. */
  frameResized: boolean;
  /** Ids of the items the plan removes. */
  readonly removing: ReadonlySet<string>;
  /** Our items on the board, by id. */
  readonly byHostId: ReadonlyMap<string, PlacedItem>;
  /** Host id of the item standing for each key; a create adds its item. */
  readonly hostIdByKey: Map<string, string>;
  /** Every item id this placement knows as ours: a lost create is looked for among the others. */
  readonly ours: Set<string>;
  /** Item operations to run and how many are done, for progress. */
  total: number;
  done: number;
  /** The metadata an item placed for `primitive` carries. */
  readonly data: (primitive: Primitive) => ReturnType<typeof placedDataJson>;
  /** Creating and removing one item, with what a create that answers late leaves behind. */
  readonly items: MiroItemWrites;
}

/**
 * The state of a placement about to write `sync` (a layout with a frame).
 *
 * @example const run = startMiroRun(board, sync, write, { style, concurrency: 16 })
 */
export function startMiroRun(board: MiroBoardApi, sync: MiroSyncPlan, write: HostWrite, options: ApplyOptions): MiroRun {
  const { layout, placed, plan } = sync;
  const result: ApplyResult = { created: 0, updated: 0, removed: 0, failed: 0, cancelled: false, problems: [] };
  const frame = layout.primitives.find((primitive) => primitive.kind === 'frame')!;
  const removing = new Set(plan.remove.map((record) => record.hostId));
  const hostIdByKey = new Map<string, string>();
  for (const entry of placed.placed) {
    if (!removing.has(entry.item.id) && !hostIdByKey.has(entry.data.k)) hostIdByKey.set(entry.data.k, entry.item.id);
  }
  const ours = new Set(placed.placed.map((entry) => entry.item.id));
  const data = (primitive: Primitive) => placedDataJson(encodePlacedData(layout.journeyId, primitive));
  return {
    board,
    write,
    sync,
    options,
    result,
    frame,
    placedFrame: placed.frame,
    origin: placed.origin,
    createdFrame: false,
    frameUpdated: plan.update.some((change) => change.primitive.key === frame.key),
    frameResized: false,
    removing,
    byHostId: new Map(placed.placed.map((entry) => [entry.item.id, entry])),
    hostIdByKey,
    ours,
    total: 0,
    done: 0,
    data,
    items: miroItemWrites(board, write, { result, ours, hostIdByKey, data }),
  };
}

/** Where `primitive`'s centre sits in the map's frame (Miro positions a frame's children from its top-left corner). */
export function inFramePoint(run: MiroRun, primitive: Primitive): Point {
  return { x: primitive.box.x - run.frame.box.x + primitive.box.w / 2, y: primitive.box.y - run.frame.box.y + primitive.box.h / 2 };
}

/** A point of the map on the board, from the map's top-left corner. */
export function onBoard(run: MiroRun, point: Point): Point {
  return { x: run.origin!.x + point.x, y: run.origin!.y + point.y };
}

/** Whether `item` is a child of the map's frame. */
export function inFrame(run: MiroRun, item: MiroItem): boolean {
  return run.placedFrame !== undefined && item.parentId === run.placedFrame.id;
}

/** The host ids of a connector's ends; throws when one is missing. */
export function ends(run: MiroRun, primitive: Primitive): { from: string; to: string } | undefined {
  if (primitive.kind !== 'connector') return undefined;
  const from = run.hostIdByKey.get(primitive.from);
  const to = run.hostIdByKey.get(primitive.to);
  if (from === undefined || to === undefined) throw new SaidError(say('host.connectorEndMissing'));
  return { from, to };
}

/**
 * A write that failed: counted and named after `label`; a permanent error stops the placement
 * (`result.stopped`), the others let the rest go on.
 */
export function fail(run: MiroRun, error: unknown, label: string, primitive?: Primitive): void {
  const { result } = run;
  result.failed++;
  const item = primitive ? itemSaid(primitive) : say('item.unnamed');
  result.problems.push({ ...say('miro.failed', { action: label.split(' ')[0] ?? '', item, error: hostErrorSaid(error) }), ...(primitive ? { field: primitive.key } : {}) });
  if (error instanceof MiroCallError) result.stopped ??= error;
}

/** One operation done (or failed): progress moves on. */
export function step(run: MiroRun, phase: PlacementProgress['phase']): void {
  run.done++;
  run.options.onProgress?.({ phase, done: run.done, total: run.total });
}
