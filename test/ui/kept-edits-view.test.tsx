// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, test } from 'vitest';
import { hashPrimitive, layoutJourney, planSync, type Layout, type PlacedRecord, type PlacementReport, type SyncPlan } from '../../core/src/index.js';
import { PlaceFlowView } from '../../ui/components/place-flow-view.js';
import type { PanelHost } from '../../ui/panel-host.js';
import { panelStrings } from '../../ui/panel-strings.js';
import type { PlaceFlow } from '../../ui/state/place-flow.js';
import { previewAroundKept } from '../../ui/state/preview-around-kept.js';
import { journeyWith } from '../layout/journey-builder.js';
import { button, freshRootPerTest, mount, root } from './panel-harness.js';

const journey = journeyWith({
  lanes: [{ id: 'pains', kind: 'painPoints', title: 'Pain points' }],
  cards: [
    { id: 'old', stageId: 's1', laneId: 'pains', text: 'Price unclear' },
    { id: 'two', stageId: 's1', laneId: 'pains', text: 'Hidden fees' },
  ],
});
const rewordedJourney = { ...journey, cards: journey.cards.map((card) => (card.id === 'old' ? { ...card, id: 'new', text: 'Price shown too late' } : card)) };
const options = { personaPanel: false };

/** The board after placing `journey` and editing the card `old` by hand. */
function boardWithEdit(): PlacedRecord[] {
  return layoutJourney(journey, options).primitives.map((primitive, index) => {
    const hash = hashPrimitive(primitive);
    const edited = primitive.key === 'card:old';
    return { hostId: `h${index}`, journeyId: journey.id, key: primitive.key, hash, currentHash: edited ? 'typed' : hash, box: primitive.box, text: edited ? 'Price unclear (workshop)' : primitive.text };
  });
}

function previewHost(records: PlacedRecord[]) {
  const previewed: Layout[] = [];
  const host: Pick<PanelHost, 'preview'> = {
    async preview(layout) {
      previewed.push(layout);
      return planSync(records, layout);
    },
  };
  return { host, previewed };
}

describe('previewAroundKept', () => {
  test('previews once when no hand edit is in the way', async () => {
    const { host, previewed } = previewHost([]);
    const layout = layoutJourney(rewordedJourney, options);
    const planned = await previewAroundKept(host, rewordedJourney, options, layout);
    expect(previewed).toEqual([layout]);
    expect(planned.layout).toBe(layout);
  });

  test('lays the map out again around a kept edit the data reworded, and plans that layout', async () => {
    const { host, previewed } = previewHost(boardWithEdit());
    const planned = await previewAroundKept(host, rewordedJourney, options, layoutJourney(rewordedJourney, options));
    expect(previewed).toHaveLength(2);
    expect(planned.layout).toBe(previewed[1]);
    expect(planned.plan.waiting).toEqual([]);
    expect(planned.plan.keep.map(({ record, beside }) => [record.key, beside?.key, beside?.text.replace(/\s+/g, ' ')])).toEqual([['card:old', 'updated:card:old', 'Updated from data Price shown too late']]);
  });
});

freshRootPerTest();

async function show(flow: PlaceFlow, locale: 'fr' | 'en') {
  const noop = () => undefined;
  await act(async () => {
    render(<PlaceFlowView flow={flow} strings={panelStrings(locale)} canPlace onPlace={noop} onConfirm={noop} onBack={noop} onCancel={noop} />, root);
  });
}

const counts = () => [...root.querySelectorAll('.pc-count')].map((item) => item.textContent);
const listed = () => [...root.querySelectorAll('.pc-plan-items li')].map((item) => item.textContent);

/** A plan with `kept` edits, each with the data's version beside it, and `waiting` changes held back. */
function planWith(kept: number, waiting: number): SyncPlan {
  const records = boardWithEdit();
  const layout = layoutJourney(rewordedJourney, options);
  const edit = records.find((record) => record.key === 'card:old')!;
  const beside = { ...layout.primitives.find((primitive) => primitive.key === 'card:new')!, key: 'updated:card:old', text: 'Updated from data\nPrice shown too late' };
  const base = planSync(records, layout);
  return {
    ...base,
    keep: Array.from({ length: kept }, () => ({ record: edit, reason: 'edited' as const, beside })),
    waiting: Array.from({ length: waiting }, () => ({ change: 'add' as const, primitive: layout.primitives.find((primitive) => primitive.key === 'card:new')!, covers: edit })),
  };
}

