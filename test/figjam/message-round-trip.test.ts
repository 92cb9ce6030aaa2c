import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compareJourneys, hashPrimitive, importJourney, layoutJourney, planSync, previousWave, type Layout, type PlacedRecord, type Primitive } from '../../core/src/index.js';
import { handlePanelMessages } from '../../figma-plugin/src/handle-panel-message.js';
import { MESSAGE_TYPES, parsePluginMessage, PRIMITIVE_SCHEMAS, type PluginMessage, type ToMain } from '../../figma-plugin/src/messages.js';
import { FakeFigma } from '../fakes/figma-fake.js';
import { smallLayout } from './small-layout.js';

/** A sample of `samples/` laid out for FigJam as the panel does, persona summary and `+N more` lines included. */
function sampleLayout(filename: string): Layout {
  const imported = importJourney(new Uint8Array(readFileSync(new URL(`../../samples/${filename}`, import.meta.url))), { filename });
  if (!imported.ok) throw new Error(imported.problems.map((problem) => problem.message).join('; '));
  return layoutJourney(imported.journey, { board: { itemsGrow: true }, personaPanel: true, maxQuotesPerCell: 1, stickySize: { w: 240, h: 240 } });
}

/** The second interview wave laid out with the first as its previous wave: a dashed curve, change badges, marked pains. */
function twoWaveLayout(): Layout {
  const read = (filename: string) => {
    const imported = importJourney(new Uint8Array(readFileSync(new URL(`../../samples/${filename}`, import.meta.url))), { filename });
    if (!imported.ok) throw new Error(imported.problems.map((problem) => problem.message).join('; '));
    return imported.journey;
  };
  const [first, second] = [read('interviews-en.csv'), read('interviews-wave2-en.csv')];
  return layoutJourney(second, { board: { itemsGrow: true }, stickySize: { w: 240, h: 240 }, previous: previousWave(second, compareJourneys(first, second)) });
}

// Personas with colours, ranked cards, `fullText`, the previous wave; the hand-made FigJam fixture adds the connector.
// The small layout's curve is dashed, its connector too, its point hollow and its touchpoint split by channel (evidence marks).
const LAYOUTS = [
  sampleLayout('home-insurance-claim.json'),
  sampleLayout('interviews-en.csv'),
  twoWaveLayout(),
  smallLayout(undefined, {
    'curve:emotion': { dashed: true },
    'link:a1-t1': { dashed: true },
    'point:discover': { hollow: true },
    'card:t1': { channels: [{ channel: 'app', count: 6, label: 'App ×6' }, { channel: 'web', count: 4, label: 'Web ×4' }] },
  }),
];
const [layout] = LAYOUTS as [Layout, ...Layout[]];

/**
 * A board holding `layout` as placed, then touched so a re-import plans every kind of change: a
 * sticky edited by hand and dragged over another (kept, and that one's add waits), one moved, one
 * placed with older content (update), one the data no longer has (remove), one
 * not on the board yet (add).
 */
function realPlan() {
  const records: PlacedRecord[] = layout.primitives.map((primitive, index) => ({
    hostId: `node-${index}`,
    journeyId: layout.journeyId,
    key: primitive.key,
    hash: hashPrimitive(primitive),
    currentHash: hashPrimitive(primitive),
    box: primitive.box,
    text: primitive.text,
  }));
  const stickies = records.filter((record) => record.key.startsWith('card:')).slice(0, 5) as [PlacedRecord, PlacedRecord, PlacedRecord, PlacedRecord, PlacedRecord];
  const [edited, covered, moved, older, missing] = stickies;
  edited.currentHash = 'edited by hand';
  edited.box = covered.box;
  moved.box = { ...moved.box, x: moved.box.x + 500 };
  older.hash = older.currentHash = 'placed before the data changed';
  const gone = { ...older, hostId: 'node-gone', key: 'card:gone', text: 'A card the data dropped' };
  return planSync([...records.filter((record) => record !== covered && record !== missing), gone], layout);
}

