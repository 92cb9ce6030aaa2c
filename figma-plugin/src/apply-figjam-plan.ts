import { hashPrimitive, messageOf, say, type Layout, type PlacementProgress, type PlacementReport, type PlaceOptions, type Primitive, type Problem, type SyncChange } from '../../core/src/index.js';
import type { FigJamApi, FigJamNode, FigJamSection } from './figjam-api.js';
import { figJamNodeType } from './figjam-node-kind.js';
import { FULL_TEXT_KEY, PLACED_DATA_KEY, placedDataEncoder } from './figjam-placed-data.js';
import { describe } from './figjam-report-text.js';
import { findFreeOrigin } from './find-free-origin.js';
import { FIGJAM_FONTS } from './load-figjam-fonts.js';
import type { FigJamSyncPlan } from './plan-figjam-sync.js';
import type { PlacedOnFigJam } from './read-placed-on-figjam.js';
import { createFigJamNode, geometryFingerprint, writeContent, writeGeometry, type WriteContext } from './write-figjam-node.js';

/**
 * How long the main thread works before letting FigJam and the panel breathe (progress, Cancel).
 * A tenth of a second, the edge of what feels instant: the progress bar moves ten times a second
 * and Cancel is heard at once, while each breath costs a timer round trip (4 ms once browser timers
 * nest, far more on a busy machine) and whatever FigJam does meanwhile (drawing thousands of new
 * nodes), placing nothing.
 */
const SLICE_MS = 100;

/**
 * Applies a sync plan to the current page (as `applyMiroPlan` on Miro): fits a kept section to the
 * map, then creates (the section first), updates, moves and removes, writing only what differs, and
 * counts each in `report`. A create that throws removes what this run created and stops; an update,
 * move or remove that throws is reported by item and the rest goes on. A cancel stops between two
 * host calls and keeps what is done. Ends with one undo step, the map selected and in view.
 *
 * @example await applyFigJamPlan(figma, planFigJamSync(figma, layout), {}, report)
 */
export async function applyFigJamPlan(figma: FigJamApi, sync: FigJamSyncPlan, options: PlaceOptions, report: PlacementReport): Promise<void> {
  const { layout, placed, plan } = sync;
  const frame = layout.primitives.find((primitive) => primitive.kind === 'frame')!;
  const total = plan.add.length + plan.update.length + plan.move.length + plan.remove.length;
  const run = new Run(figma, layout, frame, placed, total, options, report);
  if (plan.keep.some(({ record }) => record.key === frame.key)) run.fitKeptSection(frame);
  const completed = (await run.createAll(plan.add)) && (await run.updateAll(plan.update, 'update')) && (await run.updateAll(plan.move, 'update')) && (await run.removeAll(plan.remove));
  if (!completed && report.cancelled) {
    report.problems.push(say('figjam.cancelled', { done: run.done, total }));
  }
  run.finish();
}

/** One placement in progress: the state the steps share. */
class Run {
  done = 0;
  private wrote = false;
  private section: FigJamSection | null;
  private readonly context: WriteContext;
  private readonly created: FigJamNode[] = [];
  private readonly encode: ReturnType<typeof placedDataEncoder>;
  private lastBreath = Date.now();
  /** Only connectors need the ids of new nodes: a map without them skips that bookkeeping. */
  private readonly linksNodes: boolean;

  constructor(
    private readonly figma: FigJamApi,
    layout: Layout,
    frame: Primitive,
    private readonly placed: PlacedOnFigJam,
    private readonly total: number,
    private readonly options: PlaceOptions,
    private readonly report: PlacementReport,
  ) {
    this.section = placed.section;
    this.context = { palette: layout.palette, origin: { x: frame.box.x, y: frame.box.y }, fonts: FIGJAM_FONTS, nodeIdByKey: placed.nodeIdByKey, paints: new Map(), colours: new Map() };
    this.linksNodes = layout.primitives.some((primitive) => primitive.kind === 'connector');
    this.encode = placedDataEncoder(layout.journeyId, layout.palette === 'dark' ? 'd' : 'l');
  }

