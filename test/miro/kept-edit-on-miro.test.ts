import { describe, expect, test } from 'vitest';
import { layoutJourney, type Box, type PlacementReport } from '../../core/src/index.js';
import { layoutMetrics } from '../../core/src/layout/layout-metrics.js';
import { createMiroPanelHost } from '../../miro-app/src/miro-panel-host.js';
import { placeOnMiro } from '../../miro-app/src/place-on-miro.js';
import { panelStrings } from '../../ui/panel-strings.js';
import { previewAroundKept } from '../../ui/state/preview-around-kept.js';
import { summarizePlan } from '../../ui/state/plan-summary.js';
import { createMiroFake, type MiroFake } from '../fakes/miro-fake.js';
import { besideEachOther, keptEditScenario, MIRO_OPTIONS, overlapping, PAIN } from '../sync/kept-edit-scenario.js';
import { asWritten } from '../words/as-written.js';

const quick = { pacing: { maxInFlight: 8 }, retry: { baseMs: 1, maxMs: 2 } };

interface BoardItem {
  id: string;
  key: string;
  type: string;
  text: string;
  /** In the frame's coordinates (top-left corner), as the layout's. */
  box: Box;
}

/** Our items inside the map's frame, as a user sees them. */
function boardItems(fake: MiroFake): BoardItem[] {
  const frame = fake.items().find((stored) => stored.type === 'frame')!;
  return fake
    .items()
    .filter((stored) => stored.parentId === frame.id)
    .map((stored) => {
      const props = stored.props as { x: number; y: number; width: number; height: number; content?: string; title?: string };
      const key = (stored.metadata.parcours as { k: string } | undefined)?.k ?? '';
      const box = { x: props.x - props.width / 2, y: props.y - props.height / 2, w: props.width, h: props.height };
      return { id: stored.id, key, type: stored.type, text: String(props.content ?? props.title ?? ''), box };
    });
}

/** The text a reader sees in an item's HTML: paragraphs as lines, lines wrapped by the board joined by spaces. */
function visible(html: string): string {
  return html.replace(/<\/p><p>/g, ' ').replace(/<[^>]+>/g, '').trim();
}

/** Everything a user would see over the item: the lane band behind it holds it by design. */
function coveringItems(items: readonly BoardItem[], kept: BoardItem): string[] {
  const others = items.filter((item) => item.id !== kept.id && !item.key.startsWith('lane:')).map((item) => ({ name: `${item.key} ${item.text}`, box: item.box }));
  return overlapping(kept.box, others);
}

async function editedThenReworded() {
  const { before, after, placedKey, rewordedKey } = keptEditScenario();
  const fake = createMiroFake();
  const host = createMiroPanelHost(fake.board, { locale: 'fr', userId: 'u1', place: quick });
  const first = await host.place(layoutJourney(before, MIRO_OPTIONS), {});
  expect(first).toMatchObject({ failed: 0, kept: 0 });

  // The user rewrites the pain point on the board.
  const sticky = boardItems(fake).find((item) => item.key === placedKey)!;
  fake.edit(sticky.id, { content: `<p>${PAIN.editedByHand}</p>` });

  const planned = await previewAroundKept(host, after, MIRO_OPTIONS, layoutJourney(after, MIRO_OPTIONS));
  const report = await host.place(planned.layout, {});
  return { fake, host, after, planned, report, placedKey, rewordedKey, stickyBefore: sticky };
}

