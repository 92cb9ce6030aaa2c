/**
 * The built FigJam plugin (`figma-plugin/dist/code.js`, as `npm run build` writes it) inside QuickJS,
 * the engine of Figma's plugin sandbox, with only the globals Figma documents and the fake `figma`.
 * The panel's own host code (`createFigJamPanelHost`) sends it the messages it sends in FigJam.
 * This is where a browser API on the main thread shows: the fakes in Node have them all.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { boardText, importJourney, layoutJourney, type Journey, type Layout, type PlacementProgress } from '../../core/src/index.js';
import { FIGJAM_BOARD } from '../../figma-plugin/src/figjam-board.js';
import { createFigJamPanelHost } from '../../figma-plugin/src/figjam-panel-host.js';
import { PLACED_DATA_KEY } from '../../figma-plugin/src/figjam-placed-data.js';
import { journeyFromTemplate } from '../../ui/state/journey-from-template.js';
import { layoutOptionsFor } from '../../ui/state/layout-options-for.js';
import { defaultDraft } from '../../ui/state/panel-draft.js';
import { defaultTemplate } from '../../ui/state/template-form.js';
import { bigJourney } from '../layout/big-journey.js';
import { FigJamSandbox, sandboxScripts } from './sandbox/figjam-sandbox.js';

/** FigJam's palettes (figma.constants.colors, https://developers.figma.com/docs/plugins/api/ColorPalettes). */
const FIGJAM_COLOURS = new Set([
  ...['#1E1E1E', '#B3B3B3', '#F24822', '#FFA629', '#FFCD29', '#14AE5C', '#0D99FF', '#9747FF', '#FFFFFF'],
  ...['#757575', '#E6E6E6', '#FFC7C2', '#FCD19C', '#FFE8A3', '#AFF4C6', '#BDE3FF', '#E4CCFF'],
]);

const sample = (name: string) => new Uint8Array(readFileSync(new URL(`../../samples/${name}`, import.meta.url)));

function imported(name: string): Journey {
  const result = importJourney(sample(name), { filename: name });
  if (!result.ok) throw new Error(`${name} does not import: ${JSON.stringify(result.problems)}`);
  return result.journey;
}

/** The layout the FigJam panel makes: its default options at FigJam's sticky size. */
function figJamLayout(journey: Journey): Layout {
  return layoutJourney(journey, layoutOptionsFor(journey, defaultDraft('en').options, FIGJAM_BOARD));
}

let sandbox: FigJamSandbox | undefined;

/** A fresh sandbox for the test, and the FigJam panel's host talking to it. */
async function start() {
  const started = await FigJamSandbox.start();
  sandbox = started;
  return { host: createFigJamPanelHost(started.channel, 'en'), sandbox: started };
}

afterEach(() => {
  sandbox?.dispose();
  sandbox = undefined;
});

beforeAll(async () => {
  // Builds code.js once for the file: the first test does not pay for it against its time limit.
  await sandboxScripts();
}, 120_000);

/** What a placement must have built: one section holding one node per primitive, each with its data. */
function expectMapOf(sandbox: FigJamSandbox, layout: Layout) {
  const nodes = sandbox.nodes();
  const sections = nodes.filter((node) => node.type === 'SECTION');
  expect(sections).toHaveLength(1);
  const section = sections[0]!;
  expect(section.name).toBe(layout.title);
  const placed = nodes.filter((node) => node.pluginData[PLACED_DATA_KEY] !== undefined);
  expect(placed).toHaveLength(layout.primitives.length);
  expect(nodes.filter((node) => node.type !== 'SECTION').every((node) => node.parent === section.id)).toBe(true);
  const stickies = nodes.filter((node) => node.type === 'STICKY');
  expect(stickies.length).toBe(layout.primitives.filter((primitive) => primitive.kind === 'sticky').length);
  expect(stickies.every((sticky) => sticky.authorVisible === false)).toBe(true);
  expect(stickies.filter((sticky) => !FIGJAM_COLOURS.has(sticky.fill ?? ''))).toEqual([]);
  // Every sticky holds its data's text as written (and its ×N count), in the font the plugin loaded.
  const texts = layout.primitives.filter((primitive) => primitive.kind === 'sticky').map(boardText).sort();
  expect(stickies.map((sticky) => sticky.text).sort()).toEqual(texts);
  expect(stickies.filter((sticky) => sticky.font !== 'Inter Medium')).toEqual([]);
  return nodes;
}