  /** Creates every new node; on a throw removes this run's creations and stops. */
  async createAll(add: readonly Primitive[]): Promise<boolean> {
    for (const primitive of add) {
      if (Date.now() - this.lastBreath > SLICE_MS) await this.breathe();
      if (this.stopped()) return false;
      try {
        if (primitive.kind === 'frame') this.createSection(primitive);
        else this.createChild(primitive);
      } catch (error) {
        this.rollBack(primitive, error);
        return false;
      }
      this.step('create');
    }
    return true;
  }

  /** Updates or moves existing nodes; a failure is reported for that node and the rest goes on. */
  async updateAll(changes: readonly SyncChange[], phase: PlacementProgress['phase']): Promise<boolean> {
    for (const { record, primitive } of changes) {
      if (Date.now() - this.lastBreath > SLICE_MS) await this.breathe();
      if (this.stopped()) return false;
      const node = this.placed.nodes.get(record.hostId);
      try {
        if (!node) throw new Error('the node is no longer on the page');
        this.updateNode(node, primitive);
        this.report.updated++;
      } catch (error) {
        this.fail(say('figjam.couldNotUpdate', { item: describe(primitive, primitive.key), error: messageOf(error) }), primitive.key);
      }
      this.step(phase);
    }
    return true;
  }

  async removeAll(records: readonly { hostId: string; key: string }[]): Promise<boolean> {
    const removing = new Set(records.map((record) => record.hostId));
    for (const record of records) {
      if (Date.now() - this.lastBreath > SLICE_MS) await this.breathe();
      if (this.stopped()) return false;
      const node = this.placed.nodes.get(record.hostId);
      if (node?.type === 'SECTION' && node.children.some((child) => !removing.has(child.id))) {
        // Removing a section removes what it holds: never take kept or foreign nodes with it.
        this.report.kept++;
        this.report.problems.push({ ...say('figjam.keptSection'), field: record.key });
      } else if (node && !node.removed) {
        try {
          node.remove();
          this.wrote = true;
          this.report.removed++;
        } catch (error) {
          this.fail(say('figjam.couldNotRemove', { item: say('item.unnamed'), error: messageOf(error) }), record.key);
        }
      }
      this.step('remove');
    }
    return true;
  }

  /**
   * A section renamed by hand is kept, yet it must still hold the map: its size is the one thing we
   * change, or new stages would spill outside it.
   */
  fitKeptSection(frame: Primitive): void {
    const section = this.section;
    if (!section || (section.width === frame.box.w && section.height === frame.box.h)) return;
    section.resizeWithoutConstraints(frame.box.w, frame.box.h);
    this.wrote = true;
  }

  /** One undo step for the whole run, then select and show the map. */
  finish(): void {
    if (this.wrote) this.figma.commitUndo();
    this.options.onProgress?.({ phase: 'finish', done: this.done, total: this.total });
    const section = this.section;
    if (section && !section.removed) {
      this.figma.currentPage.selection = [section];
      this.figma.viewport.scrollAndZoomIntoView([section]);
    }
  }

  private createSection(frame: Primitive): void {
    const section = this.figma.createSection();
    this.created.push(section);
    this.wrote = true;
    const origin =
      this.options.origin ??
      findFreeOrigin(
        frame.box,
        this.figma.viewport.center,
        this.figma.currentPage.children.flatMap((node) => ('absoluteBoundingBox' in node && node.absoluteBoundingBox ? [node.absoluteBoundingBox] : [])),
      );
    section.x = origin.x;
    section.y = origin.y;
    writeContent(section, frame, this.context, true);
    writeGeometry(section, frame, this.context, true);
    this.writeData(section, frame, true);
    this.section = section;
    this.report.created++;
  }

