import { describe, expect, test } from 'vitest';
import { compareJourneys, layoutJourney, previousWave, type Journey, type Layout } from '../../core/src/index.js';
import { placeOnFigJam } from '../../figma-plugin/src/place-on-figjam.js';
import { FakeFigma, FakeShape, FakeSticky, FakeVector } from '../fakes/figma-fake.js';
import { removedStageWaves } from '../layout/removed-stage-waves.js';

// FigJam's sizes (PRODUCT.md §11): a sticky is 240 × 240 and grows with its text.
const FIGJAM = { board: { itemsGrow: true }, stickySize: { w: 240, h: 240 } } as const;

function secondWave(locale: Journey['locale'], keepPrevious = true): { layout: Layout; removedId: string } {
  const { first, second } = removedStageWaves(locale);
  const previous = previousWave(second, compareJourneys(first, second));
  return { layout: layoutJourney(second, { ...FIGJAM, ...(keepPrevious && { previous }) }), removedId: previous.removedStages[0]?.stageId ?? '' };
}

const keyOf = (node: { getPluginData(key: string): string }) => (JSON.parse(node.getPluginData('parcours') || '{"k":""}') as { k: string }).k;
const nodeByKey = (figma: FakeFigma, key: string) => figma.allNodes().find((node) => keyOf(node) === key);

describe('a stage of the previous wave only, on FigJam', () => {
  test.each([
    ['fr', 'Étape retirée\nTravel', 'Résolu (était ×2)\nNo Wi-Fi'],
    ['en', 'Stage removed\nTravel', 'Resolved (was ×2)\nNo Wi-Fi'],
  ] as const)('in %s: its column header says it was removed, its pain comes back resolved in that column', async (locale, header, pain) => {
    const { layout, removedId } = secondWave(locale);
    const figma = new FakeFigma();
    expect(await placeOnFigJam(figma, layout)).toMatchObject({ failed: 0, problems: [] });
    const column = nodeByKey(figma, `stage:${removedId}`);
    expect(column).toBeInstanceOf(FakeShape);
    expect((column as FakeShape).text.characters).toBe(header);
    const resolved = figma.allNodes().find((node) => node instanceof FakeSticky && node.text.characters === pain);
    expect(resolved?.x).toBe(column?.x);
  });

  test('the previous wave is one dashed vector from Book to Arrive, through the removed column', async () => {
    const { layout, removedId } = secondWave('en');
    const figma = new FakeFigma();
    await placeOnFigJam(figma, layout);
    const vector = nodeByKey(figma, 'emotion:emo:previous:curve');
    expect(vector).toBeInstanceOf(FakeVector);
    expect((vector as FakeVector).dashPattern.length).toBeGreaterThan(0);
    const centre = (key: string) => {
      const node = nodeByKey(figma, key);
      return node ? node.x + node.width / 2 : NaN;
    };
    // The path is drawn from the vector's corner: its start and the end of each cubic segment are the points.
    const data = (vector as FakeVector).vectorPaths[0]?.data ?? '';
    const anchors = [...data.matchAll(/(?:^M|C(?:\s*[-\d.]+){4})\s*([-\d.]+)\s+[-\d.]+/g)].map((match) => (vector?.x ?? 0) + Number(match[1]));
    expect(anchors).toEqual([centre('stage:book'), centre(`stage:${removedId}`), centre('stage:arrive')]);
  });

  test('a second placement of the same waves writes nothing', async () => {
    const figma = new FakeFigma();
    await placeOnFigJam(figma, secondWave('en').layout);
    const before = figma.calls.length;
    expect(await placeOnFigJam(figma, secondWave('en').layout)).toMatchObject({ created: 0, updated: 0, removed: 0, kept: 0, failed: 0 });
    expect(figma.calls.slice(before).filter((call) => call.kind === 'write')).toEqual([]);
  });

  test('placed again without the previous wave, the removed column goes', async () => {
    const figma = new FakeFigma();
    const { layout, removedId } = secondWave('en');
    await placeOnFigJam(figma, layout);
    await placeOnFigJam(figma, secondWave('en', false).layout);
    const live = figma.allNodes().filter((node) => !node.removed);
    expect(live.map(keyOf)).not.toContain(`stage:${removedId}`);
    expect(live.map(keyOf).filter((key) => key.includes(':previous'))).toEqual([]);
    expect(live.filter((node) => node instanceof FakeSticky && node.text.characters.includes('No Wi-Fi'))).toEqual([]);
  });
});
