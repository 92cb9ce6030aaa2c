import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { compareJourneys } from '../../core/src/compare/compare-journeys.js';
import { importJourney } from '../../core/src/import/import-journey.js';
import type { Journey } from '../../core/src/model/journey.js';
import { generateInterviewCsv, type WaveChanges } from '../import/interview-csv-generator.js';

const WAVE: WaveChanges = {
  moodShift: { Book: 1.5, Plan: -1 },
  resolvedPains: ['Account creation is mandatory', 'Ticket QR code does not load offline'],
  newPains: { Arrive: ['The exit gates reject mobile tickets'] },
};

function load(csv: string): Journey {
  const result = importJourney(csv, { filename: 'wave.csv' });
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  return result.journey;
}

/** Case, accents and spaces ignored, the way a person reading the file would merge texts. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** Straight from the rows: the mean emotion per stage on −2…+2 (1–5 minus 3) and who named which pain. */
function facts(csv: string) {
  const rows = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
  const scores = new Map<string, number[]>();
  const pains = new Map<string, Map<string, Set<string>>>();
  for (const row of rows) {
    const stage = fold(row.stage ?? '');
    if (row.emotion) scores.set(stage, [...(scores.get(stage) ?? []), Number(row.emotion) - 3]);
    if (row.pain_point) {
      const byText = pains.get(stage) ?? new Map<string, Set<string>>();
      pains.set(stage, byText);
      const who = byText.get(fold(row.pain_point)) ?? new Set<string>();
      byText.set(fold(row.pain_point), who.add(row.participant ?? ''));
    }
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  return { means: new Map([...scores].map(([stage, values]) => [stage, mean(values)])), pains };
}

describe('compareJourneys on two generated waves', () => {
  const first = generateInterviewCsv({ observations: 300, participants: 12, seed: 21 });
  const second = generateInterviewCsv({ observations: 300, participants: 12, seed: 22, wave: WAVE });
  const comparison = compareJourneys(load(first), load(second));
  const was = facts(first);
  const now = facts(second);

  it('gives each stage the delta of the rows’ mean emotions', () => {
    expect(comparison.stages.map((stage) => stage.stage)).toEqual(['Discover', 'Plan', 'Book', 'Travel', 'Arrive']);
    for (const stage of comparison.stages) {
      const key = fold(stage.stage);
      const expected = (now.means.get(key) ?? Number.NaN) - (was.means.get(key) ?? Number.NaN);
      // Rounding to 3 decimals, each at most 0.0005 off: the personas' means at import, then each
      // pooled side, then the delta (0.0005 + 0.0005 per side, then 0.0005): within 0.0025 of the rows'.
      expect(Math.abs((stage.delta ?? Number.NaN) - expected)).toBeLessThanOrEqual(0.0025);
    }
  });

  it('finds the large moves beyond noise and the stages nobody touched within it', () => {
    const significant = new Map(comparison.stages.map((stage) => [stage.stage, stage.significant]));
    expect(significant.get('Book')).toBe(true);
    expect(significant.get('Plan')).toBe(true);
    expect(comparison.stages.find((stage) => stage.stage === 'Book')?.delta).toBeGreaterThan(1);
  });

  it('lists as resolved exactly the pains named in the first wave only, and as added those of the second only', () => {
    const only = (one: typeof was.pains, other: typeof was.pains) =>
      [...one].flatMap(([stage, texts]) => [...texts].filter(([text]) => !other.get(stage)?.has(text)).map(([text, who]) => `${stage}|${text}|${who.size}`)).sort();
    const line = (change: { stage: string; text: string; before: number; after: number }, count: number) => `${fold(change.stage)}|${fold(change.text)}|${count}`;
    expect(comparison.pains.resolved.map((change) => line(change, change.before)).sort()).toEqual(only(was.pains, now.pains));
    expect(comparison.pains.added.map((change) => line(change, change.after)).sort()).toEqual(only(now.pains, was.pains));
    expect(comparison.pains.resolved.map((change) => change.text)).toEqual(expect.arrayContaining(['Account creation is mandatory', 'Ticket QR code does not load offline']));
    expect(comparison.pains.added.map((change) => change.text)).toEqual(['The exit gates reject mobile tickets']);
  });

  it('counts each persisting pain by the respondents who named it in each wave', () => {
    for (const change of comparison.pains.persisting) {
      const stage = fold(change.stage);
      expect([change.before, change.after]).toEqual([was.pains.get(stage)?.get(fold(change.text))?.size, now.pains.get(stage)?.get(fold(change.text))?.size]);
    }
    expect(comparison.pains.persisting.length).toBeGreaterThan(10);
  });
});
