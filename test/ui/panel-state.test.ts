import { describe, expect, test } from 'vitest';
import type { Journey, Layout, PlacementReport, Primitive, SyncPlan } from '../../core/src/index.js';
import { layoutOptionsFor } from '../../ui/state/layout-options-for.js';
import { defaultDraft, parseDraft } from '../../ui/state/panel-draft.js';
import { placeFlow, type PlaceFlow } from '../../ui/state/place-flow.js';
import { summarizePlan } from '../../ui/state/plan-summary.js';
import { importColumnMap } from '../../ui/state/imported-file.js';
import { smallLayout } from '../figjam/small-layout.js';

const layout: Layout = smallLayout();
const plan: SyncPlan = { journeyId: 'j', add: [], update: [], move: [], remove: [], keep: [], waiting: [], unchanged: 0 };
const report: PlacementReport = { created: 3, updated: 0, removed: 0, kept: 0, failed: 0, cancelled: false, problems: [] };

describe('panel draft', () => {
  test('a first opening gets the default draft in the host language', () => {
    expect(parseDraft(undefined, 'fr')).toEqual(defaultDraft('fr'));
  });

  test('a stored draft comes back as stored', () => {
    const draft = { ...defaultDraft('en'), locale: 'fr' as const, source: 'file' as const, columnMap: { Ressenti: 'emotion' } };
    expect(parseDraft(structuredClone(draft), 'en')).toEqual(draft);
  });

  test.each([
    ['a string', 'hello'],
    ['another version', { ...defaultDraft('en'), v: 2 }],
    ['an unknown lane kind', { ...defaultDraft('en'), template: { ...defaultDraft('en').template, lanes: [{ kind: 'moods', title: 'x' }] } }],
    ['a bad cell key', { ...defaultDraft('en'), template: { ...defaultDraft('en').template, cells: { a: 'x' } } }],
    ['too many quotes', { ...defaultDraft('en'), options: { ...defaultDraft('en').options, maxQuotes: 500 } }],
  ])('%s falls back to the default draft', (_, stored) => {
    expect(parseDraft(stored, 'en')).toEqual(defaultDraft('en'));
  });
});

describe('place flow', () => {
  const run = (events: Parameters<typeof placeFlow>[1][]): PlaceFlow => events.reduce(placeFlow, { step: 'idle' } as PlaceFlow);

  test('plan, confirm, progress, placed', () => {
    expect(
      run([
        { type: 'plan' },
        { type: 'planned', plan, layout },
        { type: 'confirm' },
        { type: 'progress', progress: { phase: 'create', done: 1, total: 3 } },
        { type: 'placed', report },
      ]),
    ).toEqual({ step: 'done', report });
  });

  test('progress is kept while placing and Cancel marks it cancelling', () => {
    expect(run([{ type: 'plan' }, { type: 'planned', plan, layout }, { type: 'confirm' }, { type: 'progress', progress: { phase: 'create', done: 2, total: 9 } }, { type: 'cancel' }])).toEqual({
      step: 'placing',
      progress: { phase: 'create', done: 2, total: 9 },
      cancelling: true,
    });
  });

  test.each([
    ['confirm without a plan', [{ type: 'confirm' }], { step: 'idle' }],
    ['a late progress after the summary', [{ type: 'plan' }, { type: 'planned', plan, layout }, { type: 'confirm' }, { type: 'placed', report }, { type: 'progress', progress: { phase: 'create', done: 1, total: 1 } }], { step: 'done', report }],
    ['a second plan while planning', [{ type: 'plan' }, { type: 'plan' }], { step: 'planning' }],
    ['reset while placing', [{ type: 'plan' }, { type: 'planned', plan, layout }, { type: 'confirm' }, { type: 'reset' }], { step: 'placing', progress: null, cancelling: false }],
    ['a planned answer that arrives after going back', [{ type: 'plan' }, { type: 'reset' }, { type: 'planned', plan, layout }], { step: 'idle' }],
    ['a failure while planning', [{ type: 'plan' }, { type: 'failed', message: 'no page' }], { step: 'failed', message: 'no page' }],
  ] as const)('ignores what makes no sense: %s', (_, events, expected) => {
    expect(run([...events] as Parameters<typeof placeFlow>[1][])).toEqual(expected);
  });
});