/** One real message of each kind: sent by the panel, and answered by the main thread over a fake board. */
async function realMessages(): Promise<{ main: ToMain[]; panel: PluginMessage[] }> {
  const figma = new FakeFigma();
  const handle = handlePanelMessages(figma);
  const main: ToMain[] = [
    { type: 'preview', id: 1, layout },
    { type: 'place', id: 2, layout, hashes: layout.primitives.map(hashPrimitive) },
    { type: 'list-maps', id: 10 },
    { type: 'check-board', id: 3 },
    { type: 'save-draft', id: 4, draft: { v: 1, template: { title: 'Parcours client' } } },
    { type: 'load-draft', id: 5 },
    { type: 'cancel', id: 6 },
  ];
  for (const message of main) await handle(structuredClone(message));
  // On another board, a placement that fails halfway (its report carries problems), and a second
  // place while it runs, refused.
  const failing = new FakeFigma();
  failing.failures = { create: { type: 'STICKY', nth: 2, message: 'node limit reached' } };
  const handleFailing = handlePanelMessages(failing);
  const running = handleFailing({ type: 'place', id: 7, layout });
  await handleFailing({ type: 'place', id: 8, layout });
  await running;
  const panel = [...(figma.posted as PluginMessage[]), ...(failing.posted as PluginMessage[]), { type: 'plan', id: 9, plan: realPlan() } satisfies PluginMessage];
  return { main, panel };
}

function roundTrips(message: PluginMessage, side: 'main' | 'panel') {
  expect(parsePluginMessage(structuredClone(message), side)).toEqual({ ok: true, message });
}

describe('every FigJam message survives the trip between panel and main thread', async () => {
  const messages = await realMessages();

  test('the fixtures hold every message kind, for the side that receives it', () => {
    expect([...new Set(messages.main.map((message) => message.type))].sort()).toEqual([...MESSAGE_TYPES.main].sort());
    expect([...new Set(messages.panel.map((message) => message.type))].sort()).toEqual([...MESSAGE_TYPES.panel].sort());
  });

  test.each(MESSAGE_TYPES.main)('%s, received by the main thread, parses back equal', (type) => {
    for (const message of messages.main.filter((sent) => sent.type === type)) roundTrips(message, 'main');
  });

  test.each(MESSAGE_TYPES.panel)('%s, received by the panel, parses back equal', (type) => {
    for (const message of messages.panel.filter((posted) => posted.type === type)) roundTrips(message, 'panel');
  });

  test('the plan holds every kind of change, and the failed placement problems', () => {
    const plan = realPlan();
    expect([plan.add, plan.update, plan.move, plan.remove, plan.keep, plan.waiting].map((list) => list.length > 0)).toEqual([true, true, true, true, true, true]);
    const placed = messages.panel.filter((message) => message.type === 'placed');
    expect(placed.some((message) => message.report.problems.length > 0)).toBe(true);
  });

  test.each(LAYOUTS.map((each) => [each.journeyId, each] as const))('the layout of %s parses back equal', (_, each) => {
    roundTrips({ type: 'place', id: 1, layout: each }, 'main');
  });

  // A field the schema drops is stripped and fails the trips above only if a fixture carries it:
  // the fixtures carry every field each primitive schema knows.
  test.each(Object.entries(PRIMITIVE_SCHEMAS))('the fixtures carry every field of a %s', (kind, schema) => {
    const primitives: Primitive[] = LAYOUTS.flatMap((each) => each.primitives);
    const seen = new Set(primitives.filter((primitive) => primitive.kind === kind).flatMap((primitive) => Object.keys(primitive)));
    // Fields every kind shares (`fullText`, `color`…) count wherever they appear.
    const shared = new Set(Object.values(PRIMITIVE_SCHEMAS).reduce<string[]>((common, each) => common.filter((field) => field in each.shape), Object.keys(schema.shape)));
    const anywhere = new Set(primitives.flatMap((primitive) => Object.keys(primitive)));
    const missing = Object.keys(schema.shape).filter((field) => !seen.has(field) && !(shared.has(field) && anywhere.has(field)));
    expect(missing).toEqual([]);
  });
});
