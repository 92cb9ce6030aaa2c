import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { placeOnFigJam } from '../../figma-plugin/src/place-on-figjam.js';
import { solidPaint } from '../../figma-plugin/src/paint-colour.js';
import { FakeFigma, FakeSection, FakeSticky, FakeVector } from '../fakes/figma-fake.js';
import { boardShape } from './board-tree.js';
import { gridLayout } from './grid-layout.js';
import { smallLayout } from './small-layout.js';
import { asWritten } from '../words/as-written.js';

const STAGES = ['Discover', 'Compare', 'Buy', 'Use'];
const keyOf = (node: { getPluginData(key: string): string }) => (JSON.parse(node.getPluginData('parcours')) as { k: string }).k;
const stickyByKey = (figma: FakeFigma, key: string) => figma.allNodes().find((node) => node instanceof FakeSticky && keyOf(node) === key) as FakeSticky;

async function placedTwice(first: Parameters<typeof placeOnFigJam>[1], second: Parameters<typeof placeOnFigJam>[1]) {
  const figma = new FakeFigma();
  await placeOnFigJam(figma, first);
  const before = figma.calls.length;
  const report = await placeOnFigJam(figma, second);
  return { figma, report, calls: figma.calls.slice(before) };
}

describe('placeOnFigJam: re-syncing a map already on the page', () => {
  test('a second identical placement makes zero write calls and no undo step', async () => {
    const layout = gridLayout({ stages: STAGES, lanes: 3, cardsPerCell: 2 });
    const { report, calls } = await placedTwice(layout, layout);
    expect(calls.filter((call) => call.kind === 'write' || call.kind === 'undo')).toEqual([]);
    expect(asWritten(report)).toEqual({ created: 0, updated: 0, removed: 0, kept: 0, failed: 0, cancelled: false, problems: [] });
  });

  test('the small fixture, curve and connector included, re-syncs with zero writes', async () => {
    const { calls } = await placedTwice(smallLayout(), smallLayout());
    expect(calls.filter((call) => call.kind === 'write')).toEqual([]);
  });

  test('changing one card text updates exactly that node', async () => {
    const before = gridLayout({ stages: STAGES, lanes: 3, cardsPerCell: 2 });
    const after = gridLayout({ stages: STAGES, lanes: 3, cardsPerCell: 2, text: { 'card:Buy:1:0': 'Checkout fails on mobile' } });
    const { figma, report, calls } = await placedTwice(before, after);
    const written = new Set(calls.filter((call) => call.kind === 'write').map((call) => call.node));
    const sticky = stickyByKey(figma, 'card:Buy:1:0');
    expect([...written]).toEqual([sticky.id]);
    expect(sticky.text.characters).toBe('Checkout fails on mobile');
    expect(asWritten(report)).toMatchObject({ created: 0, updated: 1, removed: 0, kept: 0, failed: 0 });
  });

  test('a sticky edited by hand is kept and reported when the data changes it too', async () => {
    const figma = new FakeFigma();
    await placeOnFigJam(figma, gridLayout({ stages: STAGES, lanes: 2, cardsPerCell: 1 }));
    stickyByKey(figma, 'card:Buy:0:0').text.characters = 'Team note: ask legal';
    const report = await placeOnFigJam(figma, gridLayout({ stages: STAGES, lanes: 2, cardsPerCell: 1, text: { 'card:Buy:0:0': 'New data text' } }));
    expect(stickyByKey(figma, 'card:Buy:0:0').text.characters).toBe('Team note: ask legal');
    expect(asWritten(report)).toMatchObject({ updated: 0, kept: 1, failed: 0 });
    expect(asWritten(report.problems)).toEqual([{ message: 'Kept as edited by hand: the sticky "New data text".', field: 'card:Buy:0:0' }]);
  });

  test('a sticky recoloured by hand counts as edited and keeps its colour', async () => {
    const figma = new FakeFigma();
    await placeOnFigJam(figma, gridLayout({ stages: STAGES, lanes: 2, cardsPerCell: 1 }));
    const sticky = stickyByKey(figma, 'card:Use:1:0');
    sticky.fills = [solidPaint('#AFF4C6')];
    const report = await placeOnFigJam(figma, gridLayout({ stages: STAGES, lanes: 2, cardsPerCell: 1, text: { 'card:Use:1:0': 'Changed' } }));
    expect(report.kept).toBe(1);
    expect(sticky.text.characters).toBe('Use 2.1');
  });

  test('an edited card that left the data stays on the board', async () => {
    const figma = new FakeFigma();
    await placeOnFigJam(figma, gridLayout({ stages: STAGES, lanes: 1, cardsPerCell: 1 }));
    const edited = stickyByKey(figma, 'card:Use:0:0');
    edited.text.characters = 'Keep me';
    const report = await placeOnFigJam(figma, gridLayout({ stages: ['Discover', 'Compare', 'Buy'], lanes: 1, cardsPerCell: 1 }));
    expect(edited.removed).toBe(false);
    // The stage header goes; the edited card stays; the frame shrinks and the curve is redrawn.
    expect(asWritten(report)).toMatchObject({ created: 0, removed: 1, kept: 1, updated: 2 });
  });

  test('a stage added in the middle moves the later stages and duplicates nothing', async () => {
    const before = gridLayout({ stages: STAGES, lanes: 2, cardsPerCell: 2 });
    const after = gridLayout({ stages: ['Discover', 'Compare', 'Try', 'Buy', 'Use'], lanes: 2, cardsPerCell: 2 });
    const { figma, report } = await placedTwice(before, after);
    const keys = figma.allNodes().map(keyOf);
    expect(keys).toHaveLength(after.primitives.length);
    expect(new Set(keys).size).toBe(keys.length);
    const moved = ['stage:Buy', 'stage:Use'].length + 2 * 2 * 2;
    const added = 1 + 2 * 2;
    // The frame grows and the curve is redrawn: both count as updates.
    expect(asWritten(report)).toMatchObject({ created: added, updated: moved + 2, removed: 0, kept: 0, failed: 0 });
    const fresh = new FakeFigma();
    await placeOnFigJam(fresh, after);
    expect(boardShape(figma)).toEqual(boardShape(fresh));
  });

  test('a stage removed from the data removes its unedited nodes and says how many', async () => {
    const before = gridLayout({ stages: STAGES, lanes: 2, cardsPerCell: 2 });
    const after = gridLayout({ stages: ['Discover', 'Buy', 'Use'], lanes: 2, cardsPerCell: 2 });
    const { figma, report } = await placedTwice(before, after);
    expect(report.removed).toBe(1 + 2 * 2);
    const fresh = new FakeFigma();
    await placeOnFigJam(fresh, after);
    expect(boardShape(figma)).toEqual(boardShape(fresh));
  });

  test('nodes without our plugin data are never touched, even inside the section', async () => {
    const figma = new FakeFigma();
    await placeOnFigJam(figma, gridLayout({ stages: STAGES, lanes: 1, cardsPerCell: 1 }));
    const section = figma.currentPage.children[0] as FakeSection;
    const theirs = figma.createSticky();
    section.appendChild(theirs);
    const before = figma.calls.length;
    await placeOnFigJam(figma, gridLayout({ stages: ['Discover'], lanes: 1, cardsPerCell: 1 }));
    expect(theirs.removed).toBe(false);
    expect(figma.calls.slice(before).some((call) => call.node === theirs.id)).toBe(false);
  });

  test('several maps on one page never interfere', async () => {
    const figma = new FakeFigma();
    const one = gridLayout({ journeyId: 'journey-one', stages: STAGES, lanes: 1, cardsPerCell: 1 });
    const two = gridLayout({ journeyId: 'journey-two', stages: STAGES, lanes: 1, cardsPerCell: 1 });
    await placeOnFigJam(figma, one);
    await placeOnFigJam(figma, two);
    const report = await placeOnFigJam(figma, gridLayout({ journeyId: 'journey-one', stages: ['Discover'], lanes: 1, cardsPerCell: 1 }));
    expect(report.removed).toBe(6);
    const journeys = figma.allNodes().map((node) => (JSON.parse(node.getPluginData('parcours')) as { j: string }).j);
    expect(journeys.filter((journey) => journey === 'journey-two')).toHaveLength(two.primitives.length);
    expect(figma.currentPage.children).toHaveLength(2);
  });

  test('a sticky dragged out of the section goes back into it', async () => {
    const figma = new FakeFigma();
    const layout = gridLayout({ stages: STAGES, lanes: 1, cardsPerCell: 1 });
    await placeOnFigJam(figma, layout);
    const sticky = stickyByKey(figma, 'card:Buy:0:0');
    const section = figma.currentPage.children[0] as FakeSection;
    section.children = section.children.filter((node) => node !== sticky);
    figma.currentPage.children.push(sticky);
    sticky.parent = figma.currentPage;
    const report = await placeOnFigJam(figma, layout);
    expect(report.updated).toBe(1);
    expect(sticky.parent).toBe(section);
  });

  test('switching the palette recolours everything without counting any node as edited', async () => {
    const { figma, report } = await placedTwice(smallLayout(), { ...smallLayout(), palette: 'dark' });
    expect(report.kept).toBe(0);
    expect(report.updated).toBe(11);
    const again = await placeOnFigJam(figma, { ...smallLayout(), palette: 'dark' });
    expect(again.updated).toBe(0);
  });

  test('a curve whose path changed is redrawn', async () => {
    const changed = smallLayout(undefined, { 'curve:emotion': { path: 'M320,520L580,540' } as never });
    const { figma, report } = await placedTwice(smallLayout(), changed);
    const vector = figma.allNodes().find((node) => node instanceof FakeVector) as FakeVector;
    expect(vector.vectorPaths).toEqual([{ windingRule: 'NONE', data: 'M 120 20 L 380 40' }]);
    expect(report.updated).toBe(1);
  });

  test('a card that became another kind of node is replaced in place', async () => {
    const asShape = smallLayout(undefined, { 'card:a2': { kind: 'card' } });
    const { figma, report } = await placedTwice(smallLayout(), asShape);
    const node = figma.allNodes().find((candidate) => keyOf(candidate) === 'card:a2');
    expect(asWritten([node?.type, node?.x, node?.y, report.updated, figma.allNodes().length])).toEqual(['SHAPE_WITH_TEXT', 460, 160, 1, 11]);
  });

  test('text a user restyled in another font still updates: that font is loaded first', async () => {
    const figma = new FakeFigma();
    await placeOnFigJam(figma, smallLayout());
    await figma.loadFontAsync({ family: 'Roboto Mono', style: 'Regular' });
    const sticky = stickyByKey(figma, 'card:a1');
    sticky.text.fontName = { family: 'Roboto Mono', style: 'Regular' };
    figma.loadedFonts.clear();
    const report = await placeOnFigJam(figma, smallLayout(undefined, { 'card:a1': { text: 'Asks a friend' } }));
    expect(asWritten(report)).toMatchObject({ updated: 1, failed: 0 });
    expect(sticky.text.characters).toBe('Asks a friend');
  });

  test('cancelled at any point then placed again equals a clean placement', async () => {
    const before = gridLayout({ stages: STAGES, lanes: 2, cardsPerCell: 2 });
    const after = gridLayout({ stages: ['Discover', 'Try', 'Buy', 'Use'], lanes: 2, cardsPerCell: 3, text: { 'card:Use:1:0': 'Renews online' } });
    const clean = new FakeFigma();
    await placeOnFigJam(clean, after);
    const expected = boardShape(clean);
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.integer({ min: 0, max: 60 }), async (fromScratch, stopAt) => {
        const figma = new FakeFigma();
        if (!fromScratch) await placeOnFigJam(figma, before);
        const controller = new AbortController();
        const interrupted = await placeOnFigJam(figma, after, {
          signal: controller.signal,
          onProgress: ({ done }) => {
            if (done === stopAt) controller.abort();
          },
        });
        const resumed = await placeOnFigJam(figma, after);
        expect(interrupted.cancelled || interrupted.failed === 0).toBe(true);
        expect(resumed.cancelled).toBe(false);
        expect(boardShape(figma)).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  test('a cancel says how far it got and that placing again finishes it', async () => {
    const figma = new FakeFigma();
    const controller = new AbortController();
    const report = await placeOnFigJam(figma, smallLayout(), {
      signal: controller.signal,
      onProgress: ({ done }) => {
        if (done === 4) controller.abort();
      },
    });
    expect(asWritten(report)).toMatchObject({ created: 4, cancelled: true });
    expect(asWritten(report.problems)).toEqual([{ message: 'Cancelled after 4 of 11 changes: what is on the board stays, placing again finishes it.' }]);
    expect(figma.calls.filter((call) => call.kind === 'undo')).toHaveLength(1);
  });
});