describe('the panel plans around hand edits', () => {
  test('a kept card the data changed: the panel plans a second layout, with the data’s version beside it, and places that one', async () => {
    const previewed: Layout[] = [];
    const placed: Layout[] = [];
    const host: PanelHost = {
      name: 'playground',
      locale: 'en',
      async preview(layout) {
        previewed.push(layout);
        // The board: the first card of the map as placed earlier with other words, then edited by hand.
        const first = previewed[0]!.primitives.find((primitive) => primitive.key.startsWith('card:'))!;
        const record = { hostId: 'h1', journeyId: layout.journeyId, key: first.key, hash: hashPrimitive({ ...first, text: 'Earlier words' }), currentHash: 'typed', box: first.box, text: 'Typed by hand' };
        return planSync([record], layout);
      },
      async place(layout) {
        placed.push(layout);
        return { created: 0, updated: 0, removed: 0, kept: 1, beside: 1, failed: 0, cancelled: false, problems: [] };
      },
      loadDraft: async () => undefined,
      saveDraft: async () => undefined,
    };
    await mount({ host });
    await act(async () => button(/^Place on board/).click());
    await act(async () => undefined);
    expect(previewed).toHaveLength(2);
    expect(previewed[1]!.primitives.filter((primitive) => primitive.key.startsWith('updated:')).map((primitive) => primitive.text.split('\n')[0])).toEqual(['Updated from data']);
    expect(root.querySelector('[data-testid=pc-kept-beside]')?.textContent).toBe(panelStrings('en').keptBeside(1));
    await act(async () => button(/^Apply/).click());
    expect(placed).toEqual([previewed[1]]);
  });
});

describe('the plan and the summary say what happens to hand edits', () => {
  test('one kept edit with the data’s version beside it, in English', async () => {
    await show({ step: 'planned', plan: planWith(1, 0), layout: layoutJourney(rewordedJourney, options) }, 'en');
    expect(counts()).toContain('1 kept: edited by hand (1 with the data’s version beside it)');
    expect(listed()[0]).toBe('kept: edited by hand Price unclear (workshop) · the data’s version beside it: “Updated from data Price shown too late”');
    expect(root.querySelector('[data-testid=pc-kept-beside]')?.textContent).toBe(panelStrings('en').keptBeside(1));
    expect(root.querySelector('[data-testid=pc-waiting]')).toBeNull();
  });

  test('two kept edits and one waiting change, in French, with French plurals', async () => {
    await show({ step: 'planned', plan: planWith(2, 1), layout: layoutJourney(rewordedJourney, options) }, 'fr');
    expect(counts()).toContain('2 conservés : modifiés à la main (2 avec la version des données à côté)');
    expect(counts()).toContain('1 en attente : couvrirait une modification faite à la main');
    expect(listed()).toContain('en attente Price shown too late · sur «\u00a0Price unclear (workshop)\u00a0»');
    expect(root.querySelector('[data-testid=pc-kept-beside]')?.textContent).toBe(
      'Vos 2 modifications restent en place et la version plus récente des données va à côté de chacune, marquée comme mise à jour d’après les données. Pour adopter la version des données, supprimez la vôtre : au prochain placement, elle prendra sa place.',
    );
    expect(root.querySelector('[data-testid=pc-waiting]')?.textContent).toBe(
      '1 changement attend : il couvrirait un élément modifié à la main. Déplacez ou supprimez cet élément sur le tableau, puis placez à nouveau.',
    );
  });

  test('one kept edit in French is singular', async () => {
    await show({ step: 'planned', plan: planWith(1, 2), layout: layoutJourney(rewordedJourney, options) }, 'fr');
    expect(counts()).toContain('1 conservé : modifié à la main (1 avec la version des données à côté)');
    expect(counts()).toContain('2 en attente : couvriraient des modifications faites à la main');
  });

  test('the summary after placing counts both, in either language', async () => {
    const report: PlacementReport = { created: 1, updated: 3, removed: 0, kept: 1, beside: 1, waiting: 2, failed: 0, cancelled: false, problems: [] };
    await show({ step: 'done', report }, 'fr');
    expect(root.textContent).toContain('1 créé, 3 mis à jour, 0 retiré');
    expect(root.textContent).toContain('1 conservé car modifié, 0 en échec');
    expect(root.querySelector('[data-testid=pc-kept-beside]')?.textContent).toBe(panelStrings('fr').keptBeside(1));
    expect(root.querySelector('[data-testid=pc-waiting]')?.textContent).toBe(
      '2 changements attendent : ils couvriraient des éléments modifiés à la main. Déplacez ou supprimez ces éléments sur le tableau, puis placez à nouveau.',
    );
    await show({ step: 'done', report: { ...report, kept: 3, beside: 3, waiting: 1 } }, 'en');
    expect(root.textContent).toContain('3 kept as edited, 0 failed');
    expect(root.querySelector('[data-testid=pc-kept-beside]')?.textContent).toBe(
      'Your 3 edits stay where they are and the data’s newer version goes beside each one, marked as updated from the data. To take the data’s version, delete yours: placing again puts it in its place.',
    );
    expect(root.querySelector('[data-testid=pc-waiting]')?.textContent).toBe('1 change waits: it would cover an item edited by hand. Move or delete that item on the board, then place again.');
  });
});
