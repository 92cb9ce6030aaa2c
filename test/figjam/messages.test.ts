import { describe, expect, test } from 'vitest';
import { createFigJamPanelHost, type PanelChannel } from '../../figma-plugin/src/figjam-panel-host.js';
import { DRAFT_STORAGE_KEY, handlePanelMessages } from '../../figma-plugin/src/handle-panel-message.js';
import { parsePluginMessage, type ToMain } from '../../figma-plugin/src/messages.js';
import { hashPrimitive, type PlacementProgress } from '../../core/src/index.js';
import { decodePlacedData, PLACED_DATA_KEY } from '../../figma-plugin/src/figjam-placed-data.js';
import { FakeFigma } from '../fakes/figma-fake.js';
import { gridLayout } from './grid-layout.js';
import { smallLayout } from './small-layout.js';

const layout = smallLayout();
const report = { created: 1, updated: 0, removed: 0, kept: 0, failed: 0, cancelled: false, problems: [{ message: 'x', row: 2 }] };

describe('parsePluginMessage', () => {
  test.each([
    ['preview', { type: 'preview', id: 1, layout }],
    ['place', { type: 'place', id: 2, layout }],
    ['cancel', { type: 'cancel', id: 2 }],
    ['load-draft', { type: 'load-draft', id: 3 }],
    ['save-draft with any JSON', { type: 'save-draft', id: 4, draft: { form: { title: 'Voyage' } } }],
  ])('the main thread accepts %s', (_, message) => {
    expect(parsePluginMessage(message, 'main')).toEqual({ ok: true, message });
  });

  test.each([
    ['plan', { type: 'plan', id: 1, plan: { journeyId: 'j', add: layout.primitives, update: [], move: [], remove: [], keep: [], waiting: [], unchanged: 0 } }],
    ['progress', { type: 'progress', id: 1, progress: { phase: 'create', done: 3, total: 9 } }],
    ['placed', { type: 'placed', id: 1, report }],
    ['draft', { type: 'draft', id: 1, draft: null }],
    ['saved', { type: 'saved', id: 1 }],
    ['failed', { type: 'failed', id: 1, message: 'boom' }],
  ])('the panel accepts %s', (_, message) => {
    expect(parsePluginMessage(message, 'panel')).toEqual({ ok: true, message });
  });

  test('a box read back from nowhere (NaN) crosses as JSON would carry it (null) and comes back NaN', () => {
    const record = { hostId: '1:2', journeyId: 'j', key: 'curve:emotions', hash: 'a', currentHash: 'a', box: { x: Number.NaN, y: Number.NaN, w: 10, h: 10 } };
    const message = { type: 'plan', id: 1, plan: { journeyId: 'j', add: [], update: [], move: [], remove: [record], keep: [], waiting: [], unchanged: 0 } };
    const parsed = parsePluginMessage(JSON.parse(JSON.stringify(message)), 'panel');
    expect(parsed).toEqual({ ok: true, message });
  });

  test.each([
    ['not an object', 'place', 'main'],
    ['null', null, 'main'],
    ['an unknown type', { type: 'delete-board', id: 1 }, 'main'],
    ['a missing id', { type: 'cancel' }, 'main'],
    ['a negative id', { type: 'cancel', id: -1 }, 'main'],
    ['a fractional id', { type: 'cancel', id: 1.5 }, 'main'],
    ['a layout without primitives', { type: 'place', id: 1, layout: { ...layout, primitives: undefined } }, 'main'],
    ['a primitive of an unknown kind', { type: 'place', id: 1, layout: { ...layout, primitives: [{ ...layout.primitives[0], kind: 'image' }] } }, 'main'],
    ['a text that is not a string', { type: 'preview', id: 1, layout: { ...layout, primitives: [{ ...layout.primitives[1], text: 42 }] } }, 'main'],
    ['a message meant for the panel', { type: 'placed', id: 1, report }, 'main'],
    ['a message meant for the main thread', { type: 'place', id: 1, layout }, 'panel'],
    ['a report with a negative count', { type: 'placed', id: 1, report: { ...report, created: -1 } }, 'panel'],
    ['an unknown progress phase', { type: 'progress', id: 1, progress: { phase: 'explode', done: 0, total: 0 } }, 'panel'],
  ] as const)('rejects %s', (_, message, side) => {
    const parsed = parsePluginMessage(message, side);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.length).toBeGreaterThan(0);
  });

  test('names the field at fault', () => {
    expect(parsePluginMessage({ type: 'cancel', id: 'seven' }, 'main')).toEqual({ ok: false, problems: [{ message: 'expected number', field: 'id' }] });
    expect(parsePluginMessage({ type: 'progress', id: 1, progress: { phase: 'explode', done: 0, total: 0 } }, 'panel')).toEqual({
      ok: false,
      problems: [{ message: 'expected one of "plan", "create", "update", "remove", "finish"', field: 'progress.phase' }],
    });
    expect(parsePluginMessage({ type: 'cancel', id: -1 }, 'main')).toEqual({ ok: false, problems: [{ message: 'must be at least 0', field: 'id' }] });
  });
});

