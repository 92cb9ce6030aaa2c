import { describe, expect, it } from 'vitest';
import { expandForMiro } from '../../miro-app/src/expand-for-miro.js';
import { pickSample } from '../../playground/src/pick-sample.js';
import { createPlaygroundHost, DRAFT_KEY } from '../../playground/src/playground-host.js';
import { createSimulatedBoard } from '../../playground/src/simulated-board.js';
import { fixtureLayout } from '../miro/fixture-layout.js';
import { memoryStorage } from './memory-storage.js';

describe('createPlaygroundHost', () => {
  it('places through placeOnMiro on the simulated board, then finds the map up to date', async () => {
    const simulated = createSimulatedBoard();
    const host = createPlaygroundHost(simulated, { locale: 'en', storage: memoryStorage() });
    const layout = fixtureLayout();
    const items = expandForMiro(layout).primitives.length;

    expect((await host.preview(layout)).add).toHaveLength(items);
    const report = await host.place(layout, {});
    expect(report).toEqual({ created: items, updated: 0, removed: 0, kept: 0, failed: 0, cancelled: false, problems: [] });
    expect(await simulated.items()).toHaveLength(items);
    const again = await host.preview(layout);
    expect([again.add.length, again.update.length, again.move.length, again.remove.length, again.unchanged]).toEqual([0, 0, 0, 0, items]);
  });

  it('keeps an item edited on the board when the data changes it', async () => {
    const simulated = createSimulatedBoard();
    const host = createPlaygroundHost(simulated, { locale: 'en', storage: memoryStorage() });
    await host.place(fixtureLayout(), {});
    const sticky = (await simulated.items()).find((item) => item.type === 'sticky_note' && item.content === '<p>Lit un avis</p>')!;
    simulated.editText(sticky.id, 'Lit trois avis');

    const report = await host.place(fixtureLayout({ cards: ['Voit une pub', 'Lit deux avis', 'Prix enfin clair'] }), {});

    expect([report.created, report.updated, report.kept]).toEqual([0, 1, 1]);
    const texts = (await simulated.items()).flatMap((item) => (item.type === 'sticky_note' ? [item.content] : []));
    expect(texts.sort()).toEqual(['<p>Lit trois avis</p>', '<p>Prix enfin clair</p>', '<p>Voit une pub</p>']);
  });

  it('reports progress and redraws the board as items arrive', async () => {
    const simulated = createSimulatedBoard();
    const host = createPlaygroundHost(simulated, { locale: 'en', storage: memoryStorage() });
    let redraws = 0;
    let progress = 0;
    simulated.subscribe(() => redraws++);
    await host.place(fixtureLayout(), { onProgress: () => progress++ });
    expect(progress).toBeGreaterThan(0);
    expect(redraws).toBeGreaterThanOrEqual(expandForMiro(fixtureLayout()).primitives.length);
  });

  it('keeps drafts in storage and starts clean from one it cannot read', async () => {
    const storage = memoryStorage({ [DRAFT_KEY]: '{not json' });
    const host = createPlaygroundHost(createSimulatedBoard(), { locale: 'fr', storage });
    expect(await host.loadDraft()).toBeUndefined();
    await host.saveDraft({ v: 1, title: 'Parcours' });
    expect(await host.loadDraft()).toEqual({ v: 1, title: 'Parcours' });
    expect(storage.values.get(DRAFT_KEY)).toBe('{"v":1,"title":"Parcours"}');
  });
});

describe('pickSample', () => {
  it.each([
    { available: ['a.csv', 'parcours-fr.csv', 'interviews-en.csv'], asked: null, picked: 'interviews-en.csv' },
    { available: ['a.csv', 'parcours-fr.csv'], asked: null, picked: 'parcours-fr.csv' },
    { available: ['b.csv', 'a.csv'], asked: null, picked: 'a.csv' },
    { available: ['a.csv', 'parcours-fr.csv'], asked: 'a.csv', picked: 'a.csv' },
    { available: ['a.csv', 'parcours-fr.csv'], asked: 'missing.csv', picked: 'parcours-fr.csv' },
    { available: ['a.csv'], asked: 'none', picked: undefined },
    { available: [], asked: null, picked: undefined },
  ])('$available asked $asked → $picked', ({ available, asked, picked }) => {
    expect(pickSample(available, asked)).toBe(picked);
  });
});
