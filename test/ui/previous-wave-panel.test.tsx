// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, test, vi } from 'vitest';
import { createMiroPanelHost } from '../../miro-app/src/miro-panel-host.js';
import type { PanelHost } from '../../ui/panel-host.js';
import { parsePlacedWaves } from '../../ui/state/previous-wave-store.js';
import { createMiroFake, type MiroFake } from '../fakes/miro-fake.js';
import { wiredFigJamHost } from '../figjam/wired-figjam-host.js';
import { FakeShape, FakeSticky, FakeText, FakeVector } from '../fakes/figma-fake.js';
import { button, emptyBoardHost, freshRootPerTest, mount, pickFile, root } from './panel-harness.js';

const WAVE1 = readFileSync(join(process.cwd(), 'samples/interviews-en.csv'), 'utf8');
const WAVE2 = readFileSync(join(process.cwd(), 'samples/interviews-wave2-en.csv'), 'utf8');
const quick = { pacing: { maxInFlight: 8 }, retry: { baseMs: 1, maxMs: 2 } };

/**
 * What the two waves say, read from the files here rather than by `compareJourneys`: per stage
 * every row's emotion (1…5 → −2…+2; stage names as the importer folds them: case, and the stage
 * renamed Arrive → Arrival, which compareJourneys pairs by position and cards), and the pain points
 * (case and spaces ignored) of each wave.
 */
function readWave(text: string) {
  const scores = new Map<string, number[]>();
  const pains = new Set<string>();
  for (const cells of csvRows(text).slice(2)) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    const folded = (cells[2] ?? '').trim().toLowerCase();
    const stage = folded === 'arrive' ? 'arrival' : folded;
    const emotion = (cells[10] ?? '').trim();
    if (emotion !== '') scores.set(stage, [...(scores.get(stage) ?? []), Number(emotion) - 3]);
    const pain = (cells[7] ?? '').toLowerCase().split(/\s+/).filter(Boolean).join(' ');
    if (pain !== '') pains.add(`${stage}|${pain}`);
  }
  return { scores, pains };
}

/** RFC 4180 rows: quoted cells may hold commas, doubled quotes and line breaks. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\n') row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = '');
    else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const mean = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
const variance = (xs: number[]) => xs.reduce((sum, x) => sum + (x - mean(xs)) ** 2, 0) / (xs.length - 1);
/** Welch's t; with about 90 degrees of freedom, |t| > 1.99 is p < 0.05 (these waves are far from the edge: |t| < 1 or > 3.5). */
const welchT = (a: number[], b: number[]) => (mean(b) - mean(a)) / Math.sqrt(variance(a) / a.length + variance(b) / b.length);
const oneDecimal = (x: number, locale: 'fr' | 'en') => {
  const rounded = Math.round(x * 10) / 10;
  const body = Math.abs(rounded).toFixed(1).replace(/\.0$/, '');
  const text = `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${body}`;
  return locale === 'fr' ? text.replace('.', ',') : text;
};
const deltaText = (x: number, locale: 'fr' | 'en') => {
  const rounded = Math.round(x * 10) / 10;
  const body = Math.abs(rounded).toFixed(1);
  const number = locale === 'fr' ? body.replace('.', ',') : body;
  return rounded > 0 ? `+${number} ▲` : rounded < 0 ? `−${number} ▼` : `${number} =`;
};

const STAGES = [
  ['Discover', 'discover'],
  ['Plan', 'plan'],
  ['Book', 'book'],
  ['Travel', 'travel'],
  ['Arrival', 'arrival'],
] as const;

/** The plan's rows as the panel should show them, in `locale`. */
function expectedRows(locale: 'fr' | 'en') {
  const before = readWave(WAVE1);
  const after = readWave(WAVE2);
  return STAGES.map(([name, key]) => {
    const a = before.scores.get(key) ?? [];
    const b = after.scores.get(key) ?? [];
    const beyond = Math.abs(welchT(a, b)) > 1.99;
    const renamed = key === 'arrival' ? (locale === 'fr' ? ' (ex «\u00a0Arrive\u00a0»)' : ' (was “Arrive”)') : '';
    const noise = locale === 'fr' ? ' au-delà du bruit' : ' beyond noise';
    return [`${name}${renamed}`, oneDecimal(mean(a), locale), oneDecimal(mean(b), locale), `${deltaText(mean(b) - mean(a), locale)}${beyond ? noise : ''}`];
  });
}

function expectedPains() {
  const before = readWave(WAVE1).pains;
  const after = readWave(WAVE2).pains;
  return { added: [...after].filter((pain) => !before.has(pain)).length, resolved: [...before].filter((pain) => !after.has(pain)).length };
}


