/**
 * Every way FigJam fails a placement, in one file: a font or a create that throws (one run), a k-th
 * write refused, a host refusing for 30 s, the panel closing, a call that never answers. The board
 * check's failures sit with the check (`test/figjam/check-figjam-board.test.ts`).
 */
import { describe, expect, test, vi } from 'vitest';
import { layoutJourney, type Layout, type PlacementReport } from '../../core/src/index.js';
import { placeOnFigJam, type FigJamPlaceOptions } from '../../figma-plugin/src/place-on-figjam.js';
import { FakeFigma, FakeSticky } from '../fakes/figma-fake.js';
import { boardShape } from '../figjam/board-tree.js';
import { gridLayout } from '../figjam/grid-layout.js';
import { smallLayout } from '../figjam/small-layout.js';
import { FaultyFigma } from './faulty-figma.js';
import { hostileJourney } from './hostile-journey.js';
import { asWritten } from '../words/as-written.js';

const STAGES = ['Discover', 'Compare offers', '<b>Pay</b>', 'Use the app'];
/** A real map: stages, five card lanes, a persona and the emotion curve. */
const layout: Layout = layoutJourney(hostileJourney(STAGES));
/** The same map a week later: other card texts, a stage more. */
const updated: Layout = layoutJourney(hostileJourney([...STAGES.map((stage) => `${stage} (v2)`), 'Renew']));

/** Every placement at the same spot, so that a re-synced map compares with a fresh one. */
const place = (figma: FakeFigma, of: Layout, options: FigJamPlaceOptions = {}) => placeOnFigJam(figma, of, { origin: { x: 0, y: 0 }, ...options });

async function cleanShape(of: Layout): Promise<unknown> {
  const figma = new FakeFigma();
  await place(figma, of);
  return boardShape(figma);
}

/** Nodes on the page without our plugin data: what a resume could never recognise. */
function unmarked(figma: FakeFigma): number {
  return figma.allNodes().filter((node) => node.getPluginData('parcours') === '').length;
}

/** Keys placed more than once. */
function duplicates(figma: FakeFigma): string[] {
  const keys = figma.allNodes().map((node) => node.getPluginData('parcours')).filter((data) => data !== '').map((data) => (JSON.parse(data) as { k: string }).k);
  return keys.filter((key, index) => keys.indexOf(key) !== index);
}

const messages = (report: PlacementReport) => report.problems.map((problem) => problem.message).join('\n');

