import type { Primitive, SyncPlan } from '../../core/src/index.js';

export type PlanChange = 'add' | 'update' | 'move' | 'remove' | 'keep';

/** A sync plan as the panel shows it: counts, and the items, labelled, first changes first. */
export interface PlanSummary {
  counts: Record<PlanChange, number> & { unchanged: number };
  /** Changes the confirmation applies: add + update + move + remove. */
  changes: number;
  items: { change: PlanChange; label: string }[];
  /** Items beyond `limit` left out of `items`. */
  more: number;
}

/**
 * Summarises a plan for the preview: the five counts and up to `limit` labelled items (card text, or
 * the key when the item left the data), kept and removed first because they need attention.
 *
 * @example summarizePlan(planSync([], layout)).counts.add === layout.primitives.length
 */
export function summarizePlan(plan: SyncPlan, limit = 50): PlanSummary {
  const label = (primitive: Primitive | undefined, key: string) => {
    const text = primitive?.text.replace(/\s+/g, ' ').trim() ?? '';
    return text === '' ? key : text;
  };
  const all: PlanSummary['items'] = [
    ...plan.keep.map(({ record, primitive }) => ({ change: 'keep' as const, label: label(primitive, record.key) })),
    ...plan.remove.map((record) => ({ change: 'remove' as const, label: record.key })),
    ...plan.update.map(({ primitive }) => ({ change: 'update' as const, label: label(primitive, primitive.key) })),
    ...plan.add.map((primitive) => ({ change: 'add' as const, label: label(primitive, primitive.key) })),
    ...plan.move.map(({ primitive }) => ({ change: 'move' as const, label: label(primitive, primitive.key) })),
  ];
  const counts = {
    add: plan.add.length,
    update: plan.update.length,
    move: plan.move.length,
    remove: plan.remove.length,
    keep: plan.keep.length,
    unchanged: plan.unchanged,
  };
  return {
    counts,
    changes: counts.add + counts.update + counts.move + counts.remove,
    items: all.slice(0, limit),
    more: Math.max(0, all.length - limit),
  };
}
