import type { Primitive, SyncChange } from '../../core/src/index.js';
import type { MiroItem } from './miro-board-api.js';
import { miroCreateCall } from './miro-create-call.js';
import { label } from './miro-report-text.js';
import { ends, fail, inFrame, inFramePoint, onBoard, step, type MiroRun } from './miro-run.js';
import { METADATA_KEY } from './placed-metadata.js';
import { readItemBack } from './read-item-back.js';
import type { PlacedItem } from './read-placed-on-miro.js';
import { relinkedConnectors } from './relinked-connectors.js';
import { runMiroOps, type MiroOp, type Outcome } from './run-miro-ops.js';
import { assignMiroProps, ITEM_TYPE_OF } from './write-miro-item.js';

const GEOMETRY = ['x', 'y', 'width', 'height'] as const;

/**
 * The items of a placement, after its frame (as `writeFigJamItems` on FigJam): removes, updates,
 * moves and creates with several pipelines at once (create → metadata → `frame.add`), then the
 * connectors, since both their ends must exist. Items kept because they were edited are never
 * written; our items left outside the frame by an interrupted placement join it. A cancel or a
 * permanent error starts nothing new; calls already started finish.
 *
 * @example if (await writeMiroFrame(run)) await writeMiroItems(run)
 */
export async function writeMiroItems(run: MiroRun): Promise<void> {
  const { sync, byHostId, result } = run;
  const { plan, placed } = sync;
  const isFrame = (primitive: Primitive) => primitive.key === run.frame.key;
  const isConnector = (primitive: Primitive) => primitive.kind === 'connector';
  const isConnectorItem = (hostId: string) => byHostId.get(hostId)?.item.type === 'connector';
  const changes = (list: SyncChange[], content: boolean) => list.filter((change) => !isFrame(change.primitive)).map((change) => ({ change, content }));
  const changed = [...changes(plan.update, true), ...changes(plan.move, false)];
  const changedIds = new Set(changed.map(({ change }) => change.record.hostId));
  const keptIds = new Set(plan.keep.map((entry) => entry.record.hostId));

  const first: MiroOp[] = [
    // Connectors go first: removing an item under a connector would leave it dangling.
    ...[...plan.remove]
      .sort((a, b) => Number(isConnectorItem(b.hostId)) - Number(isConnectorItem(a.hostId)))
      .map((record) => ({ phase: 'remove' as const, label: `remove ${record.key}`, run: () => removeItem(run, byHostId.get(record.hostId)!) })),
    ...changed
      .filter(({ change }) => !isConnector(change.primitive))
      .map(({ change, content }) => ({
        phase: 'update' as const,
        primitive: change.primitive,
        label: `update "${label(change.primitive)}"`,
        run: () => updateItem(run, change, content),
      })),
    // Our items left outside the frame by an interrupted placement join it.
    ...placed.placed
      .filter(
        (entry) =>
          entry.item.type !== 'frame' &&
          entry.item.type !== 'connector' &&
          !inFrame(run, entry.item) &&
          !run.removing.has(entry.item.id) &&
          !changedIds.has(entry.item.id) &&
          !keptIds.has(entry.item.id),
      )
      .map((entry) => ({
        phase: 'update' as const,
        label: `frame.add ${entry.data.k}`,
        run: async (): Promise<Outcome> => {
          await addToFrame(run, entry.item);
          return 'none';
        },
      })),
    ...plan.add
      .filter((primitive) => !isFrame(primitive) && !isConnector(primitive))
      .map((primitive) => ({ phase: 'create' as const, primitive, label: `create "${label(primitive)}"`, run: () => createItem(run, primitive) })),
  ];
  // Built once the first ops ran: connectors need the host ids of items created there.
  const second = (): MiroOp[] => [
    ...changed
      .filter(({ change }) => isConnector(change.primitive))
      .map(({ change, content }) => ({
        phase: 'update' as const,
        primitive: change.primitive,
        label: `update ${change.primitive.key}`,
        run: () => updateItem(run, change, content),
      })),
    ...relinkedConnectors(sync, run.hostIdByKey, byHostId, changedIds, keptIds).map(({ entry, primitive }) => ({
      phase: 'update' as const,
      label: `reconnect ${entry.data.k}`,
      run: () => reconnect(run, entry, primitive),
    })),
    ...plan.add
      .filter(isConnector)
      .map((primitive) => ({ phase: 'create' as const, primitive, label: `create ${primitive.key}`, run: () => createItem(run, primitive) })),
  ];

  const connectorOps = plan.add.filter(isConnector).length + changed.filter(({ change }) => isConnector(change.primitive)).length;
  run.total = first.length + connectorOps + (run.createdFrame ? 1 : 0);
  run.done = run.createdFrame ? 1 : 0;
  const runOps = (ops: MiroOp[]) =>
    runMiroOps(ops, run.options.concurrency, run.options.signal, {
      stopped: () => result.stopped !== undefined,
      done: (_op, outcome) => {
        if (outcome !== 'none') result[outcome]++;
      },
      failed: (op, error) => fail(run, error, op.label, op.primitive),
      cancelled: () => {
        result.cancelled = true;
      },
      step: (op) => step(run, op.phase),
    });
  await runOps(first);
  if (result.stopped === undefined && !result.cancelled) {
    const ops = second();
    run.total += ops.length - connectorOps;
    await runOps(ops);
  }
}

