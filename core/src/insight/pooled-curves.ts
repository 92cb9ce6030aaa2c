import type { Emotion, Journey } from '../model/journey.js';

/** One stage's point on a curve: its score, respondents (when known) and range. */
export interface CurvePoint {
  stageId: string;
  score: number;
  n: number | undefined;
  min: number | undefined;
  max: number | undefined;
}

/** A curve to find moments on: everyone pooled (no `personaId`), or one persona. */
export interface InsightCurve {
  personaId?: string;
  /** By stage index, `undefined` where the curve has no point. */
  points: (CurvePoint | undefined)[];
}

/**
 * The curves moments of truth are looked for on: first the whole sample, then each persona with
 * emotions, in the journey's order. The whole sample is the emotions given for everyone when the
 * journey has them, else each stage's persona scores pooled, weighted by their `n` (1 when
 * unknown). Only one basis is read: ratings when the journey has any, else the scores inferred
 * from verbatims, so the two are never averaged together.
 *
 * @example insightCurves(journey)[0]?.points[2]?.score // pooled score of the third stage
 */
export function insightCurves(journey: Journey): InsightCurve[] {
  const scored = journey.emotions.some((emotion) => emotion.basis !== 'verbatims');
  const emotions = journey.emotions.filter((emotion) => (emotion.basis === 'verbatims') !== scored);
  const stageIndex = new Map(journey.stages.map((stage, index) => [stage.id, index]));
  const everyone = new Array<Emotion | undefined>(journey.stages.length).fill(undefined);
  const byPersona = new Map<string, Emotion[][]>();
  for (const emotion of emotions) {
    const index = stageIndex.get(emotion.stageId);
    if (index === undefined) continue;
    if (emotion.personaId === undefined) {
      everyone[index] ??= emotion;
      continue;
    }
    let rows = byPersona.get(emotion.personaId);
    if (rows === undefined) {
      rows = journey.stages.map(() => []);
      byPersona.set(emotion.personaId, rows);
    }
    rows[index]?.push(emotion);
  }
  const pooled: (CurvePoint | undefined)[] = journey.stages.map((stage, index) => {
    const own = everyone[index];
    if (own !== undefined) return pointOf(stage.id, [own]);
    const parts: Emotion[] = [];
    for (const rows of byPersona.values()) parts.push(...(rows[index] ?? []));
    return parts.length === 0 ? undefined : pointOf(stage.id, parts);
  });
  const curves: InsightCurve[] = [{ points: pooled }];
  for (const persona of journey.personas) {
    const rows = byPersona.get(persona.id);
    if (rows === undefined) continue;
    curves.push({ personaId: persona.id, points: journey.stages.map((stage, index) => ((rows[index]?.length ?? 0) === 0 ? undefined : pointOf(stage.id, rows[index] ?? []))) });
  }
  return curves;
}

/** One point from one or several emotions of a stage: n-weighted mean, summed n, widest extremes. */
function pointOf(stageId: string, emotions: readonly Emotion[]): CurvePoint {
  let weight = 0;
  let sum = 0;
  let n: number | undefined = 0;
  let min: number | undefined;
  let max: number | undefined;
  for (const emotion of emotions) {
    const w = emotion.n ?? 1;
    weight += w;
    sum += w * emotion.score;
    n = emotion.n === undefined || n === undefined ? undefined : n + emotion.n;
    const low = emotion.min ?? emotion.score;
    const high = emotion.max ?? emotion.score;
    min = min === undefined ? low : Math.min(min, low);
    max = max === undefined ? high : Math.max(max, high);
  }
  const single = emotions.length === 1 ? emotions[0] : undefined;
  return {
    stageId,
    score: weight === 0 ? 0 : sum / weight,
    n,
    // A single emotion without a range has none: a range needs the data to say it.
    min: single !== undefined && single.min === undefined ? undefined : min,
    max: single !== undefined && single.max === undefined ? undefined : max,
  };
}
