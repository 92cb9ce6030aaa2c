import { describe, expect, test } from 'vitest';
import { JOURNEY_SCHEMA_VERSION, LIMITS, encodeText, importJourney, layoutJourney, type ImportResult, type Journey, type Layout, type Primitive } from '../../core/src/index.js';
import { placeOnFigJam } from '../../figma-plugin/src/place-on-figjam.js';
import { placeOnMiro } from '../../miro-app/src/place-on-miro.js';
import { FakeFigma } from '../fakes/figma-fake.js';
import { createMiroFake } from '../fakes/miro-fake.js';
import { asWritten } from '../words/as-written.js';

// Each limit of core/src/model/limits.ts at its boundary: the limit itself is fine, one more is
// refused (or summarised) with a clear message. The row limit is proved in test/import/bad-input.test.ts.

function journeyOf(result: ImportResult): Journey {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.journey;
}

const problemsOf = (result: ImportResult) => (result.ok ? [] : result.problems);

/** A JSON journey of `stages` stages and `cards` cards in the first cell. */
function jsonJourney(stages: number, cards = 0, text = 'Reads'): string {
  return JSON.stringify({
    schemaVersion: JOURNEY_SCHEMA_VERSION,
    id: 'limits',
    title: 'Limits',
    locale: 'en',
    stages: Array.from({ length: stages }, (_, index) => ({ id: `s${index}`, name: `Stage ${index}` })),
    lanes: [{ id: 'a', kind: 'actions', title: 'Actions' }],
    cards: Array.from({ length: cards }, (_, index) => ({ id: `c${index}`, stageId: 's0', laneId: 'a', text: index === 0 ? text : `Card ${index}` })),
  });
}

describe('file size', () => {
  test('exactly the limit is read', () => {
    const start = 'Stage,Actions\nDiscover,Reads\n';
    const bytes = new Uint8Array(LIMITS.fileBytes).fill(0x20);
    bytes.set(encodeText(start, 'utf-8'));
    expect(asWritten(importJourney(bytes, { filename: 'max.csv' }))).toMatchObject({ ok: true, journey: { stages: [{ name: 'Discover' }] } });
  });

  test('text input is measured in UTF-8 bytes, as the file it came from: accented text past the limit is refused', () => {
    const text = `Étape,Actions\nDécouverte,${'é'.repeat(LIMITS.fileBytes / 2)}\n`;
    expect(text.length).toBeLessThan(LIMITS.fileBytes);
    expect(asWritten(problemsOf(importJourney(text, { filename: 'accents.csv' })))).toEqual([
      { file: 'accents.csv', message: 'the file is more than 50 MB; Parcours reads files up to 50 MB. Split it, or remove the columns you do not need' },
    ]);
  });

  test('one byte more is refused before decoding, without claiming the file is the limit', () => {
    expect(asWritten(problemsOf(importJourney(new Uint8Array(LIMITS.fileBytes + 1), { filename: 'max.csv' })))).toEqual([
      { file: 'max.csv', message: 'the file is more than 50 MB; Parcours reads files up to 50 MB. Split it, or remove the columns you do not need' },
    ]);
  });
});

describe('columns', () => {
  const header = (count: number) => ['Stage', ...Array.from({ length: count - 1 }, (_, index) => `Note ${index + 1} [custom]`)].join(',');

  test('exactly the limit is read: every column a lane', () => {
    expect(journeyOf(importJourney(`${header(LIMITS.columns)}\nDiscover${',x'.repeat(LIMITS.columns - 1)}\n`)).lanes).toHaveLength(LIMITS.columns - 1);
  });

  test('one more is refused, on the header row', () => {
    expect(asWritten(problemsOf(importJourney(`${header(LIMITS.columns + 1)}\nDiscover${',x'.repeat(LIMITS.columns)}\n`)))).toEqual([
      { row: 1, message: `the header has ${LIMITS.columns + 1} columns; Parcours reads at most ${LIMITS.columns}` },
    ]);
  });
});

describe('text length', () => {
  const at = 'y'.repeat(LIMITS.textLength);
  const over = 'y'.repeat(LIMITS.textLength + 1);

  test.each([
    ['a wide CSV cell', (text: string) => importJourney(`Stage,Actions\nDiscover,${text}\n`, { filename: 't.csv' }), { file: 't.csv', row: 2, column: 'Actions', message: 'this cell holds 10,001 characters; the limit is 10,000' }],
    ['an interview CSV cell', (text: string) => importJourney(`Participant,Stage,Actions\nP1,Discover,${text}\n`, { filename: 't.csv' }), { file: 't.csv', row: 2, column: 'Actions', message: 'this cell holds 10,001 characters; the limit is 10,000' }],
    ['a Mermaid task', (text: string) => importJourney(`journey\n  section Discover\n    ${text}: 3\n`, { filename: 't.mmd' }), { file: 't.mmd', row: 3, message: 'task name is 10001 characters long; the limit is 10000' }],
    ['a JSON card', (text: string) => importJourney(jsonJourney(1, 1, text), { filename: 't.json' }), { file: 't.json', field: 'cards[0].text', message: expect.stringContaining('10000') }],
  ])('%s: the limit is read whole, one character more is refused and located', (_, read, problem) => {
    expect(journeyOf(read(at)).cards[0]?.text).toBe(at);
    expect(asWritten(problemsOf(read(over)))).toEqual([problem]);
  });
});

