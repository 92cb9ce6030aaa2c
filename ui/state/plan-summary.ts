import { hashPrimitive, type PlacedRecord, type Primitive, type SyncPlan } from '../../core/src/index.js';

export type PlanChange = 'add' | 'update' | 'move' | 'remove' | 'keep' | 'waiting';

/** What a group of the plan is about, in the user's words (`panelStrings().planGroup` names it). */
export type PlanCategory = 'stage' | 'action' | 'touchpoint' | 'pain' | 'question' | 'thought' | 'opportunity' | 'emotion' | 'lane' | 'item';

/**
 * One line of the plan as people read it: "12 pain points to update", "74 items to move to make
 * room", "stage renamed: “Sign up” → “Open an account”", with the texts behind it on demand.
 * `follow`: items whose content did not change, re-keyed because their stage was renamed.
 */
export interface PlanGroup {
  change: 'add' | 'update' | 'move' | 'remove' | 'rename' | 'follow';
  category: PlanCategory;
  count: number;
  /** The texts of the items (at most `limit`); for `rename`, the old name then the new one. */
  labels: string[];
}

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
  /** The changes grouped by what they are about, renamed stages first: what the plan shows. */
  groups: PlanGroup[];
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
    groups: groupPlan(plan, limit),
  };
}

/** Style tokens by what they are about. */
const CATEGORY_OF_STYLE: Readonly<Record<string, PlanCategory>> = {
  stage: 'stage',
  phase: 'stage',
  action: 'action',
  touchpoint: 'touchpoint',
  pain: 'pain',
  question: 'question',
  thought: 'thought',
  opportunity: 'opportunity',
  positive: 'emotion',
  neutral: 'emotion',
  negative: 'emotion',
  zeroLine: 'emotion',
  laneTitle: 'lane',
  grid: 'lane',
};

/** What a primitive is about; a record the data no longer has, by its key's kind. */
function categoryOf(item: Primitive | PlacedRecord): PlanCategory {
  if ('style' in item) return CATEGORY_OF_STYLE[item.style] ?? (item.style.startsWith('persona') ? 'emotion' : 'item');
  if (item.key.startsWith('stage:') || item.key.startsWith('phase:')) return 'stage';
  if (item.key.startsWith('emotion:')) return 'emotion';
  if (item.key.startsWith('lane:') || item.key.startsWith('laneTitle:')) return 'lane';
  return 'item';
}

/**
 * The plan by groups: each renamed stage on its own line, the items that only follow it, then
 * adds, updates and removes per category, and every move in one line ("to make room").
 */
function groupPlan(plan: SyncPlan, limit: number): PlanGroup[] {
  const groups = new Map<string, PlanGroup>();
  const push = (change: PlanGroup['change'], category: PlanCategory, label: string) => {
    const id = `${change}:${category}`;
    const group = groups.get(id) ?? { change, category, count: 0, labels: [] };
    group.count++;
    if (group.labels.length < limit && label !== '') group.labels.push(label);
    groups.set(id, group);
  };
  const renames: PlanGroup[] = [];
  for (const { record, primitive } of plan.update) {
    if (record.key !== primitive.key && record.key.startsWith('stage:')) renames.push({ change: 'rename', category: 'stage', count: 1, labels: [onBoard(record), textOf(primitive.text)] });
    else if (record.key !== primitive.key && record.hash === hashPrimitive(primitive)) push('follow', 'item', textOf(primitive.text));
    else push('update', categoryOf(primitive), textOf(primitive.text));
  }
  for (const primitive of plan.add) push('add', categoryOf(primitive), textOf(primitive.text));
  for (const record of plan.remove) push('remove', categoryOf(record), onBoard(record));
  for (const { primitive } of plan.move) push('move', 'item', textOf(primitive.text));
  const order: PlanGroup['change'][] = ['follow', 'add', 'update', 'remove', 'move'];
  return [...renames, ...[...groups.values()].sort((a, b) => order.indexOf(a.change) - order.indexOf(b.change))];
}

/** What the board shows of a placed item, else what the data had for it. */
function onBoard(record: PlacedRecord, primitive?: Primitive): string {
  const text = textOf(record.text ?? '');
  return text !== '' ? text : textOf(primitive?.text ?? '');
}

function textOf(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
