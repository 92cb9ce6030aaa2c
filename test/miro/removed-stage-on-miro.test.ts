import { describe, expect, test } from 'vitest';
import { compareJourneys, layoutJourney, previousWave, type Journey, type Layout } from '../../core/src/index.js';
import { placeOnMiro } from '../../miro-app/src/place-on-miro.js';
import { createMiroFake, type MiroFake } from '../fakes/miro-fake.js';
import { removedStageWaves } from '../layout/removed-stage-waves.js';
import { boardSnapshot } from './board-snapshot.js';

const fast = { pacing: { maxInFlight: 4 } } as const;
// Miro's sizes (PRODUCT.md §11): the host does not grow items to fit their text.
const MIRO = { board: { itemsGrow: false }, stickySize: { w: 199, h: 228 } } as const;

function secondWave(locale: Journey['locale'], keepPrevious = true): { layout: Layout; removedId: string } {
  const { first, second } = removedStageWaves(locale);
  const previous = previousWave(second, compareJourneys(first, second));
  return { layout: layoutJourney(second, { ...MIRO, ...(keepPrevious && { previous }) }), removedId: previous.removedStages[0]?.stageId ?? '' };
}

const stored = (fake: MiroFake) => fake.items().map((item) => ({ key: (item.metadata.parcours as { k: string }).k, type: item.type, props: item.props as Record<string, unknown> & { style?: Record<string, unknown> } }));

describe('a stage of the previous wave only, on Miro', () => {
  test.each([
    ['fr', '<p>Étape retirée</p><p>Travel</p>', '<p>Résolu (était ×2)</p><p>No Wi-Fi</p>'],
    ['en', '<p>Stage removed</p><p>Travel</p>', '<p>Resolved (was ×2)</p><p>No Wi-Fi</p>'],
  ] as const)('in %s: its column header says it was removed, its pain comes back resolved in that column', async (locale, header, pain) => {
    const { layout, removedId } = secondWave(locale);
    const fake = createMiroFake();
    expect(await placeOnMiro(fake.board, layout, fast)).toMatchObject({ failed: 0, problems: [] });
    const { items } = boardSnapshot(fake);
    const column = items[`stage:${removedId}`];
    expect(column?.text).toBe(header);
    const resolved = Object.entries(items).find(([, item]) => item.type === 'sticky_note' && item.text === pain)?.[1];
    expect(resolved?.x).toBe(column?.x);
  });

  test('the previous wave is two dashed connectors: Book → Travel (removed) → Arrive', async () => {
    const { layout, removedId } = secondWave('en');
    const fake = createMiroFake();
    await placeOnMiro(fake.board, layout, fast);
    const { items } = boardSnapshot(fake);
    const dashed = stored(fake).filter((item) => item.type === 'connector' && item.props.style?.strokeStyle === 'dashed');
    expect(dashed).toHaveLength(2);
    const ends = dashed.map((item) => items[item.key]?.ends?.map((key) => items[key]?.x));
    // Each point sits at its column's centre, rounded to a whole unit (a column 199 wide centres at .5).
    const column = (key: string) => Math.round(items[key]?.x ?? NaN);
    expect(ends).toEqual([
      [column('stage:book'), column(`stage:${removedId}`)],
      [column(`stage:${removedId}`), column('stage:arrive')],
    ]);
  });

  test('a second placement of the same waves writes nothing', async () => {
    const fake = createMiroFake();
    await placeOnMiro(fake.board, secondWave('en').layout, fast);
    const before = fake.log.length;
    expect(await placeOnMiro(fake.board, secondWave('en').layout, fast)).toMatchObject({ created: 0, updated: 0, removed: 0, kept: 0, failed: 0 });
    expect(fake.writes(before)).toEqual([]);
  });

  test('placed again without the previous wave, the removed column goes', async () => {
    const fake = createMiroFake();
    const { layout, removedId } = secondWave('en');
    await placeOnMiro(fake.board, layout, fast);
    await placeOnMiro(fake.board, secondWave('en', false).layout, fast);
    const keys = Object.keys(boardSnapshot(fake).items);
    expect(keys).not.toContain(`stage:${removedId}`);
    expect(keys.filter((key) => key.includes(':previous'))).toEqual([]);
    expect(Object.values(boardSnapshot(fake).items).map((item) => item.text).filter((text) => text?.includes('No Wi-Fi'))).toEqual([]);
  });
});
