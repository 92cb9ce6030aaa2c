import { formatDelta, formatScore, type JourneyComparison } from '../../core/src/index.js';

/** One stage of the plan's "since the previous wave": scores as read, the change, and whether it is beyond noise. */
export interface StageDeltaLine {
  stage: string;
  /** The previous wave's name of a renamed stage. */
  renamedFrom?: string;
  /** "−0,8" / "−0.8", or absent when that wave has no score there. */
  before?: string;
  after?: string;
  /** "+1,2 ▲", absent unless both waves have a score. */
  delta?: string;
  significant: boolean;
}

/** What the plan says of the previous wave before anything is placed. */
export interface PreviousWaveDeltas {
  stages: StageDeltaLine[];
  /** Pain points no one named before, and those no one names any more (de-duplicated as on import). */
  newPains: number;
  resolvedPains: number;
}

/**
 * The comparison as the plan words it, numbers in the panel's language (a decimal comma in French),
 * stages in the new wave's order, then those of the previous wave only.
 *
 * @example previousWaveDeltas(compareJourneys(wave1, wave2), 'fr').stages[0] // { stage: 'Discover', before: '−0,3', after: '+0,4', delta: '+0,7 ▲', significant: true }
 */
export function previousWaveDeltas(comparison: JourneyComparison, locale: 'fr' | 'en'): PreviousWaveDeltas {
  const stages = comparison.stages.map((stage): StageDeltaLine => {
    const line: StageDeltaLine = { stage: stage.stage, significant: stage.significant };
    if (stage.renamedFrom !== undefined) line.renamedFrom = stage.renamedFrom;
    if (stage.before) line.before = formatScore(stage.before.score, locale);
    if (stage.after) line.after = formatScore(stage.after.score, locale);
    if (stage.delta !== undefined) line.delta = formatDelta(stage.delta, locale);
    return line;
  });
  return { stages, newPains: comparison.pains.added.length, resolvedPains: comparison.pains.resolved.length };
}
