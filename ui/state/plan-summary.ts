import type { PlacedRecord, Primitive, SyncPlan } from '../../core/src/index.js';

export type PlanChange = 'add' | 'update' | 'move' | 'remove' | 'keep' | 'waiting';

/** One line of the plan's list: the item's text (empty when it shows none, never an internal id). */
export interface PlanItem {
  change: PlanChange;
  label: string;
  /** `keep`: the text of the data's version laid out beside the kept item, marked. */
  beside?: string;
  /** `waiting`: the text of the item edited by hand it would cover. */
  covers?: string;
}

/** A sync plan as the panel shows it: counts, and the items, labelled, first changes first. */
export interface PlanSummary {
  /** `beside`: kept items with the data's version beside them (counted in `keep` too). */
  counts: Record<PlanChange, number> & { unchanged: number; beside: number };
  /** Changes the confirmation applies: add + update + move + remove (what waits is not applied). */
  changes: number;
  items: PlanItem[];
  /** Items beyond `limit` left out of `items`. */
  more: number;
}

/**
 * Summarises a plan for the preview: the counts and up to `limit` labelled items, those that need
 * attention first (kept because edited, waiting, removed). An item is labelled by the text it shows:
 * a kept or removed item by what the board shows now (the data no longer has it, or has other
 * words), the others by the data's text; an item with no text gets an empty label, for the panel to
 * word, never its internal key.
 *
 * @example summarizePlan(planSync([], layout)).counts.add === layout.primitives.length
 */
export function summarizePlan(plan: SyncPlan, limit = 50): PlanSummary {
  const all: PlanItem[] = [
    ...plan.keep.map(({ record, primitive, beside }) => ({
      change: 'keep' as const,
      label: onBoard(record, primitive),
      ...(beside ? { beside: textOf(beside.text) } : {}),
    })),
    ...plan.waiting.map(({ primitive, covers }) => ({ change: 'waiting' as const, label: textOf(primitive.text), covers: onBoard(covers) })),
    ...plan.remove.map((record) => ({ change: 'remove' as const, label: onBoard(record) })),
    ...plan.update.map(({ primitive }) => ({ change: 'update' as const, label: textOf(primitive.text) })),
    ...plan.add.map((primitive) => ({ change: 'add' as const, label: textOf(primitive.text) })),
    ...plan.move.map(({ primitive }) => ({ change: 'move' as const, label: textOf(primitive.text) })),
  ];
  const counts = {
    add: plan.add.length,
    update: plan.update.length,
    move: plan.move.length,
    remove: plan.remove.length,
    keep: plan.keep.length,
    waiting: plan.waiting.length,
    unchanged: plan.unchanged,
    beside: plan.keep.filter((kept) => kept.beside !== undefined).length,
  };
  return {
    counts,
    changes: counts.add + counts.update + counts.move + counts.remove,
    items: all.slice(0, limit),
    more: Math.max(0, all.length - limit),
  };
}

/** What the board shows of a placed item, else what the data had for it. */
function onBoard(record: PlacedRecord, primitive?: Primitive): string {
  const text = textOf(record.text ?? '');
  return text !== '' ? text : textOf(primitive?.text ?? '');
}

function textOf(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