async function createItem(run: MiroRun, primitive: Primitive): Promise<Outcome> {
  const item = await run.items.create(primitive, miroCreateCall(primitive, onBoard(run, inFramePoint(run, primitive)), run.options.style, ends(run, primitive)));
  if (item.type !== 'connector') await addToFrame(run, item);
  return 'created';
}

async function updateItem(run: MiroRun, change: SyncChange, contentChanged: boolean): Promise<Outcome> {
  const { item } = run.byHostId.get(change.record.hostId)!;
  const { primitive } = change;
  const loose = item.type !== 'connector' && !inFrame(run, item);
  const center = loose ? onBoard(run, inFramePoint(run, primitive)) : inFramePoint(run, primitive);
  const call = miroCreateCall(primitive, center, run.options.style, ends(run, primitive));
  if (ITEM_TYPE_OF[call.method] !== item.type) {
    // The primitive changed kind (say a sticky became a card): replace the item.
    await run.items.remove(item);
    await createItem(run, primitive);
    return 'updated';
  }
  assignMiroProps(item, call.props, contentChanged ? undefined : GEOMETRY);
  await run.write(`${item.type}.sync`, () => item.sync());
  if (contentChanged) await run.write(`${item.type}.setMetadata`, () => item.setMetadata(METADATA_KEY, run.data(primitive)));
  if (loose) await addToFrame(run, item);
  return 'updated';
}

async function removeItem(run: MiroRun, entry: PlacedItem): Promise<Outcome> {
  // Already gone (removed by a collaborator meanwhile): the board is as planned.
  await run.items.remove(entry.item);
  return 'removed';
}

/** A connector whose content is unchanged but whose ends are now other items: only its ends are written. */
async function reconnect(run: MiroRun, entry: PlacedItem, primitive: Primitive): Promise<Outcome> {
  const props = miroCreateCall(primitive, { x: 0, y: 0 }, run.options.style, ends(run, primitive)).props;
  assignMiroProps(entry.item, props, ['start', 'end']);
  await run.write('connector.sync', () => entry.item.sync());
  return 'updated';
}

/** Makes an item the frame's child; after a failure that may have come after it, the board is read before adding again. */
function addToFrame(run: MiroRun, item: MiroItem): Promise<unknown> {
  const frame = run.placedFrame!;
  return run.write('frame.add', () => frame.add(item), {
    recover: async () => {
      const held = await readItemBack(run.board, item);
      return held?.parentId === frame.id ? held : undefined;
    },
  });
}
