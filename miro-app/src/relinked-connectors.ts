import type { Primitive } from '../../core/src/index.js';
import type { MiroSyncPlan } from './plan-miro-sync.js';
import type { PlacedItem } from './read-placed-on-miro.js';

/** Connectors whose content is unchanged but whose ends are now other items, with their primitives. */
export function relinkedConnectors(
  sync: MiroSyncPlan,
  hostIdByKey: ReadonlyMap<string, string>,
  byHostId: ReadonlyMap<string, PlacedItem>,
  changedIds: ReadonlySet<string>,
  keptIds: ReadonlySet<string>,
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