describe('placeOnFigJam: when the host fails', () => {
  test('a font that fails to load stops everything before the first write', async () => {
    const figma = new FakeFigma();
    figma.failures = { fonts: ['Inter Bold'] };
    const report = await placeOnFigJam(figma, smallLayout());
    expect(figma.writes).toEqual([]);
    expect(asWritten(report)).toEqual({
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
    expect(asWritten(report)).toEqual({
      created: 0,
      updated: 0,
      removed: 0,
      kept: 0,
      failed: 1,
      cancelled: false,
      problems: [
        { message: 'Could not create the sticky "Too many similar apps": the board refused it: it goes past a limit (node limit reached).', field: 'card:a2' },
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
    expect(asWritten(report)).toMatchObject({ created: 0, updated: 0, failed: 1 });
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
    expect(asWritten(report)).toMatchObject({ created: 11, failed: 0 });
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
    expect(asWritten(report)).toMatchObject({ updated: 1, failed: 1 });
    expect(asWritten(report.problems)).toEqual([{ message: 'Could not update the sticky "Asks a friend": the board would not let it be changed (locked, or no edit rights) (the node is locked by another plugin).', field: 'card:a1' }]);
  });
});

describe('FigJam: every k-th host write fails', () => {
  test.each([2, 7, 40, 150])('a first placement with every %i-th write refused ends with a report; a healthy resume is clean', async (k) => {
    const figma = new FaultyFigma();
    figma.refuse = (n) => (n % k === 0 ? 'the document is busy' : undefined);
    const first = await place(figma, layout);
    expect(first.failed).toBeGreaterThan(0);
    expect(messages(first)).toContain('the document is busy');
    expect(unmarked(figma)).toBe(0);
    figma.refuse = () => undefined;
    const resumed = await place(figma, layout);
    expect(resumed).toMatchObject({ failed: 0, cancelled: false });
    expect(duplicates(figma)).toEqual([]);
    expect(boardShape(figma)).toEqual(await cleanShape(layout));
  });

  test.each([3, 11, 60])('a re-sync with every %i-th write refused reports each failed node; a healthy resume is clean', async (k) => {
    const figma = new FaultyFigma();
    await place(figma, layout);
    figma.refuse = (n) => (n % k === 0 ? 'the document is busy' : undefined);
    const first = await place(figma, updated);
    expect(first.failed).toBeGreaterThan(0);
    expect(messages(first)).toContain('the document is busy');
    expect(unmarked(figma)).toBe(0);
    figma.refuse = () => undefined;
    const resumed = await place(figma, updated);
    expect(resumed).toMatchObject({ failed: 0, cancelled: false });
    expect(duplicates(figma)).toEqual([]);
    expect(boardShape(figma)).toEqual(await cleanShape(updated));
  });
});

describe('FigJam: the host refuses every write for 30 s', () => {
  test('refusals from a create on, removals refused too: a report of what stayed, never a throw; a resume after 30 s is clean', async () => {
    let now = 0;
    let walled = false;
    const figma = new FaultyFigma();
    figma.refuse = (n, op) => {
      walled ||= n >= 120 && op.startsWith('create');
      return walled && now < 30_000 ? 'Rate limited: try again in 30 s' : undefined;
    };
    const first = await place(figma, layout);
    expect(first.failed).toBe(1);
    expect(messages(first)).toContain('Rate limited: try again in 30 s');
    expect(messages(first)).toMatch(/the host also refused to remove \d+ of the items created before the failure, so they stay on the board; placing again finishes the map without duplicates\./);
    expect(first.created).toBe(figma.allNodes().length);
    expect(unmarked(figma)).toBe(0);
    now = 31_000;
    const resumed = await place(figma, layout);
    expect(resumed).toMatchObject({ failed: 0, cancelled: false });
    expect(first.created + resumed.created).toBe(layout.primitives.length);
    expect(boardShape(figma)).toEqual(await cleanShape(layout));
  });

  test('refusals from the middle of a node on: the node left without data is named for removal by hand; then a resume is clean', async () => {
    let now = 0;
    const figma = new FaultyFigma();
    figma.refuse = (n) => (n >= 120 && now < 30_000 ? 'Rate limited: try again in 30 s' : undefined);
    const first = await place(figma, layout);
    expect(first.failed).toBe(1);
    expect(messages(first)).toMatch(/the host also refused to remove \d+ of the items created before the failure, so they stay on the board; 1 of them carry no Parcours data: remove those by hand before placing again\./);
    expect(unmarked(figma)).toBe(1);
    now = 31_000;
    for (const node of figma.allNodes()) if (node.getPluginData('parcours') === '') node.remove();
    await place(figma, layout);
    expect(boardShape(figma)).toEqual(await cleanShape(layout));
  });

  test('refused from the first write: nothing placed, the report says why; a resume after 30 s is clean', async () => {
    let now = 0;
    const figma = new FaultyFigma();
    figma.refuse = () => (now < 30_000 ? 'Rate limited: try again in 30 s' : undefined);
    const first = await place(figma, layout);
    expect(first).toMatchObject({ created: 0, failed: 1 });
    expect(messages(first)).toContain('Nothing was placed');
    expect(figma.currentPage.children).toEqual([]);
    now = 31_000;
    await place(figma, layout);
    expect(boardShape(figma)).toEqual(await cleanShape(layout));
  });
});

describe('FigJam: the panel closes mid-placement', () => {
  test('closed while the fonts load: nothing is written, the report says it was cancelled', async () => {
    const figma = new FaultyFigma();
    const panel = new AbortController();
    const loading = figma.loadFontAsync.bind(figma);
    figma.loadFontAsync = async (font) => {
      panel.abort();
      return loading(font);
    };
    const report = await place(figma, layout, { signal: panel.signal });
    expect(asWritten(report)).toMatchObject({ created: 0, cancelled: true });
    expect(figma.writes).toEqual([]);
    const resumed = await place(figma, layout);
    expect(resumed.failed).toBe(0);
    expect(boardShape(figma)).toEqual(await cleanShape(layout));
  });

  test.each([1, 30, 80])('closed after %i changes while writes fail now and then: a resume is clean', async (after) => {
    const figma = new FaultyFigma();
    await place(figma, layout);
    figma.refuse = (n) => (n % 9 === 0 ? 'the document is busy' : undefined);
    const panel = new AbortController();
    const first = await place(figma, updated, {
      signal: panel.signal,
      onProgress: ({ done }) => {
        if (done >= after) panel.abort();
      },
    });
    expect(first.cancelled || first.failed > 0).toBe(true);
    expect(unmarked(figma)).toBe(0);
    figma.refuse = () => undefined;
    await place(figma, updated);
    expect(duplicates(figma)).toEqual([]);
    expect(boardShape(figma)).toEqual(await cleanShape(updated));
  });
});

describe('FigJam: a host call that never answers', () => {
  test('a font load that never answers lets Cancel end the placement at once, with a report', async () => {
    const figma = new FaultyFigma();
    figma.fontsHang = true;
    const panel = new AbortController();
    const placing = place(figma, layout, { signal: panel.signal });
    await figma.fontHanging;
    panel.abort();
    const report = await placing;
    expect(asWritten(report)).toMatchObject({ created: 0, failed: 0, cancelled: true });
    expect(messages(report)).toBe('Cancelled while the fonts were loading: nothing was placed, the board is as before.');
    expect(figma.writes).toEqual([]);
  });

  test('a font load that never answers times out after 30 s: nothing placed, the report says which font', async () => {
    vi.useFakeTimers();
    try {
      const figma = new FaultyFigma();
      figma.fontsHang = true;
      const placing = place(figma, layout);
      await vi.advanceTimersByTimeAsync(30_000);
      const report = await placing;
      expect(asWritten(report)).toMatchObject({ created: 0, cancelled: false });
      expect(report.failed).toBeGreaterThan(0);
      expect(messages(report)).toBe(
        [
          'The font Inter Medium could not be loaded: FigJam did not answer within 30 s (timed out).',
          'The font Inter Bold could not be loaded: FigJam did not answer within 30 s (timed out).',
          'Nothing was placed: the board is as before.',
        ].join('\n'),
      );
      expect(figma.writes).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
