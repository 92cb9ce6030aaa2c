import type { Primitive } from '../layout/primitive.js';
import { hashPrimitive } from './hash-content.js';
import type { PlacedRecord, SyncPlan } from './placed-record.js';

/**
 * A stage renamed between two imports (same position, mostly the same cards) is an update, not a
 * remove and an add: ids follow names, so every key of the stage changed, yet the board's items
 * can stay and take their new keys. Pairs, in `plan.remove` and `plan.add`, the old stage header
 * with the new one in the same column, then each item of that column with a new item of the
 * renamed stage that shows the same content (same `hashPrimitive`); when at least half of the old
 * column's items find their new self, the pairs move to `plan.update` (the adapters write the new
 * key and hash there). Mutates `plan`; linear in the items of the columns concerned.
 *
 * @example pairRenamedStages(plan) // plan.update gains { record: <stage:old>, primitive: <stage:new> }
 */
export function pairRenamedStages(plan: SyncPlan): void {
  const oldHeaders = plan.remove.filter((record) => record.key.startsWith('stage:'));
  const newHeaders = plan.add.filter((primitive) => primitive.key.startsWith('stage:'));
  if (oldHeaders.length === 0 || newHeaders.length === 0) return;
  const paired = new Set<PlacedRecord>();
  const taken = new Set<Primitive>();
  for (const old of oldHeaders) {
    const header = newHeaders.find((candidate) => !taken.has(candidate) && sameColumn(old.box, candidate.box));
    const stageId = header?.ref?.stageId;
    if (header === undefined || stageId === undefined) continue;
    const inColumn = (box: PlacedRecord['box']) => centre(box) >= old.box.x && centre(box) <= old.box.x + old.box.w;
    const before = plan.remove.filter((record) => record !== old && !paired.has(record) && inColumn(record.box));
    const byHash = new Map<string, Primitive[]>();
    for (const primitive of plan.add) {
      if (primitive === header || taken.has(primitive) || primitive.ref?.stageId !== stageId) continue;
      const hash = hashPrimitive(primitive);
      byHash.set(hash, [...(byHash.get(hash) ?? []), primitive]);
    }
    const pairs: [PlacedRecord, Primitive][] = [];
    for (const record of before) {
      const match = byHash.get(record.hash)?.shift();
      if (match !== undefined) pairs.push([record, match]);
    }
    if (pairs.length * 2 < before.length) continue;
    for (const [record, primitive] of [[old, header] as [PlacedRecord, Primitive], ...pairs]) {
      paired.add(record);
      taken.add(primitive);
      plan.update.push({ record, primitive });
    }
  }
  if (paired.size === 0) return;
  plan.remove = plan.remove.filter((record) => !paired.has(record));
  plan.add = plan.add.filter((primitive) => !taken.has(primitive));
}

function centre(box: PlacedRecord['box']): number {
  return box.x + box.w / 2;
}

/** Two stage headers in the same column: each one's centre lies within the other. */
function sameColumn(a: PlacedRecord['box'], b: Primitive['box']): boolean {
  return centre(a) >= b.x && centre(a) <= b.x + b.w && centre(b) >= a.x && centre(b) <= a.x + a.w;
}