describe('the built FigJam main thread in QuickJS', () => {
  it('finds only Figma’s documented globals beside ECMAScript', async () => {
    const { sandbox } = await start();
    // `__zod_globalConfig` is zod's own, written by code.js as it loads (zod/v4/core/core.js).
    expect(sandbox.hostGlobals()).toEqual(['__harness', '__html__', '__zod_globalConfig', 'clearInterval', 'clearTimeout', 'console', 'figma', 'setInterval', 'setTimeout']);
  });

  it('names no browser or Node API in code.js', async () => {
    const { code } = await sandboxScripts();
    const found = code.match(/\b(AbortController|AbortSignal|TextEncoder|TextDecoder|structuredClone|queueMicrotask|requestAnimationFrame|document|window|navigator|localStorage|performance|process|Buffer|Intl)\b/g) ?? [];
    expect([...new Set(found)]).toEqual([]);
  });

  it('carries no CSV parser in code.js: importing is the panel\'s, core\'s index is trimmed by "sideEffects": false', async () => {
    const { code } = await sandboxScripts();
    // Papa Parse's own names (papaparse.min.js), present in ui.html, where the import runs.
    expect(code.match(/\b(BAD_DELIMITERS|RECORD_SEP|UndetectableDelimiter)\b/g) ?? []).toEqual([]);
  });

  it('places the blank template', async () => {
    const { host, sandbox } = await start();
    const template = journeyFromTemplate(defaultTemplate('en'), 'en');
    if (!template.ok) throw new Error('the default template must build');
    const layout = figJamLayout(template.journey);
    const report = await sandbox.run(host.place(layout, {}));
    expect(report).toMatchObject({ created: layout.primitives.length, updated: 0, removed: 0, kept: 0, failed: 0, cancelled: false });
    expectMapOf(sandbox, layout);
  });

  it('places the interview sample: stickies, cards, the curve and its connectors', async () => {
    const { host, sandbox } = await start();
    const layout = figJamLayout(imported('interviews-en.csv'));
    const progress: PlacementProgress[] = [];
    const report = await sandbox.run(host.place(layout, { onProgress: (step) => progress.push(step) }));
    expect(report.failed).toBe(0);
    expect(report.problems).toEqual([]);
    expect(report.created).toBe(layout.primitives.length);
    const nodes = expectMapOf(sandbox, layout);
    expect(nodes.some((node) => node.type === 'VECTOR')).toBe(true);
    expect(progress.at(-1)).toMatchObject({ phase: 'finish', done: layout.primitives.length, total: layout.primitives.length });
  });

  it('places the French survey sample', async () => {
    const { host, sandbox } = await start();
    const layout = figJamLayout(imported('survey-fr.csv'));
    const report = await sandbox.run(host.place(layout, {}));
    expect(report).toMatchObject({ created: layout.primitives.length, failed: 0, cancelled: false });
    expectMapOf(sandbox, layout);
  });

  it('previews, then updates a placed map writing only what changed', async () => {
    const { host, sandbox } = await start();
    const journey = imported('parcours-fr.csv');
    const first = figJamLayout(journey);
    await sandbox.run(host.place(first, {}));
    const card = journey.cards.find((candidate) => journey.lanes.find((lane) => lane.id === candidate.laneId)?.kind === 'painPoints')!;
    const reworded: Journey = { ...journey, cards: journey.cards.map((candidate) => (candidate === card ? { ...candidate, text: `${candidate.text} (revu)` } : candidate)) };
    const second = figJamLayout(reworded);

    const plan = await sandbox.run(host.preview(second));
    // The card keeps its id (its place in the file), so it is one update, not a remove and an add.
    expect(plan.update.map((change) => change.primitive.ref?.cardId)).toContain(card.id);
    expect(plan.keep).toEqual([]);
    expect(plan.unchanged).toBeGreaterThan(first.primitives.length / 2);

    const report = await sandbox.run(host.place(second, {}));
    expect(report).toMatchObject({ created: plan.add.length, updated: plan.update.length + plan.move.length, removed: plan.remove.length, failed: 0 });
    expectMapOf(sandbox, second);
    expect(sandbox.nodes().filter((node) => node.text === `${card.text} (revu)`)).toHaveLength(1);
  });

  it('cancels a placement at once and places the rest later without duplicates', async () => {
    const { host, sandbox } = await start();
    const layout = figJamLayout(bigJourney(60, 5, 5));
    const controller = new AbortController();
    const report = await sandbox.run(
      host.place(layout, {
        signal: controller.signal,
        onProgress: (step) => {
          if (step.phase === 'create' && step.done > 0) controller.abort();
        },
      }),
    );
    expect(report.cancelled).toBe(true);
    const placedBefore = sandbox.nodes().filter((node) => node.pluginData[PLACED_DATA_KEY] !== undefined).length;
    expect(placedBefore).toBeGreaterThan(0);
    expect(placedBefore).toBeLessThan(layout.primitives.length);

    const resumed = await sandbox.run(host.place(layout, {}));
    expect(resumed).toMatchObject({ created: layout.primitives.length - placedBefore, failed: 0, cancelled: false });
    const keys = sandbox.nodes().flatMap((node) => (node.pluginData[PLACED_DATA_KEY] ? [node.pluginData[PLACED_DATA_KEY]] : []));
    expect(keys).toHaveLength(layout.primitives.length);
  });

  it('checks the board: test nodes measured, their data read back, nothing left', async () => {
    const { host, sandbox } = await start();
    const check = await sandbox.run(host.checkBoard!());
    expect(check.items.map((item) => item.kind).sort()).toEqual(['shape', 'sticky', 'text']);
    expect(check.items.find((item) => item.kind === 'sticky')?.size).toEqual({ w: 240, h: 240 });
    expect(check.fonts.every((font) => font.loaded)).toBe(true);
    expect(check.hiddenData).toEqual({ ok: true });
    expect(check.cleanup).toEqual({ created: 3, removed: 3 });
    expect(sandbox.nodes()).toEqual([]);
  });

  it('keeps the draft in clientStorage', async () => {
    const { host, sandbox } = await start();
    const draft = defaultDraft('fr');
    await sandbox.run(host.saveDraft(draft));
    expect(await sandbox.run(host.loadDraft())).toEqual(draft);
  });

  it('places nothing when a font cannot load, and says so', async () => {
    const { host, sandbox } = await start();
    sandbox.fail({ fonts: ['Inter Bold'] });
    const layout = figJamLayout(imported('parcours-fr.csv'));
    const report = await sandbox.run(host.place(layout, {}));
    expect(report.created).toBe(0);
    expect(report.problems.map((problem) => problem.message)).toEqual([
      'The font Inter Bold could not be loaded: font "Inter Bold" is not available.',
      'Nothing was placed: the board is as before.',
    ]);
    expect(sandbox.nodes()).toEqual([]);
  });
});