interface Board {
  host: PanelHost;
  /** How many dashed curves the board holds. */
  dashedCurves(): number;
  /** The texts of every item on the board. */
  texts(): string[];
}

function miroBoard(locale: 'fr' | 'en'): Board {
  const fake: MiroFake = createMiroFake();
  return {
    host: createMiroPanelHost(fake.board, { locale, userId: 'u1', place: quick }),
    dashedCurves: () => fake.items().filter((item) => item.type === 'connector' && (item.props as { style?: { strokeStyle?: string } }).style?.strokeStyle === 'dashed').length,
    texts: () => fake.items().map((item) => String((item.props as { content?: string }).content ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()),
  };
}

function figjamBoard(locale: 'fr' | 'en'): Board {
  const { figma, host } = wiredFigJamHost(locale);
  return {
    host,
    dashedCurves: () => figma.allNodes().filter((node) => node instanceof FakeVector && node.dashPattern.length > 0).length,
    texts: () =>
      figma
        .allNodes()
        .map((node) => (node instanceof FakeSticky || node instanceof FakeShape ? node.text.characters : node instanceof FakeText ? node.characters : ''))
        .map((text) => text.replace(/\s+/g, ' ').trim()),
  };
}

const WORDS = {
  en: { place: 'Place on board', done: 'Map placed', again: 'Done', keep: 'Keep the previous wave', added: (n: number) => `${n} new pain point${n === 1 ? '' : 's'}`, resolved: (n: number) => `${n} pain point${n === 1 ? '' : 's'} resolved` },
  fr: { place: 'Placer sur le tableau', done: 'Carte placée', again: 'Terminé', keep: 'Garder la vague précédente', added: (n: number) => `${n} difficulté${n > 1 ? 's' : ''} nouvelle${n > 1 ? 's' : ''}`, resolved: (n: number) => `${n} difficulté${n > 1 ? 's' : ''} résolue${n > 1 ? 's' : ''}` },
};

async function placeAndWait(words: (typeof WORDS)['en']) {
  await act(async () => button(words.place).click());
  await vi.waitFor(() => expect(root.querySelector('#pc-plan-title')).not.toBeNull(), { timeout: 20_000 });
  const apply = () => [...root.querySelectorAll('.pc-actions button')].at(-1) as HTMLButtonElement;
  return {
    apply: async () => {
      await act(async () => apply().click());
      await vi.waitFor(() => expect(root.querySelector('#pc-done-title')?.textContent).toBe(words.done), { timeout: 60_000 });
      await act(async () => button(words.again).click());
    },
  };
}

const planRows = () =>
  [...root.querySelectorAll('[data-testid="pc-previous-wave-deltas"] tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? ''));

freshRootPerTest();

describe.each([
  ['Miro', miroBoard],
  ['FigJam', figjamBoard],
] as const)('keeping the previous wave on %s', (_name, makeBoard) => {
  test.each(['en', 'fr'] as const)('wave 2 over wave 1 (%s): the plan shows the deltas before placing; the board gets the dashed curve and the badges', async (locale) => {
    const board = makeBoard(locale);
    const words = WORDS[locale];
    await mount({ host: board.host });
    await pickFile('interviews-en.csv', WAVE1);
    await (await placeAndWait(words)).apply();
    expect(board.dashedCurves()).toBe(0);

    await pickFile('interviews-wave2-en.csv', WAVE2);
    const keep = [...root.querySelectorAll('[data-testid="pc-previous-wave"] input[type=checkbox]')][0] as HTMLInputElement;
    expect(keep.parentElement?.textContent).toBe(words.keep);
    await act(async () => keep.click());
    expect(root.querySelector('[data-testid="pc-previous-wave-source"]')?.textContent).toContain('Train tickets app: commuter and tourist interviews');

    const placing = await placeAndWait(words);
    // Before anything is placed: the deltas are in the plan.
    expect(planRows()).toEqual(expectedRows(locale));
    const { added, resolved } = expectedPains();
    expect(root.querySelector('[data-testid="pc-previous-wave-pains"]')?.textContent).toBe(`${words.added(added)} · ${words.resolved(resolved)}`);
    expect(board.dashedCurves()).toBe(0);

    await placing.apply();
    expect(board.dashedCurves()).toBeGreaterThan(0);
    // The map speaks its data's language (these files are in English), whatever the panel's.
    const texts = board.texts();
    const badges = STAGES.map(([, key]) => {
      const before = readWave(WAVE1).scores.get(key) ?? [];
      const after = readWave(WAVE2).scores.get(key) ?? [];
      return deltaText(mean(after) - mean(before), 'en');
    });
    for (const badge of badges) expect(texts).toContain(badge);
    expect(texts).toContain('┄ Previous wave');
    expect(texts.filter((text) => text.startsWith('New '))).toHaveLength(added);
    expect(texts.filter((text) => text.startsWith('Resolved'))).toHaveLength(resolved);
  }, 120_000);
});

/** Picks `name` in the previous wave's own file picker and waits for it to be read. */
async function pickPreviousFile(name: string, text: string) {
  const input = root.querySelector('[data-testid="pc-previous-wave-file"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'text/csv' })], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await vi.waitFor(() => expect(root.querySelector('[data-testid="pc-previous-wave-source"]')?.textContent).toBe(`Previous wave: ${name}`));
}

const tickKeep = async () => {
  const keep = root.querySelector('[data-testid="pc-previous-wave"] input[type=checkbox]') as HTMLInputElement;
  await act(async () => keep.click());
};

describe('where the previous wave comes from', () => {
  test('FigJam: the wave placed survives closing the panel (clientStorage, with the draft)', async () => {
    const board = figjamBoard('en');
    await mount({ host: board.host });
    await pickFile('interviews-en.csv', WAVE1);
    await (await placeAndWait(WORDS.en)).apply();
    await vi.waitFor(async () => expect(parsePlacedWaves(await board.host.loadDraft()).map((wave) => wave.journey.title)).toEqual(['Train tickets app: commuter and tourist interviews']));

    await act(async () => render(null, root));
    await mount({ host: board.host });
    await pickFile('interviews-wave2-en.csv', WAVE2);
    await tickKeep();
    expect(root.querySelector('[data-testid="pc-previous-wave-source"]')?.textContent).toMatch(/^Previous wave: “Train tickets app: commuter and tourist interviews”, placed /);
  }, 60_000);

  test('nothing stored (a map placed before this version): the panel asks for the file, and compares with it', async () => {
    const board = miroBoard('en');
    await mount({ host: board.host });
    await pickFile('interviews-wave2-en.csv', WAVE2);
    await tickKeep();
    expect(root.querySelector('[data-testid="pc-previous-wave"] .pc-note')?.textContent).toBe('No earlier wave of this map was placed from this panel: choose the previous wave’s file.');
    expect(root.querySelector('[data-testid="pc-previous-wave"] label.pc-button')?.textContent).toBe('Choose the previous wave’s file');
    await pickPreviousFile('interviews-en.csv', WAVE1);
    await placeAndWait(WORDS.en);
    expect(planRows()).toEqual(expectedRows('en'));
  }, 60_000);

  test('a previous wave file that is no journey says so, and the plan shows no deltas', async () => {
    await mount({ host: miroBoard('en').host });
    await pickFile('interviews-wave2-en.csv', WAVE2);
    await tickKeep();
    const input = root.querySelector('[data-testid="pc-previous-wave-file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([new Uint8Array([0, 1, 2])], 'photo.png')], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(() => expect(root.querySelector('[data-testid="pc-previous-wave"] [role=alert]')?.textContent).toBe('photo.png could not be read as a journey'));
    await placeAndWait(WORDS.en);
    expect(root.querySelector('[data-testid="pc-previous-wave-deltas"]')).toBeNull();
  }, 60_000);

  test('unticked, the plan shows no deltas and the map no previous wave', async () => {
    const board = miroBoard('en');
    await mount({ host: board.host });
    await pickFile('interviews-wave2-en.csv', WAVE2);
    await tickKeep();
    await pickPreviousFile('interviews-en.csv', WAVE1);
    await tickKeep();
    const placing = await placeAndWait(WORDS.en);
    expect(root.querySelector('[data-testid="pc-previous-wave-deltas"]')).toBeNull();
    await placing.apply();
    expect(board.dashedCurves()).toBe(0);
  }, 60_000);

  test('a storage that refuses the placed waves still keeps the draft', async () => {
    const calls: string[] = [];
    const host = emptyBoardHost({
      saveDraft: async (draft) => {
        if (parsePlacedWaves(draft).length > 0) {
          calls.push('refused');
          throw new Error('too large');
        }
        calls.push('saved');
      },
    });
    await mount({ host });
    await pickFile('interviews-en.csv', WAVE1);
    await (await placeAndWait(WORDS.en)).apply();
    // After the placement the draft goes with the wave, is refused, and is saved alone at once.
    await vi.waitFor(() => expect(calls.slice(calls.indexOf('refused'))).toEqual(['refused', 'saved']));
  }, 60_000);
});