describe('stages', () => {
  const wide = (count: number) => `Stage,Actions\n${Array.from({ length: count }, (_, index) => `Stage ${index},x`).join('\n')}\n`;
  const interview = (count: number) => `Participant,Stage,Actions\n${Array.from({ length: count }, (_, index) => `P${index},Stage ${index},x`).join('\n')}\n`;
  const mermaid = (count: number) => `journey\n${Array.from({ length: count }, (_, index) => `  section Stage ${index}\n    Task: 3`).join('\n')}\n`;
  const refused = { file: 's', message: '501 stages; a map holds at most 500. Split the journey, or group stages' };

  test.each([
    ['a wide CSV', wide, refused],
    ['an interview CSV', interview, refused],
    ['a JSON journey', (count: number) => jsonJourney(count), refused],
    ['a Mermaid diagram', mermaid, { file: 's', message: '501 sections; a map holds at most 500 stages' }],
  ])('%s: the limit is read, one stage more is refused', (_, write, problem) => {
    expect(journeyOf(importJourney(write(LIMITS.stages), { filename: 's' })).stages).toHaveLength(LIMITS.stages);
    expect(asWritten(problemsOf(importJourney(write(LIMITS.stages + 1), { filename: 's' })))).toEqual([problem]);
  });
});

describe('cards per cell', () => {
  const cell = (count: number) => Array.from({ length: count }, (_, index) => `Card ${index}`).join(' | ');

  test('a wide CSV cell: the limit is read, past it the rest is left out and said, on its row and column', () => {
    const fits = importJourney(`Stage,Actions\nDiscover,${cell(LIMITS.cardsPerCell)}\n`, { filename: 'c.csv' });
    expect(journeyOf(fits).cards).toHaveLength(LIMITS.cardsPerCell);
    expect(asWritten(fits.ok && fits.warnings)).toEqual([]);
    const over = importJourney(`Stage,Actions\nDiscover,${cell(LIMITS.cardsPerCell + 1)}\n`, { filename: 'c.csv' });
    expect(journeyOf(over).cards).toHaveLength(LIMITS.cardsPerCell);
    expect(asWritten(over.ok && over.warnings)).toEqual([
      { file: 'c.csv', row: 2, column: 'Actions', message: 'more than 100 cards in one cell: "Card 100" and the rest were left out' },
    ]);
  });

  test('the map: the limit is drawn, past it a "+N more" whose full text keeps the hidden cards', () => {
    const drawn = (count: number) => layoutJourney(journeyOf(importJourney(jsonJourney(1, count)))).primitives.filter((primitive) => primitive.kind === 'sticky');
    const more = (count: number) => layoutJourney(journeyOf(importJourney(jsonJourney(1, count)))).primitives.filter((primitive) => primitive.key.startsWith('more:'));
    expect(drawn(LIMITS.cardsPerCell)).toHaveLength(LIMITS.cardsPerCell);
    expect(more(LIMITS.cardsPerCell)).toEqual([]);
    expect(drawn(LIMITS.cardsPerCell + 1)).toHaveLength(LIMITS.cardsPerCell);
    expect(more(LIMITS.cardsPerCell + 1)).toEqual([expect.objectContaining({ text: '+1 more', fullText: expect.stringContaining('Card 100') })]);
  });
});

describe('items per map', () => {
  /** A frame holding `count - 1` stickies: `count` host items on either board. */
  function itemsLayout(count: number): Layout {
    const primitives: Primitive[] = [{ kind: 'frame', key: 'frame', box: { x: 0, y: 0, w: 100_000, h: 100_000 }, style: 'frame', text: 'Big' }];
    for (let index = 1; index < count; index++) {
      primitives.push({ kind: 'sticky', key: `card:${index}`, box: { x: (index % 300) * 300, y: Math.floor(index / 300) * 300, w: 200, h: 200 }, style: 'action', text: `Card ${index}` });
    }
    return { journeyId: 'big', title: 'Big', primitives, bounds: { x: 0, y: 0, w: 100_000, h: 100_000 }, palette: 'light' };
  }
  const refusal = `The map has 25,001 items; Parcours places at most 25,000 on a board. Hide some lanes or split the journey: nothing was placed.`;

  test('FigJam: the limit goes ahead (cancelled here at once), one item more is refused before any call', async () => {
    const figma = new FakeFigma();
    const panel = new AbortController();
    const fits = await placeOnFigJam(figma, itemsLayout(LIMITS.itemsPerMap), { signal: panel.signal, onProgress: () => panel.abort() });
    expect(fits).toMatchObject({ cancelled: true });
    expect(fits.problems.map((problem) => problem.message)).not.toContain(refusal);
    const over = await placeOnFigJam(figma, itemsLayout(LIMITS.itemsPerMap + 1));
    expect(asWritten(over)).toEqual({ created: 0, updated: 0, removed: 0, kept: 0, failed: LIMITS.itemsPerMap + 1, cancelled: false, problems: [{ message: refusal }] });
    expect(figma.writes).toEqual([]);
  });

  test('Miro: the limit goes ahead (cancelled here at once), one item more is refused before the board is read', async () => {
    const fake = createMiroFake();
    const panel = new AbortController();
    const fits = await placeOnMiro(fake.board, itemsLayout(LIMITS.itemsPerMap), { signal: panel.signal, onProgress: () => panel.abort() });
    // It went ahead until the panel closed (cancel now also stops the board read at once).
    expect(fits).toMatchObject({ cancelled: true });
    expect(fits.problems.map((problem) => problem.message)).not.toContain(refusal);
    const calls = fake.log.length;
    const over = await placeOnMiro(fake.board, itemsLayout(LIMITS.itemsPerMap + 1));
    expect(asWritten(over)).toEqual({ created: 0, updated: 0, removed: 0, kept: 0, failed: LIMITS.itemsPerMap + 1, cancelled: false, problems: [{ message: refusal }] });
    expect(fake.log.length).toBe(calls);
  });
});
