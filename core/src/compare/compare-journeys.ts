import { roundScore } from '../import/emotion/round-score.js';
import { normalizeKey } from '../import/names/normalize-key.js';
import type { Emotion, Journey, Stage } from '../model/journey.js';
import {
  COMPARE_ALPHA,
  COMPARE_MIN_N,
  type CompareOptions,
  type JourneyComparison,
  type PersonaDelta,
  type StageDelta,
  type StageTest,
  type WaveScore,
} from './journey-comparison.js';
import { laneChanges } from './lane-changes.js';
import { matchStages } from './match-stages.js';
import { poolEmotions, type PooledEmotion } from './pool-emotions.js';
import { welchTest } from './welch-test.js';

/**
 * Compares two waves of the same study (or an as-is map with a to-be map): stages paired by name
 * (accents, case and spaces ignored), by the user's `pairs`, or as a renamed stage whose position
 * and cards agree (`matchStages`); per stage the emotion of everyone (the stage's overall emotion,
 * else its personas pooled, n-weighted) and of each persona (paired by name) before and after, with
 * respondents and the change; `significant` when Welch's t on the two waves' pooled mean, standard
 * deviation and count gives a two-sided p below 0.05 with at least `COMPARE_MIN_N` respondents on each
 * side (never for maps without counts or spreads); pain points added, resolved and persisting, and
 * touchpoints added and gone, with their counts on each side.
 *
 * @example compareJourneys(wave1, wave2).stages[0] // { stage: 'Book', before: { score: -0.8, n: 30 }, after: { score: 0.4, n: 28 }, delta: 1.2, significant: true, … }
 */
export function compareJourneys(before: Journey, after: Journey, options: CompareOptions = {}): JourneyComparison {
  const rows = matchStages(before, after, options.pairs);
  const stages = rows.map((row): StageDelta => {
    const earlier = row.before !== undefined ? stageEmotion(before, row.before) : undefined;
    const later = row.after !== undefined ? stageEmotion(after, row.after) : undefined;
    // Keys in reading order, as `parcours compare -o out.json` writes them.
    const delta: Partial<StageDelta> & { stage: string } = { stage: row.after?.name ?? row.before?.name ?? '' };
    if (row.before && row.after && row.before.name !== row.after.name) delta.renamedFrom = row.before.name;
    if (earlier) delta.before = waveScore(earlier);
    if (later) delta.after = waveScore(later);
    if (delta.before && delta.after) delta.delta = roundScore(delta.after.score - delta.before.score);
    const test = earlier && later ? stageTest(earlier, later) : undefined;
    delta.significant = test !== undefined && test.p < COMPARE_ALPHA;
    if (test) delta.test = test;
    const personas = personaDeltas(before, after, row.before, row.after);
    return { ...delta, significant: delta.significant === true, personas };
  });
  const pains = laneChanges(before, after, rows, 'painPoints');
  const touchpoints = laneChanges(before, after, rows, 'touchpoints');
  return {
    stages,
    pains: { added: pains.added, resolved: pains.gone, persisting: pains.persisting },
    touchpoints: { added: touchpoints.added, gone: touchpoints.gone },
  };
}

/** Everyone's emotion at a stage: the emotions given for no persona, else all its personas pooled. */
function stageEmotion(journey: Journey, stage: Stage): PooledEmotion | undefined {
  const emotions = journey.emotions.filter((emotion) => emotion.stageId === stage.id);
  const overall = emotions.filter((emotion) => emotion.personaId === undefined);
  return poolEmotions(overall.length > 0 ? overall : emotions);
}

function waveScore(pooled: PooledEmotion): WaveScore {
  return { score: roundScore(pooled.mean), n: pooled.n };
}

/** Welch's t when both sides have enough respondents and a known spread; rounded as a reader would quote it (p to 3 significant digits). */
function stageTest(earlier: PooledEmotion, later: PooledEmotion): StageTest | undefined {
  if (earlier.n < COMPARE_MIN_N || later.n < COMPARE_MIN_N || earlier.sd === undefined || later.sd === undefined) return undefined;
  const result = welchTest({ mean: earlier.mean, sd: earlier.sd, n: earlier.n }, { mean: later.mean, sd: later.sd, n: later.n });
  if (!result) return undefined;
  return { name: 'welch-t', t: roundScore(result.t), df: Math.round(result.df * 10) / 10, p: Number(result.p.toPrecision(3)) };
}

/** Each persona with an emotion at this stage in either wave, paired by name; the later wave's order first. */
function personaDeltas(before: Journey, after: Journey, earlier: Stage | undefined, later: Stage | undefined): PersonaDelta[] {
  const scores = (journey: Journey, stage: Stage | undefined) => {
    const byKey = new Map<string, { name: string; emotions: Emotion[] }>();
    if (!stage) return byKey;
    for (const persona of journey.personas) {
      const emotions = journey.emotions.filter((emotion) => emotion.stageId === stage.id && emotion.personaId === persona.id);
      if (emotions.length > 0 && !byKey.has(normalizeKey(persona.name))) byKey.set(normalizeKey(persona.name), { name: persona.name, emotions });
    }
    return byKey;
  };
  const was = scores(before, earlier);
  const now = scores(after, later);
  const keys = [...now.keys(), ...[...was.keys()].filter((key) => !now.has(key))];
  return keys.map((key) => {
    const then = was.get(key);
    const current = now.get(key);
    const one: PersonaDelta = { persona: current?.name ?? then?.name ?? '' };
    const thenPooled = then ? poolEmotions(then.emotions) : undefined;
    const currentPooled = current ? poolEmotions(current.emotions) : undefined;
    if (thenPooled) one.before = waveScore(thenPooled);
    if (currentPooled) one.after = waveScore(currentPooled);
    if (one.before && one.after) one.delta = roundScore(one.after.score - one.before.score);
    return one;
  });
}
