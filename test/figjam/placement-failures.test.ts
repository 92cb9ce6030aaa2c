import { describe, expect, test } from 'vitest';
import { placeOnFigJam } from '../../figma-plugin/src/place-on-figjam.js';
import { FakeFigma, FakeSticky } from '../fakes/figma-fake.js';
import { boardShape } from './board-tree.js';
import { gridLayout } from './grid-layout.js';
import { smallLayout } from './small-layout.js';

describe('placeOnFigJam: when the host fails', () => {
  test('a font that fails to load stops everything before the first write', async () => {
    const figma = new FakeFigma();
    figma.failures = { fonts: ['Inter Bold'] };
    const report = await placeOnFigJam(figma, smallLayout());
    expect(figma.writes).toEqual([]);
    expect(report).toEqual({
      created: 0,
      updated: 0,
      removed: 0,
      kept: 0,
      failed: 11,
      cancelled: false,
      problems: [
        { message: 'The font Inter Bold could not be loaded: font "Inter Bold" is not available.' },
        { message: 'Nothing was placed: the board is as before.' },
      ],
    });
  });

  test('a create that throws halfway removes what the run created: the page is empty again', async () => {
    const figma = new FakeFigma();
    figma.failures = { create: { type: 'STICKY', nth: 2, message: 'node limit reached' } };
    const report = await placeOnFigJam(figma, smallLayout());
    expect(figma.currentPage.children).toEqual([]);
    expect(report).toEqual({
      created: 0,
      updated: 0,
      removed: 0,
      kept: 0,
      failed: 1,
      cancelled: false,
      problems: [
        { message: 'Could not create the sticky "Too many similar apps": node limit reached.', field: 'card:a2' },
        { message: 'Nothing was placed: the 6 items created before the failure were removed, the board is as before.' },
      ],
    });
  });

  test('a create that throws during a re-sync leaves the existing map exactly as it was', async () => {
    const figma = new FakeFigma();
    const before = gridLayout({ stages: ['Discover', 'Buy'], lanes: 2, cardsPerCell: 2 });
    await placeOnFigJam(figma, before);
    const board = boardShape(figma);
    figma.failures = { create: { type: 'STICKY', nth: 2 * 2 * 2 + 3 } };
    const report = await placeOnFigJam(figma, gridLayout({ stages: ['Discover', 'Try', 'Buy'], lanes: 2, cardsPerCell: 2 }));
    expect(report).toMatchObject({ created: 0, updated: 0, failed: 1 });
    expect(boardShape(figma)).toEqual(board);
  });

  test('after a failed run, placing again once the host recovers gives the full map', async () => {
    const figma = new FakeFigma();
    figma.failures = { create: { type: 'SHAPE_WITH_TEXT', nth: 3 } };
    await placeOnFigJam(figma, smallLayout());
    figma.failures = {};
    const report = await placeOnFigJam(figma, smallLayout());
    const clean = new FakeFigma();
    await placeOnFigJam(clean, smallLayout());
    expect(report).toMatchObject({ created: 11, failed: 0 });
    expect(boardShape(figma)).toEqual(boardShape(clean));
  });

  test('an update that throws is reported for that node and the others still update', async () => {
    const figma = new FakeFigma();
    await placeOnFigJam(figma, smallLayout());
    const locked = figma.allNodes().find((node) => node instanceof FakeSticky && node.text.characters === 'Searches the app store') as FakeSticky;
    Object.defineProperty(locked.text, 'characters', {
      get: () => 'Searches the app store',
      set: () => {
        throw new Error('the node is locked by another plugin');
      },
    });
    const report = await placeOnFigJam(
      figma,
      smallLayout(undefined, { 'card:a1': { text: 'Asks a friend' }, 'card:a2': { text: 'Too many ads' } }),
    );
    expect(report).toMatchObject({ updated: 1, failed: 1 });
    expect(report.problems).toEqual([{ message: 'Could not update the sticky "Asks a friend": the node is locked by another plugin.', field: 'card:a1' }]);
  });
});