describe('a hand edit on Miro stays in sight when the data rewords the same card', () => {
  test('the edit keeps its text and place, nothing covers it, and the data’s version is beside it, marked', async () => {
    const { fake, placedKey, stickyBefore } = await editedThenReworded();
    const items = boardItems(fake);
    const kept = items.find((item) => item.key === placedKey)!;
    expect(visible(kept.text)).toBe(PAIN.editedByHand);
    expect(kept.box).toEqual(stickyBefore.box);
    expect(coveringItems(items, kept)).toEqual([]);

    const beside = items.filter((item) => visible(item.text).includes(PAIN.reworded));
    expect(beside.map((item) => [item.key, visible(item.text)])).toEqual([[`updated:${placedKey}`, `Données mises à jour ${PAIN.reworded}`]]);
    expect(besideEachOther(beside[0]!.box, kept.box, layoutMetrics(MIRO_OPTIONS).gap)).toBe(true);
  });

  test('no two of our items overlap after the re-import, whatever moved to make room', async () => {
    const { fake } = await editedThenReworded();
    const items = boardItems(fake).filter((item) => item.type === 'sticky_note' || item.type === 'card');
    const pairs = items.flatMap((item, index) => overlapping(item.box, items.slice(index + 1).map((other) => ({ name: `${item.key} × ${other.key}`, box: other.box }))));
    expect(pairs).toEqual([]);
  });

  test('the plan says the edit is kept with the data’s version beside it, in both languages, without an internal id', async () => {
    const { planned, placedKey } = await editedThenReworded();
    const summary = summarizePlan(planned.plan);
    expect(summary.counts).toMatchObject({ keep: 1, beside: 1, waiting: 0 });
    expect(summary.items[0]).toEqual({ change: 'keep', label: PAIN.editedByHand, beside: `Données mises à jour ${PAIN.reworded}` });
    expect(JSON.stringify(summary.items)).not.toContain(placedKey);
    expect(panelStrings('fr').keptBeside(summary.counts.beside)).toBe(
      'Votre modification reste en place et la version plus récente des données va à côté, marquée comme mise à jour d’après les données. Pour adopter la version des données, supprimez la vôtre : au prochain placement, elle prendra sa place.',
    );
    expect(panelStrings('en').keptBeside(summary.counts.beside)).toBe(
      'Your edit stays where it is and the data’s newer version goes beside it, marked as updated from the data. To take the data’s version, delete yours: placing again puts it in its place.',
    );
  });

  test('the placement report counts it and names both by their text', async () => {
    const { report, placedKey } = await editedThenReworded();
    expect(report).toMatchObject<Partial<PlacementReport>>({ created: 1, removed: 0, kept: 1, beside: 1, failed: 0, cancelled: false });
    expect(report.waiting).toBeUndefined();
    expect(asWritten(report.problems)).toEqual([
      {
        message: `Kept "${PAIN.editedByHand}": edited by hand since it was placed, so it was neither overwritten nor removed; the data's version is beside it, marked as updated from the data.`,
        field: placedKey,
      },
    ]);
  });

  test('placing the same file again changes nothing: the edit and the data’s version stay as they are', async () => {
    const { fake, host, after } = await editedThenReworded();
    const before = fake.log.length;
    const planned = await previewAroundKept(host, after, MIRO_OPTIONS, layoutJourney(after, MIRO_OPTIONS));
    expect(summarizePlan(planned.plan).changes).toBe(0);
    const report = await host.place(planned.layout, {});
    expect(asWritten(report)).toMatchObject({ created: 0, updated: 0, removed: 0, kept: 1, beside: 1 });
    expect(fake.writes(before)).toEqual([]);
  });

  test('once the user deletes their edit, the data’s version takes its slot and loses its mark', async () => {
    const { fake, host, after, placedKey, rewordedKey, stickyBefore } = await editedThenReworded();
    await fake.board.remove((await fake.board.get({ type: ['sticky_note'] })).find((item) => item.id === stickyBefore.id)!);
    const planned = await previewAroundKept(host, after, MIRO_OPTIONS, layoutJourney(after, MIRO_OPTIONS));
    expect(planned.plan.keep).toEqual([]);
    await host.place(planned.layout, {});
    const items = boardItems(fake);
    expect(items.filter((item) => visible(item.text).includes(PAIN.reworded)).map((item) => [item.key, visible(item.text), item.box])).toEqual([
      [rewordedKey, PAIN.reworded, stickyBefore.box],
    ]);
    expect(items.some((item) => item.key === `updated:${placedKey}`)).toBe(false);
  });

  test('a layout made without room for the edit covers nothing either: the reworded card waits, and the report says so', async () => {
    const { before, after, placedKey } = keptEditScenario();
    const fake = createMiroFake();
    await placeOnMiro(fake.board, layoutJourney(before, MIRO_OPTIONS), quick);
    fake.edit(boardItems(fake).find((item) => item.key === placedKey)!.id, { content: `<p>${PAIN.editedByHand}</p>` });
    const report = await placeOnMiro(fake.board, layoutJourney(after, MIRO_OPTIONS), quick);
    const items = boardItems(fake);
    expect(coveringItems(items, items.find((item) => item.key === placedKey)!)).toEqual([]);
    expect(items.some((item) => visible(item.text).includes(PAIN.reworded))).toBe(false);
    expect(asWritten(report)).toMatchObject({ created: 0, kept: 1, waiting: 1, failed: 0 });
    expect(asWritten(report.problems.map((problem) => problem.message))).toContain(
      `Not placed: "${PAIN.reworded}" would cover "${PAIN.editedByHand}", edited by hand. Move or delete that item, then place again.`,
    );
  });
});

