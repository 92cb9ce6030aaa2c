import { normalizeKey } from '../import/names/normalize-key.js';
import type { Journey, LaneKind } from '../model/journey.js';
import type { PainChange } from './journey-comparison.js';
import type { StagePair } from './match-stages.js';

/** The texts of one lane kind that only the later wave has, only the earlier one has, and both have. */
export interface LaneChanges {
  added: PainChange[];
  gone: PainChange[];
  persisting: PainChange[];
}

/**
 * Compares the cards of one lane kind (pain points, touchpoints) stage by stage, texts de-duplicated
 * as import does (`normalizeKey`: case, accents, spaces and a final full stop ignored), each with
 * how many respondents said it on each side (`count`, 1 for a card without one; 0 where absent).
 * Each list follows the comparison's stage order, most said first within a stage.
 *
 * @example laneChanges(before, after, rows, 'painPoints').gone // [{ stage: 'Book', text: 'Railcard is not applied', before: 4, after: 0 }]
 */
export function laneChanges(before: Journey, after: Journey, rows: readonly StagePair[], kind: LaneKind): LaneChanges {
  const earlier = tally(before, rows, 'before', kind);
  const later = tally(after, rows, 'after', kind);
  const changes: LaneChanges = { added: [], gone: [], persisting: [] };
  rows.forEach((row, index) => {
    const stage = row.after?.name ?? row.before?.name ?? '';
    const was = earlier.get(index) ?? new Map<string, Tally>();
    const now = later.get(index) ?? new Map<string, Tally>();
    const added: PainChange[] = [];
    const gone: PainChange[] = [];
    const persisting: PainChange[] = [];
    for (const [key, then] of was) {
      const current = now.get(key);
      if (current) persisting.push({ stage, text: current.text, before: then.count, after: current.count });
      else gone.push({ stage, text: then.text, before: then.count, after: 0 });
    }
    for (const [key, current] of now) if (!was.has(key)) added.push({ stage, text: current.text, before: 0, after: current.count });
    changes.added.push(...added.sort((a, b) => b.after - a.after));
    changes.gone.push(...gone.sort((a, b) => b.before - a.before));
    changes.persisting.push(...persisting.sort((a, b) => b.after - a.after || b.before - a.before));
  });
  return changes;
}

interface Tally {
  text: string;
  count: number;
}

/** Row index → text key → the first text as written and the respondents who said it. */
function tally(journey: Journey, rows: readonly StagePair[], side: 'before' | 'after', kind: LaneKind): Map<number, Map<string, Tally>> {
  const rowOf = new Map<string, number>();
  rows.forEach((row, index) => {
    const stage = row[side];
    if (stage) rowOf.set(stage.id, index);
  });
  const lanes = new Set(journey.lanes.filter((lane) => lane.kind === kind).map((lane) => lane.id));
  const byRow = new Map<number, Map<string, Tally>>();
  for (const card of journey.cards) {
    const index = rowOf.get(card.stageId);
    if (index === undefined || !lanes.has(card.laneId)) continue;
    let texts = byRow.get(index);
    if (!texts) {
      texts = new Map();
      byRow.set(index, texts);
    }
    const key = normalizeKey(card.text);
    const one = texts.get(key);
    if (one) one.count += card.count ?? 1;
    else texts.set(key, { text: card.text, count: card.count ?? 1 });
  }
  return byRow;
}
