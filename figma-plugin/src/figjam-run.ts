import { hashPrimitive, type PlacementProgress, type PlacementReport, type PlaceOptions, type Primitive, type Problem } from '../../core/src/index.js';
import type { FigJamApi, FigJamNode, FigJamSection } from './figjam-api.js';
import { placedDataEncoder } from './figjam-placed-data.js';
import { FIGJAM_FONTS } from './load-figjam-fonts.js';
import type { FigJamSyncPlan } from './plan-figjam-sync.js';
import type { WriteContext } from './write-figjam-node.js';

/** `PlaceOptions` plus what the panel computed for the main thread. */
export interface FigJamRunOptions extends PlaceOptions {
  /**
   * `hashPrimitive` of each primitive of the layout, in order, computed by the panel: hashing is a
   * loop over every character of every text, several times slower in QuickJS than in the panel's
   * browser (PRODUCT.md §8, `figjam.sandbox_ms_1k`). Ignored unless there is one per primitive.
   */
  hashes?: readonly string[];
}

/** What the writes did, for `reportFigJamPlacement` (as `ApplyResult` on Miro). */
export type ApplyResult = Pick<PlacementReport, 'created' | 'updated' | 'removed' | 'kept' | 'failed' | 'cancelled' | 'problems'>;

/**
 * One placement on FigJam in progress: the state its steps share (`writeFigJamFrame`,
 * `writeFigJamItems`, `finishFigJamMap`), as `MiroRun` on Miro.
 */
export interface FigJamRun {
  readonly figma: FigJamApi;
  readonly sync: FigJamSyncPlan;
  readonly options: PlaceOptions;
  /** Counts and problems, filled in as the steps go. */
  readonly result: ApplyResult;
  /** The map's frame primitive: everything is positioned from its top-left corner. */
  readonly frame: Primitive;
  /** The map's frame as placed: the section read back, then the one this run created. */
  placedFrame: FigJamSection | null;
  /** Changes to write (adds, updates, moves, removes) and how many are done, for progress. */
  readonly total: number;
  done: number;
  /** Anything written: the run ends with one undo step then. */
  wrote: boolean;
  /** Nodes this run created, removed again when a create throws. */
  readonly created: FigJamNode[];
  readonly context: WriteContext;
  readonly encode: ReturnType<typeof placedDataEncoder>;
  /** `hashPrimitive`, or the panel's hash of that primitive when it sent them (`FigJamRunOptions.hashes`). */
  readonly hashOf: (primitive: Primitive) => string;
  /** Only connectors need the ids of new nodes: a map without them skips that bookkeeping. */
  readonly linksNodes: boolean;
  /** When the run last let FigJam and the panel breathe (see `SLICE_MS`). */
  lastBreath: number;
}

/**
 * How long the main thread works before letting FigJam and the panel breathe (progress, Cancel).
 * A tenth of a second, the edge of what feels instant: the progress bar moves ten times a second
 * and Cancel is heard at once, while each breath costs a timer round trip (4 ms once browser timers
 * nest, far more on a busy machine) and whatever FigJam does meanwhile (drawing thousands of new
 * nodes), placing nothing.
 */
const SLICE_MS = 100;

/**
 * The state of a placement about to write `sync` (a layout with a frame).
 *
 * @example const run = startFigJamRun(figma, planFigJamSync(figma, layout), {})
 */
export function startFigJamRun(figma: FigJamApi, sync: FigJamSyncPlan, options: FigJamRunOptions): FigJamRun {
  const { layout, placed, plan } = sync;
  const frame = layout.primitives.find((primitive) => primitive.kind === 'frame')!;
  return {
    figma,
    sync,
    options,
    result: { created: 0, updated: 0, removed: 0, kept: 0, failed: 0, cancelled: false, problems: [] },
    frame,
    placedFrame: placed.section,
    total: plan.add.length + plan.update.length + plan.move.length + plan.remove.length,
    done: 0,
    wrote: false,
    created: [],
    context: { palette: layout.palette, origin: { x: frame.box.x, y: frame.box.y }, fonts: FIGJAM_FONTS, nodeIdByKey: placed.nodeIdByKey, paints: new Map(), colours: new Map() },
    encode: placedDataEncoder(layout.journeyId, layout.palette === 'dark' ? 'd' : 'l'),
    hashOf: hashLookup(layout.primitives, options.hashes),
    linksNodes: layout.primitives.some((primitive) => primitive.kind === 'connector'),
    lastBreath: Date.now(),
  };
}

/** The panel's hashes by primitive, or `hashPrimitive` when it sent none (or not one per primitive). */
function hashLookup(primitives: readonly Primitive[], hashes: readonly string[] | undefined): (primitive: Primitive) => string {
  if (hashes?.length !== primitives.length) return hashPrimitive;
  const byPrimitive = new Map<Primitive, string>();
  for (let index = 0; index < primitives.length; index++) byPrimitive.set(primitives[index]!, hashes[index]!);
  return (primitive) => byPrimitive.get(primitive) ?? hashPrimitive(primitive);
}

/** One change done (or failed): progress moves on. */
export function step(run: FigJamRun, phase: PlacementProgress['phase']): void {
  run.done++;
  run.options.onProgress?.({ phase, done: run.done, total: run.total });
}

/** One item that could not be written: counted and named; the rest goes on. */
export function fail(run: FigJamRun, message: Problem, key: string): void {
  run.result.failed++;
  run.result.problems.push({ ...message, field: key });
}

/** Whether the run has worked a whole slice since its last breath. */
export function mustBreathe(run: FigJamRun): boolean {
  return Date.now() - run.lastBreath > SLICE_MS;
}

/** Lets FigJam draw and the panel's messages (progress, Cancel) through, once per slice. */
export async function breathe(run: FigJamRun): Promise<void> {
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  run.lastBreath = Date.now();
}

/** `true` once cancelled: no new host call starts. */
export function cancelled(run: FigJamRun): boolean {
  if (run.options.signal?.aborted !== true) return false;
  run.result.cancelled = true;
  return true;
}
