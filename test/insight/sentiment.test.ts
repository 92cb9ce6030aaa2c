import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreVerbatim } from '../../core/src/insight/sentiment/score-verbatim.js';
import { importerFor } from '../import/imported.js';

const imported = importerFor('verbatims.csv');

interface Labelled {
  polarity: 'positive' | 'negative';
  text: string;
}

/** The project's labelled verbatims (`test/fixtures/sentiment/`), written for these tests. */
export function labelled(name: string): Labelled[] {
  const file = new URL(`../fixtures/sentiment/${name}.tsv`, import.meta.url);
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [polarity, text] = line.split('\t');
      return { polarity: polarity as Labelled['polarity'], text: text ?? '' };
    });
}

const rightSign = (item: Labelled, polarity: number) => (item.polarity === 'positive' ? polarity > 0 : polarity < 0);

describe('scoreVerbatim', () => {
  // The tuning sets only: the blind set (README in the fixtures folder) is measured by `npm run bench`.
  it.each([
    ['en', 'verbatims-en', 100],
    ['fr', 'verbatims-fr', 100],
    ['en', 'second-labelled-en', 30],
    ['fr', 'second-labelled-fr', 30],
  ] as const)('gives the right sign to at least 85 %% of the labelled %s verbatims (%s)', (locale, name, size) => {
    const set = labelled(name);
    expect(set.length).toBeGreaterThanOrEqual(size);
    const right = set.filter((item) => rightSign(item, scoreVerbatim(item.text, locale).polarity)).length;
    expect(right / set.length).toBeGreaterThanOrEqual(0.85);
  });

  it('reverses a negated word (VADER rule) in English and French', () => {
    expect(scoreVerbatim('The staff were helpful', 'en').polarity).toBeGreaterThan(0);
    expect(scoreVerbatim('The staff were not helpful', 'en').polarity).toBeLessThan(0);
    expect(scoreVerbatim("Le courrier était clair", 'fr').polarity).toBeGreaterThan(0);
    expect(scoreVerbatim("Le courrier n'était pas clair", 'fr').polarity).toBeLessThan(0);
  });

  it('says when it knows no word, instead of calling the verbatim neutral', () => {
    expect(scoreVerbatim('Table 12, door B', 'en')).toEqual({ polarity: 0, hits: 0 });
  });

  it('tries the other language when the journey language knows no word', () => {
    expect(scoreVerbatim('This was a nightmare', 'fr').polarity).toBeLessThan(0);
  });
});

describe('emotions inferred from verbatims', () => {
  const rows = [...labelled('verbatims-fr').map((item) => ({ ...item, locale: 'fr' })), ...labelled('verbatims-en').map((item) => ({ ...item, locale: 'en' }))];
  const csv = ['participant;étape;verbatim', ...rows.map((item, index) => `P${index};${item.polarity === 'positive' ? 'Content' : 'Mécontent'};"${item.text.replace(/"/g, '""')}"`)].join('\n');
  const { journey, report } = imported(csv, { maxQuotesPerCell: 10 });

  it('marks every inferred emotion basis "verbatims", with the right sign per stage', () => {
    const byName = new Map(journey.stages.map((stage) => [stage.name, stage.id]));
    const emotion = (name: string) => journey.emotions.find((one) => one.stageId === byName.get(name));
    expect(journey.emotions.every((one) => one.basis === 'verbatims')).toBe(true);
    expect(emotion('Content')?.score).toBeGreaterThan(0);
    expect(emotion('Mécontent')?.score).toBeLessThan(0);
    expect(report.notes?.some((note) => note.message.includes('estimated from the words'))).toBe(true);
  });

  it('draws the emotion lane just before the quotes lane', () => {
    expect(journey.lanes.map((lane) => lane.kind)).toEqual(['emotions', 'thoughts']);
  });

  it('keeps the most polar quotes first when there are no scores', () => {
    for (const stage of journey.stages) {
      const quotes = journey.cards.filter((card) => card.stageId === stage.id).map((card) => Math.abs(card.score ?? 0));
      expect(quotes).toEqual([...quotes].sort((a, b) => b - a));
      expect(quotes.length).toBe(10);
    }
  });

  it('leaves ratings alone: a file with a score column is never scored from its words', () => {
    const rated = imported('participant;étape;émotion;verbatim\nP1;A;5;Horrible, une honte\nP2;A;4;Affreux');
    expect(rated.journey.emotions.map((one) => [one.score, one.basis])).toEqual([[1.5, undefined]]);
  });
});