/** The panel host and the main thread wired together, with structured cloning like postMessage. */
function wire() {
  const figma = new FakeFigma();
  const handle = handlePanelMessages(figma);
  const listeners = new Set<(raw: unknown) => void>();
  const sent: ToMain[] = [];
  const channel: PanelChannel = {
    post: (message) => {
      sent.push(message);
      void handle(structuredClone(message));
    },
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  // Every answer the main thread posts reaches the panel's listeners, cloned, in order.
  const record = figma.ui.postMessage;
  figma.ui.postMessage = (message: unknown) => {
    record(message);
    for (const posted of figma.posted.splice(0)) for (const listener of listeners) listener(posted);
  };
  return { figma, sent, host: createFigJamPanelHost(channel, 'fr') };
}

describe('the FigJam panel host over messages', () => {
  test('preview answers the sync plan without writing', async () => {
    const { figma, host } = wire();
    const plan = await host.preview(smallLayout());
    expect(plan.add.map((primitive) => primitive.key)).toEqual(smallLayout().primitives.map((primitive) => primitive.key));
    expect(figma.writes).toEqual([]);
  });

  test('place reports progress then the placement report', async () => {
    const { figma, host } = wire();
    const progress: PlacementProgress[] = [];
    const result = await host.place(smallLayout(), { onProgress: (step) => progress.push(step) });
    expect(result).toMatchObject({ created: 11, failed: 0, cancelled: false });
    expect(progress[0]).toEqual({ phase: 'plan', done: 0, total: 0 });
    expect(progress.at(-1)).toEqual({ phase: 'finish', done: 11, total: 11 });
    expect(figma.allNodes()).toHaveLength(11);
  });

  test('aborting the signal sends cancel for that placement, which stops before any node is created', async () => {
    const { figma, host, sent } = wire();
    const controller = new AbortController();
    const placing = host.place(gridLayout({ stages: ['A', 'B'], lanes: 2, cardsPerCell: 2 }), { signal: controller.signal });
    controller.abort();
    const result = await placing;
    expect(sent.map((message) => message.type)).toEqual(['place', 'cancel']);
    expect(sent[0] && 'id' in sent[0] && sent[1] && 'id' in sent[1] && sent[0].id === sent[1].id).toBe(true);
    expect(result).toMatchObject({ created: 0, cancelled: true });
    expect(figma.writes).toEqual([]);
  });

  test('a second placement while one runs is refused, and the first one completes', async () => {
    const figma = new FakeFigma();
    const handle = handlePanelMessages(figma);
    const first = handle({ type: 'place', id: 1, layout: smallLayout() });
    await handle({ type: 'place', id: 2, layout: smallLayout() });
    await first;
    expect(figma.posted.filter((message) => (message as { type: string }).type !== 'progress')).toEqual([
      { type: 'failed', id: 2, message: 'A placement is already running: wait for it or cancel it.', said: { code: 'figjam.busy', params: {}, message: 'A placement is already running: wait for it or cancel it.' } },
      { type: 'placed', id: 1, report: expect.objectContaining({ created: 11, failed: 0 }) },
    ]);
  });

  test('place sends each primitive’s hash, computed by the panel, and the main thread stores those', async () => {
    const { figma, host, sent } = wire();
    const layout = smallLayout();
    await host.place(layout, {});
    expect(sent[0]).toMatchObject({ type: 'place', hashes: layout.primitives.map(hashPrimitive) });
    const stored = figma.allNodes().map((node) => decodePlacedData(node.getPluginData(PLACED_DATA_KEY))?.h);
    expect(stored.sort()).toEqual(layout.primitives.map(hashPrimitive).sort());
  });

  test('the main thread stores the hashes it is sent, and hashes itself when they are not one per primitive', async () => {
    const layout = smallLayout();
    const given = layout.primitives.map((_, index) => `given${index}`);
    const placedHashes = async (hashes: string[] | undefined) => {
      const figma = new FakeFigma();
      await handlePanelMessages(figma)({ type: 'place', id: 1, layout, ...(hashes ? { hashes } : {}) });
      return figma.allNodes().map((node) => decodePlacedData(node.getPluginData(PLACED_DATA_KEY))?.h).sort();
    };
    expect(await placedHashes(given)).toEqual([...given].sort());
    expect(await placedHashes(given.slice(1))).toEqual(layout.primitives.map(hashPrimitive).sort());
    expect(await placedHashes(undefined)).toEqual(layout.primitives.map(hashPrimitive).sort());
  });

  test('the draft survives closing: saved to clientStorage, loaded back', async () => {
    const first = wire();
    const draft = { v: 1, template: { title: 'Parcours client' } };
    await first.host.saveDraft(draft);
    expect(first.figma.storage.get(DRAFT_STORAGE_KEY)).toEqual(draft);
    expect(await first.host.loadDraft()).toEqual(draft);
  });

  test('no draft yet loads as null', async () => {
    expect(await wire().host.loadDraft()).toBeNull();
  });

  test('the main thread answers a malformed request with failed, and writes nothing', async () => {
    const figma = new FakeFigma();
    await handlePanelMessages(figma)({ type: 'place', id: 9, layout: { journeyId: 3 } });
    expect(figma.writes).toEqual([]);
    expect(figma.posted).toEqual([{ type: 'failed', id: 9, message: expect.stringContaining('Rejected a malformed message') }]);
  });

  test('a malformed answer rejects the request waiting for it', async () => {
    const listeners: ((raw: unknown) => void)[] = [];
    const host = createFigJamPanelHost({ post: () => undefined, listen: (listener) => (listeners.push(listener), () => undefined) }, 'en');
    const loading = host.loadDraft();
    for (const listener of listeners) listener({ type: 'saved', id: 'one' });
    for (const listener of listeners) listener({ type: 'placed', id: 1, report: { created: 'many' } });
    await expect(loading).rejects.toThrow('malformed answer');
  });

  test('a failure on the main thread rejects the request with its message', async () => {
    const listeners: ((raw: unknown) => void)[] = [];
    const host = createFigJamPanelHost({ post: () => undefined, listen: (listener) => (listeners.push(listener), () => undefined) }, 'en');
    const previewing = host.preview(smallLayout());
    for (const listener of listeners) listener({ type: 'failed', id: 1, message: 'The page is not loaded' });
    await expect(previewing).rejects.toThrow('The page is not loaded');
  });
});
