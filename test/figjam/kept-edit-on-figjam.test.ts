import { describe, expect, test } from 'vitest';
import { layoutJourney, type Box, type PlacementReport } from '../../core/src/index.js';
import { layoutMetrics } from '../../core/src/layout/layout-metrics.js';
import { placeOnFigJam } from '../../figma-plugin/src/place-on-figjam.js';
import { panelStrings } from '../../ui/panel-strings.js';
import { previewAroundKept } from '../../ui/state/preview-around-kept.js';
import { summarizePlan } from '../../ui/state/plan-summary.js';
import { FakeFigma, FakeSection, FakeShape, FakeSticky, FakeText } from '../fakes/figma-fake.js';
import { besideEachOther, FIGJAM_OPTIONS, keptEditScenario, overlapping, PAIN } from '../sync/kept-edit-scenario.js';
import { asWritten } from '../words/as-written.js';
import { wiredFigJamHost } from './wired-figjam-host.js';

const wire = () => wiredFigJamHost('fr');

interface PageItem {
  node: FakeSection['children'][number];
  key: string;
  text: string;
  /** In the section's coordinates, as the layout's. */
  box: Box;
}

/** Our nodes in the map's section, with what a user reads on them; lines (connectors, the curve) left out. */
function pageItems(figma: FakeFigma): PageItem[] {
  const section = figma.currentPage.children.find((node) => node instanceof FakeSection)!;
  return section.children.flatMap((node): PageItem[] => {
    const text = node instanceof FakeSticky || node instanceof FakeShape ? node.text.characters : node instanceof FakeText ? node.characters : undefined;
    if (text === undefined) return [];
    const key = (JSON.parse(node.getPluginData('parcours') || '{}') as { k?: string }).k ?? '';
    return [{ node, key, text, box: { x: node.x, y: node.y, w: node.width, h: node.height } }];
  });
}