  private createChild(primitive: Primitive): void {
    const section = this.section;
    if (!section) throw new Error('the map section is missing');
    const node = createFigJamNode(this.figma, primitive);
    this.created.push(node);
    this.wrote = true;
    const problem = this.writeNew(section, node, primitive);
    if (problem !== null) {
      // Bad data for one primitive (a path FigJam cannot draw): skip it, say so, keep the rest.
      this.created.pop();
      this.fail(say('figjam.skipped', { item: describe(primitive, primitive.key), why: problem }), primitive.key);
      return;
    }
    if (this.linksNodes) this.placed.nodeIdByKey.set(primitive.key, node.id);
    this.report.created++;
  }

  private updateNode(node: FigJamNode, primitive: Primitive): void {
    const section = this.section;
    if (!section) throw new Error('the map section is missing');
    this.wrote = true;
    if (node.type !== figJamNodeType(primitive.kind)) {
      // Another kind of node now (a sticky became a shape): replace it in place.
      const replacement = createFigJamNode(this.figma, primitive);
      const problem = this.writeNew(section, replacement, primitive);
      if (problem !== null) throw new Error(problem);
      node.remove();
      this.placed.nodeIdByKey.set(primitive.key, replacement.id);
      return;
    }
    if (node.type !== 'SECTION' && node.parent?.id !== section.id) section.appendChild(node);
    writeContent(node, primitive, this.context, false);
    const problem = writeGeometry(node, primitive, this.context, false);
    if (problem !== null) throw new Error(problem);
    this.writeData(node, primitive, false);
  }

  /** Puts a new node in the section and writes it whole; a primitive it cannot draw removes it again and gives the reason. */
  private writeNew(section: FigJamSection, node: FigJamNode, primitive: Primitive): string | null {
    section.appendChild(node);
    writeContent(node, primitive, this.context, true);
    const problem = writeGeometry(node, primitive, this.context, true);
    if (problem !== null) {
      node.remove();
      return problem;
    }
    this.writeData(node, primitive, true);
    return null;
  }

  private writeData(node: FigJamNode, primitive: Primitive, fresh: boolean): void {
    const data = this.encode(primitive.key, hashPrimitive(primitive), primitive.kind, primitive.style, geometryFingerprint(primitive));
    if (fresh || node.getPluginData(PLACED_DATA_KEY) !== data) node.setPluginData(PLACED_DATA_KEY, data);
    const full = primitive.fullText ?? '';
    if (fresh ? full !== '' : node.getPluginData(FULL_TEXT_KEY) !== full) node.setPluginData(FULL_TEXT_KEY, full);
  }

  private rollBack(primitive: Primitive, error: unknown): void {
    // The host may refuse the removals too (still busy, rate limited): what stays is reported, not
    // thrown, and what carries its plugin data is picked up by the next placement.
    let marked = 0;
    let bare = 0;
    for (const node of this.created.reverse()) {
      if (node.removed) continue;
      try {
        node.remove();
      } catch {
        if (node.getPluginData(PLACED_DATA_KEY) === '') bare++;
        else marked++;
      }
    }
    if (this.section?.removed) this.section = null;
    this.report.failed++;
    this.report.problems.push({ ...say('figjam.couldNotCreate', { item: describe(primitive, primitive.key), error: messageOf(error) }), field: primitive.key });
    if (marked + bare === 0) {
      this.report.problems.push(say('figjam.rolledBack', { created: this.report.created }));
    } else {
      this.report.problems.push(say('figjam.leftOver', { left: marked + bare, bare }));
    }
    this.report.created = marked;
  }

  private fail(message: Problem, key: string): void {
    this.report.failed++;
    this.report.problems.push({ ...message, field: key });
  }

  private step(phase: PlacementProgress['phase']): void {
    this.done++;
    this.options.onProgress?.({ phase, done: this.done, total: this.total });
  }

  /** Lets FigJam draw and the panel's messages (progress, Cancel) through, once per slice. */
  private async breathe(): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    this.lastBreath = Date.now();
  }

  /** `true` once cancelled: no new host call starts. */
  private stopped(): boolean {
    if (this.options.signal?.aborted !== true) return false;
    this.report.cancelled = true;
    return true;
  }
}
