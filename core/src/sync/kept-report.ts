import type { Problem } from '../model/problem.js';
import type { SyncPlan, WaitingChange } from './placed-record.js';
import type { PlacementReport } from './placement.js';
import { say } from '../words/say.js';

/**
 * The counts a placement report gives about items edited by hand beyond `kept`: how many have the
 * data's version beside them, how many changes wait because they would cover one. A count of zero
 * is left out, so a report without hand edits reads as it always did.
 *
 * @example keptCounts(plan) // { beside: 1 } after a reworded card whose sticky the user had edited
 */
export function keptCounts(plan: SyncPlan): Pick<PlacementReport, 'beside' | 'waiting'> {
  const beside = plan.keep.filter((kept) => kept.beside !== undefined).length;
  const waiting = plan.waiting.length;
  return { ...(beside > 0 ? { beside } : {}), ...(waiting > 0 ? { waiting } : {}) };
}

/**
 * The report line of a change held back because it would cover an item edited by hand, naming both
 * by their text (never by an internal key).
 *
 * @example waitingProblem(waiting).message // 'Not placed: "Prix affiché trop tard" would cover "Prix peu clair (atelier)", edited by hand. …'
 */
export function waitingProblem(waiting: WaitingChange): Problem {
  return { ...say('sync.waiting', { text: waiting.primitive.text, covers: waiting.covers.text ?? '' }), field: waiting.primitive.key };
}

/** An item's text on one line, in quotes, shortened past 60 characters, or "an item without text". */
export function quoted(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line === '') return 'an item without text';
  return `"${line.length > 60 ? `${line.slice(0, 59)}…` : line}"`;
}