describe('summarizePlan', () => {
  test('counts every change and lists kept, waiting and removed items first, labelled by their text, never by their key', () => {
    const [frame, title, stage] = layout.primitives;
    const record = (key: string, text?: string) => ({ hostId: key, journeyId: 'j', key, hash: 'a', currentHash: 'a', box: { x: 0, y: 0, w: 1, h: 1 }, ...(text === undefined ? {} : { text }) });
    const beside: Primitive = { kind: 'sticky', key: 'updated:card:mine', box: { x: 0, y: 0, w: 1, h: 1 }, style: 'pain', text: 'Updated from data\nPrice hidden  until checkout' };
    const summary = summarizePlan({
      journeyId: 'j',
      add: [stage!],
      update: [{ record: record('title'), primitive: title! }],
      move: [{ record: record('frame'), primitive: frame! }],
      remove: [record('card:gone', 'Old\npain'), record('shape:bare')],
      keep: [{ record: record('card:mine', 'Prix  caché'), reason: 'edited', beside }],
      waiting: [{ change: 'add', primitive: stage!, covers: record('card:mine', 'Prix caché') }],
      unchanged: 4,
    });
    // Its groups are checked in test/words/honest-import.test.ts.
    expect({ ...summary, groups: undefined }).toEqual({
      counts: { add: 1, update: 1, move: 1, remove: 2, keep: 1, waiting: 1, unchanged: 4, beside: 1 },
      changes: 5,
      items: [
        { change: 'keep', label: 'Prix caché', beside: 'Updated from data Price hidden until checkout' },
        { change: 'waiting', label: 'Discover', covers: 'Prix caché' },
        { change: 'remove', label: 'Old pain' },
        { change: 'remove', label: '' },
        { change: 'update', label: 'Commuter journey' },
        { change: 'add', label: 'Discover' },
        { change: 'move', label: 'Commuter journey' },
      ],
      more: 0,
    });
  });

  test('labels a kept item the board reads no text from by the data’s text', () => {
    const record = { hostId: 'h', journeyId: 'j', key: 'title', hash: 'a', currentHash: 'b', box: { x: 0, y: 0, w: 1, h: 1 } };
    const summary = summarizePlan({ ...plan, keep: [{ record, primitive: layout.primitives[1]!, reason: 'edited' }] });
    expect(summary.items).toEqual([{ change: 'keep', label: 'Commuter journey' }]);
  });

  test('lists at most `limit` items and says how many more', () => {
    const summary = summarizePlan({ ...plan, add: layout.primitives }, 3);
    expect([summary.items.length, summary.more]).toEqual([3, layout.primitives.length - 3]);
  });
});

describe('layoutOptionsFor', () => {
  const journey = { lanes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], emotions: [] as Journey['emotions'] } as Journey;
  const options = { hiddenLanes: ['b'], stickySize: 'small' as const, palette: 'dark' as const, maxQuotes: 2 };

  test('hidden lanes are left out, the rest keep the journey order; without a host, a picture of square stickies', () => {
    expect(layoutOptionsFor(journey, options)).toEqual({ lanes: ['a', 'c'], stickySize: { w: 160, h: 160 }, palette: 'dark', maxQuotesPerCell: 2 });
  });

  test('keeps the emotion curve of a journey whose emotions have no lane of their own', () => {
    const withEmotions = { ...journey, locale: 'en', emotions: [{ stageId: 's', score: 1 }] } as Journey;
    expect(layoutOptionsFor(withEmotions, options).lanes).toEqual(['a', 'c', 'emotions']);
  });

  test("the host's fixed sticky size wins over the option, and the map is laid out for a board whose items grow (FigJam)", () => {
    const figjam = { fixedStickySize: { w: 240, h: 240 }, board: { sticky: { w: 240, h: 240 }, itemsGrow: true } };
    expect(layoutOptionsFor(journey, options, figjam)).toMatchObject({ stickySize: { w: 240, h: 240 }, board: { itemsGrow: true } });
  });

  test.each([
    ['small', { w: 159, h: 183 }],
    ['medium', { w: 199, h: 228 }],
    ['large', { w: 239, h: 274 }],
  ] as const)("the user's %s scales the host's own sticky note (Miro 199 × 228), the height never short of the note's", (size, sticky) => {
    const miro = { board: { sticky: { w: 199, h: 228 }, itemsGrow: false, lineHeight: 1.4 } };
    expect(layoutOptionsFor(journey, { ...options, stickySize: size }, miro)).toMatchObject({ stickySize: sticky, board: { itemsGrow: false, lineHeight: 1.4 } });
    expect(sticky.h).toBeGreaterThanOrEqual((sticky.w * 228) / 199);
  });
});

describe('importColumnMap', () => {
  test('keeps only the remembered remaps whose header the file has', () => {
    const result = {
      ok: true as const,
      journey: {} as Journey,
      warnings: [],
      report: {
        format: 'wide-csv' as const,
        columns: [
          { header: 'Étape', index: 0, role: 'stage' },
          { header: 'Ressenti', index: 1, role: null },
        ],
        unknownColumns: ['Ressenti'],
        rows: 1,
        stages: 1,
        cards: 0,
        personas: 0,
      },
    };
    expect(importColumnMap(result, { Ressenti: 'emotion', Canal: 'channel' })).toEqual({ Ressenti: 'emotion' });
  });
});
