import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../../core/src/insight/analyze-journey.js';
import type { Journey } from '../../core/src/model/journey.js';
import { importerFor } from '../import/imported.js';
import { journeyWith } from '../layout/journey-builder.js';
import { syntheticStudy, type SyntheticRow } from './synthetic-interviews.js';

const imported = importerFor('etude.csv');

const STUDY = syntheticStudy({
  seed: 7,
  participants: 60,
  personas: ['Pro', 'Perso', 'Senior'],
  stages: ['Découverte', 'Comparaison', 'Souscription', 'Paiement', 'Suivi'],
  moods: [4.2, 3.4, 1.6, 3.1, 2.6],
  lastStageVisitors: 4,
});

/** Canonical score of a 1–5 rating: 1 → −2 … 5 → +2. */
const canonical = (score: number) => score - 3;

interface Truth {
  mean: number;
  n: number;
  min: number;
  max: number;
}

/** Per stage, the truth of the rows `keep` selects, straight from the rows. */
function truthByStage(rows: readonly SyntheticRow[], stages: readonly string[], keep: (row: SyntheticRow) => boolean): (Truth | undefined)[] {
  return stages.map((stage) => {
    const scores = rows.filter((row) => row.stage === stage && keep(row)).map((row) => canonical(row.score));
    if (scores.length === 0) return undefined;
    return { mean: scores.reduce((a, b) => a + b, 0) / scores.length, n: scores.length, min: Math.min(...scores), max: Math.max(...scores) };
  });
}

/** The moments a curve of true values has: lowest, largest drop, widest range (indexes into `stages`). */
function trueMoments(curve: readonly (Truth | undefined)[]) {
  const scored = curve.map((truth, index) => ({ truth, index })).filter((entry): entry is { truth: Truth; index: number } => entry.truth !== undefined);
  const lowest = scored.reduce((best, entry) => (entry.truth.mean < best.truth.mean ? entry : best));
  let drop = { value: 0, index: -1 };
  for (let i = 1; i < scored.length; i++) {
    const fall = (scored[i - 1]?.truth.mean ?? 0) - (scored[i]?.truth.mean ?? 0);
    if (fall > drop.value) drop = { value: fall, index: scored[i]?.index ?? -1 };
  }
  const widest = scored.reduce((best, entry) => (entry.truth.max - entry.truth.min > best.truth.max - best.truth.min ? entry : best));
  return { lowest: lowest.index, drop, widest: widest.index, range: widest.truth.max - widest.truth.min };
}

const stageIdOf = (journey: Journey, name: string) => journey.stages.find((stage) => stage.name === name)?.id;
const personaIdOf = (journey: Journey, name: string) => journey.personas.find((persona) => persona.name === name)?.id;

