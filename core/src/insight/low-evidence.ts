import type { Journey } from '../model/journey.js';
import type { LowEvidence } from './journey-insights.js';
import type { InsightCurve } from './pooled-curves.js';

/**
 * Every stage, then every stage × persona, resting on fewer than `minEvidence` respondents. A
 * stage's respondents are its pooled emotion's `n`; for a stage without one, the distinct sources
 * of its cards. A persona's are its emotion's `n` at that stage (0 where it has none). A journey
 * that counts no respondent anywhere (a template, a Mermaid diagram) has nothing to flag: thin
 * evidence needs evidence to be counted.
 *
 * @example lowEvidence(journey, curves, 5) // [{ stageId: 'stage-3', n: 2 }, { stageId: 'stage-3', personaId: 'p-1', n: 0 }]
 */
export function lowEvidence(journey: Journey, curves: readonly InsightCurve[], minEvidence: number): LowEvidence[] {
  const counted = journey.emotions.some((emotion) => emotion.n !== undefined) || journey.cards.some((card) => card.sources.length > 0);
  if (!counted) return [];
  const sourcesByStage = new Map<string, Set<string>>();
  for (const card of journey.cards) {
    if (card.sources.length === 0) continue;
    let set = sourcesByStage.get(card.stageId);
    if (set === undefined) {
      set = new Set();
      sourcesByStage.set(card.stageId, set);
    }
    for (const source of card.sources) set.add(source);
  }
  const pooled = curves.find((curve) => curve.personaId === undefined);
  const out: LowEvidence[] = [];
  journey.stages.forEach((stage, index) => {
    const n = pooled?.points[index]?.n ?? sourcesByStage.get(stage.id)?.size ?? 0;
    if (n < minEvidence) out.push({ stageId: stage.id, n });
  });
  for (const curve of curves) {
    if (curve.personaId === undefined) continue;
    if (!curve.points.some((point) => point?.n !== undefined)) continue;
    journey.stages.forEach((stage, index) => {
      const n = curve.points[index]?.n ?? 0;
      if (n < minEvidence) out.push({ stageId: stage.id, personaId: curve.personaId ?? '', n });
    });
  }
  return out;
}
