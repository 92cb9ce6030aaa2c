import { hostErrorSaid, SaidError, say, type PlacedRecord, type PlacementProgress, type Primitive, type SyncChange } from '../../core/src/index.js';
import type { FigJamNode } from './figjam-api.js';
import { rollBack, writeData, writeNew } from './figjam-item-writes.js';
import { figJamNodeType } from './figjam-node-kind.js';
import { describe } from './figjam-report-text.js';
import { breathe, cancelled, fail, mustBreathe, step, type FigJamRun } from './figjam-run.js';
import { createFigJamNode, writeContent, writeGeometry } from './write-figjam-node.js';

/**
 * The items of a placement, after its frame (as `writeMiroItems` on Miro): creates, then updates,
 * moves and removes, one host call after another, breathing once per slice. A create that throws
 * removes what this run created and stops; an update, move or remove that throws is reported by item
 * and the rest goes on. A cancel stops between two host calls and keeps what is done.
 *
 * @example if (writeFigJamFrame(run)) await writeFigJamItems(run)
 */
export async function writeFigJamItems(run: FigJamRun): Promise<void> {
  const { plan } = run.sync;
  (await createItems(run, plan.add)) && (await updateItems(run, plan.update, 'update')) && (await updateItems(run, plan.move, 'update')) && (await removeItems(run, plan.remove));
}

/** Creates every new node but the section (`writeFigJamFrame`); on a throw removes this run's creations and stops. */
async function createItems(run: FigJamRun, add: readonly Primitive[]): Promise<boolean> {
  for (const primitive of add) {
    if (primitive === run.frame) continue;
    if (mustBreathe(run)) await breathe(run);
    if (cancelled(run)) return false;
    try {
      createItem(run, primitive);
    } catch (error) {
      rollBack(run, primitive, error);
      return false;
    }
    step(run, 'create');
  }
  return true;
}

/** Updates or moves existing nodes; a failure is reported for that node and the rest goes on. */
async function updateItems(run: FigJamRun, changes: readonly SyncChange[], phase: PlacementProgress['phase']): Promise<boolean> {
  for (const { record, primitive } of changes) {
    if (mustBreathe(run)) await breathe(run);
    if (cancelled(run)) return false;
    const node = run.sync.placed.nodes.get(record.hostId);
    try {
      if (!node) throw new SaidError(say('host.nodeGone'));
      updateItem(run, node, primitive);
      run.result.updated++;
    } catch (error) {
      fail(run, say('figjam.couldNotUpdate', { item: describe(primitive, primitive.key), error: hostErrorSaid(error) }), primitive.key);
    }
    step(run, phase);
  }
  return true;
}

async function removeItems(run: FigJamRun, records: readonly PlacedRecord[]): Promise<boolean> {
  const removing = new Set(records.map((record) => record.hostId));
  for (const record of records) {
    if (mustBreathe(run)) await breathe(run);
    if (cancelled(run)) return false;
    removeItem(run, record, removing);
    step(run, 'remove');
  }
  return true;
}

function createItem(run: FigJamRun, primitive: Primitive): void {
  const section = run.placedFrame;
  if (!section) throw new SaidError(say('host.sectionMissing'));
  const node = createFigJamNode(run.figma, primitive);
  run.created.push(node);
  run.wrote = true;
  const problem = writeNew(run, section, node, primitive);
  if (problem !== null) {
    // Bad data for one primitive (a path FigJam cannot draw): skip it, say so, keep the rest.
    run.created.pop();
    fail(run, say('figjam.skipped', { item: describe(primitive, primitive.key), why: problem }), primitive.key);
    return;
  }
  if (run.linksNodes) run.sync.placed.nodeIdByKey.set(primitive.key, node.id);
  run.result.created++;
}

function updateItem(run: FigJamRun, node: FigJamNode, primitive: Primitive): void {
  const section = run.placedFrame;
  if (!section) throw new SaidError(say('host.sectionMissing'));
  run.wrote = true;
  if (node.type !== figJamNodeType(primitive.kind)) {
    // Another kind of node now (a sticky became a shape): replace it in place.
    const replacement = createFigJamNode(run.figma, primitive);
    const problem = writeNew(run, section, replacement, primitive);
    if (problem !== null) throw new SaidError(problem);
    node.remove();
    run.sync.placed.nodeIdByKey.set(primitive.key, replacement.id);
    return;
  }
  if (node.type !== 'SECTION' && node.parent?.id !== section.id) section.appendChild(node);
  writeContent(node, primitive, run.context, false);
  const problem = writeGeometry(node, primitive, run.context, false);
  if (problem !== null) throw new SaidError(problem);
  writeData(run, node, primitive, false);
}

/** Removes one node; a section still holding kept or foreign nodes is kept, since removing it would take them along. */
function removeItem(run: FigJamRun, record: PlacedRecord, removing: ReadonlySet<string>): void {
  const node = run.sync.placed.nodes.get(record.hostId);
  if (node?.type === 'SECTION' && node.children.some((child) => !removing.has(child.id))) {
    run.result.kept++;
    run.result.problems.push({ ...say('figjam.keptSection'), field: record.key });
  } else if (node && !node.removed) {
    try {
      node.remove();
      run.wrote = true;
      run.result.removed++;
    } catch (error) {
      fail(run, say('figjam.couldNotRemove', { item: say('item.unnamed'), error: hostErrorSaid(error) }), record.key);
    }
  }
}