describe('analyzeJourney on a synthetic interview study', () => {
  const { journey } = imported(STUDY.csv, { scale: '1-5' });
  const insights = analyzeJourney(journey);
  const moment = (kind: string, personaId?: string) => insights.momentsOfTruth.find((found) => found.kind === kind && found.personaId === personaId);

  it('finds the lowest stage, the largest drop and the widest range of the whole sample', () => {
    const truth = trueMoments(truthByStage(STUDY.rows, STUDY.stages, () => true));
    expect(moment('lowest')?.stageId).toBe(stageIdOf(journey, STUDY.stages[truth.lowest] ?? ''));
    expect(moment('largestDrop')?.stageId).toBe(stageIdOf(journey, STUDY.stages[truth.drop.index] ?? ''));
    expect(moment('largestDrop')?.value).toBeCloseTo(truth.drop.value, 1);
    expect(moment('widestSpread')?.stageId).toBe(stageIdOf(journey, STUDY.stages[truth.widest] ?? ''));
    expect(moment('widestSpread')?.value).toBe(truth.range);
  });

  it("finds each persona's lowest stage and largest drop", () => {
    for (const persona of STUDY.personas) {
      const truth = trueMoments(truthByStage(STUDY.rows, STUDY.stages, (row) => row.persona === persona));
      const personaId = personaIdOf(journey, persona);
      expect(moment('lowest', personaId)?.stageId).toBe(stageIdOf(journey, STUDY.stages[truth.lowest] ?? ''));
      expect(moment('largestDrop', personaId)?.stageId).toBe(stageIdOf(journey, STUDY.stages[truth.drop.index] ?? ''));
    }
  });

  it('finds the pain point said by the most participants', () => {
    const said = new Map<string, Set<string>>();
    for (const row of STUDY.rows) {
      const key = `${row.stage}|${row.pain}`;
      said.set(key, (said.get(key) ?? new Set()).add(row.participant));
    }
    const most = Math.max(...[...said.values()].map((set) => set.size));
    const found = moment('mostReportedPain');
    expect(found?.value).toBe(most);
    const card = journey.cards.find((one) => one.id === found?.cardId);
    expect(said.get(`${STUDY.stages[journey.stages.findIndex((stage) => stage.id === card?.stageId)]}|${card?.text}`)?.size).toBe(most);
  });

  it('flags the stages and stage × persona cells with fewer than 5 respondents, and only those', () => {
    const expected: { stageId: string; personaId?: string; n: number }[] = [];
    truthByStage(STUDY.rows, STUDY.stages, () => true).forEach((truth, index) => {
      if ((truth?.n ?? 0) < 5) expected.push({ stageId: stageIdOf(journey, STUDY.stages[index] ?? '') ?? '', n: truth?.n ?? 0 });
    });
    for (const persona of STUDY.personas) {
      truthByStage(STUDY.rows, STUDY.stages, (row) => row.persona === persona).forEach((truth, index) => {
        if ((truth?.n ?? 0) < 5) expected.push({ stageId: stageIdOf(journey, STUDY.stages[index] ?? '') ?? '', personaId: personaIdOf(journey, persona) ?? '', n: truth?.n ?? 0 });
      });
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(insights.lowEvidence).toEqual(expected);
  });

  it('takes minEvidence from the options', () => {
    expect(analyzeJourney(journey, { minEvidence: 0 }).lowEvidence).toEqual([]);
    expect(analyzeJourney(journey, { minEvidence: 1000 }).lowEvidence.length).toBe(STUDY.stages.length * (1 + STUDY.personas.length));
  });

  it('gives each stage its channel mix and each pair of stages its most common switch', () => {
    STUDY.stages.forEach((stage) => {
      const rows = STUDY.rows.filter((row) => row.stage === stage);
      const mix = insights.channelMix.find((entry) => entry.stageId === stageIdOf(journey, stage));
      expect(mix?.respondents).toBe(rows.length);
      for (const channel of mix?.channels ?? []) expect(channel.respondents).toBe(rows.filter((row) => row.channel === channel.channel).length);
    });
    for (let s = 1; s < STUDY.stages.length; s++) {
      const before = new Map(STUDY.rows.filter((row) => row.stage === STUDY.stages[s - 1]).map((row) => [row.participant, row.channel]));
      const pairs = new Map<string, number>();
      let of = 0;
      for (const row of STUDY.rows.filter((one) => one.stage === STUDY.stages[s])) {
        const earlier = before.get(row.participant);
        if (earlier === undefined) continue;
        of++;
        if (earlier !== row.channel) pairs.set(`${earlier}>${row.channel}`, (pairs.get(`${earlier}>${row.channel}`) ?? 0) + 1);
      }
      const most = Math.max(...pairs.values());
      const found = insights.channelSwitches.find((entry) => entry.stageId === stageIdOf(journey, STUDY.stages[s] ?? ''));
      expect(found?.respondents).toBe(most);
      expect(found?.of).toBe(of);
      expect(pairs.get(`${found?.from}>${found?.to}`)).toBe(most);
    }
  });
});

describe('analyzeJourney edge cases', () => {
  const base: Journey = journeyWith({
    title: 'T',
    stages: [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
      { id: 'c', name: 'C' },
    ],
    lanes: [{ id: 'e', kind: 'emotions', title: 'Emotions' }],
  });

  it('flags nothing and finds no moment in a template without data', () => {
    expect(analyzeJourney(base)).toEqual({ momentsOfTruth: [], lowEvidence: [], minEvidence: 5, channelMix: [], channelSwitches: [] });
  });

  it('finds no drop on a curve that only rises', () => {
    const journey = { ...base, emotions: [{ stageId: 'a', score: -1 }, { stageId: 'b', score: 0 }, { stageId: 'c', score: 1 }] };
    expect(analyzeJourney(journey).momentsOfTruth).toEqual([{ kind: 'lowest', stageId: 'a', value: -1 }]);
  });

  it('pools persona curves weighted by their n', () => {
    const journey: Journey = {
      ...base,
      personas: [
        { id: 'p', name: 'P', goals: [], motivations: [], frustrations: [] },
        { id: 'q', name: 'Q', goals: [], motivations: [], frustrations: [] },
      ],
      emotions: [
        // Pooled A = (9 × 1 + 1 × −2) / 10 = 0.7; pooled B = (1 × 1 + 9 × −1) / 10 = −0.8.
        { stageId: 'a', personaId: 'p', score: 1, n: 9 },
        { stageId: 'a', personaId: 'q', score: -2, n: 1 },
        { stageId: 'b', personaId: 'p', score: 1, n: 1 },
        { stageId: 'b', personaId: 'q', score: -1, n: 9 },
      ],
    };
    const pooled = analyzeJourney(journey).momentsOfTruth.filter((moment) => moment.personaId === undefined);
    expect(pooled).toEqual([
      { kind: 'lowest', stageId: 'b', value: -0.8 },
      { kind: 'largestDrop', stageId: 'b', value: 1.5, fromStageId: 'a' },
      { kind: 'widestSpread', stageId: 'a', value: 3 },
    ]);
  });

  it('never pools inferred emotions with ratings', () => {
    const journey = { ...base, emotions: [{ stageId: 'a', score: 1 }, { stageId: 'b', score: 0.5 }, { stageId: 'c', score: -2, basis: 'verbatims' as const }] };
    expect(analyzeJourney(journey).momentsOfTruth).toEqual([
      { kind: 'lowest', stageId: 'b', value: 0.5 },
      { kind: 'largestDrop', stageId: 'b', value: 0.5, fromStageId: 'a' },
    ]);
  });
});