/** Everything a user would see over the item: the lane band behind it holds it by design. */
function coveringItems(items: readonly PageItem[], kept: PageItem): string[] {
  return overlapping(
    kept.box,
    items.filter((item) => item.node !== kept.node && !item.key.startsWith('lane:')).map((item) => ({ name: `${item.key} ${item.text}`, box: item.box })),
  );
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

async function editedThenReworded() {
  const { before, after, placedKey, rewordedKey } = keptEditScenario();
  const { figma, host } = wire();
  expect(await host.place(layoutJourney(before, FIGJAM_OPTIONS), {})).toMatchObject({ failed: 0, kept: 0 });

  // The user rewrites the pain point on the board.
  const sticky = pageItems(figma).find((item) => item.key === placedKey)!;
  (sticky.node as FakeSticky).text.characters = PAIN.editedByHand;

  const planned = await previewAroundKept(host, after, FIGJAM_OPTIONS, layoutJourney(after, FIGJAM_OPTIONS));
  const report = await host.place(planned.layout, {});
  return { figma, host, after, planned, report, placedKey, rewordedKey, stickyBefore: sticky };
}

describe('a hand edit on FigJam stays in sight when the data rewords the same card', () => {
  test('the edit keeps its text and place, nothing covers it, and the data’s version is beside it, marked', async () => {
    const { figma, placedKey, stickyBefore } = await editedThenReworded();
    const items = pageItems(figma);
    const kept = items.find((item) => item.key === placedKey)!;
    expect([kept.node, kept.text, kept.box]).toEqual([stickyBefore.node, PAIN.editedByHand, stickyBefore.box]);
    expect(coveringItems(items, kept)).toEqual([]);

    const beside = items.filter((item) => oneLine(item.text).includes(PAIN.reworded));
    expect(beside.map((item) => [item.key, oneLine(item.text)])).toEqual([[`updated:${placedKey}`, `Données mises à jour ${PAIN.reworded}`]]);
    expect(besideEachOther(beside[0]!.box, kept.box, layoutMetrics(FIGJAM_OPTIONS).gap)).toBe(true);
  });

  test('no two stickies or shapes of the map overlap after the re-import, whatever moved to make room', async () => {
    const { figma } = await editedThenReworded();
    const items = pageItems(figma).filter((item) => item.node instanceof FakeSticky);
    const pairs = items.flatMap((item, index) => overlapping(item.box, items.slice(index + 1).map((other) => ({ name: `${item.key} × ${other.key}`, box: other.box }))));
    expect(pairs).toEqual([]);
  });

  test('the plan crosses the panel’s messages whole and says what happens, in both languages, without an internal id', async () => {
    const { planned, placedKey } = await editedThenReworded();
    const summary = summarizePlan(planned.plan);
    expect(summary.counts).toMatchObject({ keep: 1, beside: 1, waiting: 0 });
    expect(summary.items[0]).toEqual({ change: 'keep', label: PAIN.editedByHand, beside: `Données mises à jour ${PAIN.reworded}` });
    expect(JSON.stringify(summary.items)).not.toContain(placedKey);
    expect(`${summary.counts.keep} ${panelStrings('fr').planKeepCount(summary.counts.keep)} (${summary.counts.beside} ${panelStrings('fr').planBeside(summary.counts.beside)})`).toBe(
      '1 conservé : modifié à la main (1 avec la version des données à côté)',
    );
    expect(`${summary.counts.keep} ${panelStrings('en').planKeepCount(summary.counts.keep)} (${summary.counts.beside} ${panelStrings('en').planBeside(summary.counts.beside)})`).toBe(
      '1 kept: edited by hand (1 with the data’s version beside it)',
    );
  });

  test('the placement report counts it and names both by their text', async () => {
    const { report, placedKey } = await editedThenReworded();
    expect(report).toMatchObject<Partial<PlacementReport>>({ created: 1, removed: 0, kept: 1, beside: 1, failed: 0, cancelled: false });
    expect(report.waiting).toBeUndefined();
    expect(asWritten(report.problems)).toEqual([
      { message: `Kept as edited by hand: "${PAIN.editedByHand}"; the data's version is beside it, marked as updated from the data.`, field: placedKey },
    ]);
  });

  test('placing the same file again writes nothing', async () => {
    const { figma, host, after } = await editedThenReworded();
    const before = figma.writes.length;
    const planned = await previewAroundKept(host, after, FIGJAM_OPTIONS, layoutJourney(after, FIGJAM_OPTIONS));
    expect(summarizePlan(planned.plan).changes).toBe(0);
    expect(await host.place(planned.layout, {})).toMatchObject({ created: 0, updated: 0, removed: 0, kept: 1, beside: 1 });
    expect(figma.writes.slice(before)).toEqual([]);
  });

  test('once the user deletes their edit, the data’s version takes its slot and loses its mark', async () => {
    const { figma, host, after, placedKey, rewordedKey, stickyBefore } = await editedThenReworded();
    stickyBefore.node.remove();
    const planned = await previewAroundKept(host, after, FIGJAM_OPTIONS, layoutJourney(after, FIGJAM_OPTIONS));
    expect(planned.plan.keep).toEqual([]);
    await host.place(planned.layout, {});
    const items = pageItems(figma);
    expect(items.filter((item) => oneLine(item.text).includes(PAIN.reworded)).map((item) => [item.key, oneLine(item.text), item.box])).toEqual([
      [rewordedKey, PAIN.reworded, stickyBefore.box],
    ]);
    expect(items.some((item) => item.key === `updated:${placedKey}`)).toBe(false);
  });

  test('a layout made without room for the edit covers nothing either: the reworded card waits, and the report says so', async () => {
    const { before, after, placedKey } = keptEditScenario();
    const figma = new FakeFigma();
    await placeOnFigJam(figma, layoutJourney(before, FIGJAM_OPTIONS));
    const sticky = pageItems(figma).find((item) => item.key === placedKey)!;
    (sticky.node as FakeSticky).text.characters = PAIN.editedByHand;
    const report = await placeOnFigJam(figma, layoutJourney(after, FIGJAM_OPTIONS));
    const items = pageItems(figma);
    expect(coveringItems(items, items.find((item) => item.key === placedKey)!)).toEqual([]);
    expect(items.some((item) => oneLine(item.text).includes(PAIN.reworded))).toBe(false);
    expect(asWritten(report)).toMatchObject({ created: 0, kept: 1, waiting: 1, failed: 0 });
    expect(asWritten(report.problems.at(-1))).toEqual({
      message: `Not placed: "${PAIN.reworded}" would cover "${PAIN.editedByHand}", edited by hand. Move or delete that item, then place again.`,
      field: expect.stringMatching(/^card:/) as unknown as string,
    });
    expect(panelStrings('fr').waiting(report.waiting ?? 0)).toBe(
      '1 changement attend : il couvrirait un élément modifié à la main. Déplacez ou supprimez cet élément sur le tableau, puis placez à nouveau.',
    );
    expect(panelStrings('en').waiting(2)).toBe('2 changes wait: they would cover items edited by hand. Move or delete those items on the board, then place again.');
  });

  test('switching the palette in the same re-import still leaves the edit in sight (its box is read as it is)', async () => {
    const { before, after, placedKey } = keptEditScenario();
    const { figma, host } = wire();
    await host.place(layoutJourney(before, FIGJAM_OPTIONS), {});
    const sticky = pageItems(figma).find((item) => item.key === placedKey)!;
    (sticky.node as FakeSticky).text.characters = PAIN.editedByHand;
    const dark = { ...FIGJAM_OPTIONS, palette: 'dark' as const };
    const planned = await previewAroundKept(host, after, dark, layoutJourney(after, dark));
    expect(await host.place(planned.layout, {})).toMatchObject({ kept: 1, beside: 1, failed: 0 });
    const items = pageItems(figma);
    expect(coveringItems(items, items.find((item) => item.key === placedKey)!)).toEqual([]);
    expect(items.find((item) => item.key === `updated:${placedKey}`)).toBeDefined();
  });
});

