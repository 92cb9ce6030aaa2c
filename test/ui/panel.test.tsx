// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, test, vi } from 'vitest';
import { planSync, type Layout, type PlaceOptions, type PlacementReport } from '../../core/src/index.js';
import type { PanelHost } from '../../ui/panel-host.js';
import { IMPORT_IN_WORKER_BYTES } from '../../ui/run-import.js';
import { defaultDraft } from '../../ui/state/panel-draft.js';
import { fakeImportWorker, type FakeWorkerState } from './fake-import-worker.js';
import { vendorExport } from '../import/vendor-exports.js';
import { button, freshRootPerTest, mount, pickFile, root } from './panel-harness.js';

/** Every `importJourney` run, on this thread or in a fake worker: the panel must import a file once. */
const imports = vi.hoisted(() => ({ options: [] as unknown[] }));
vi.mock('../../core/src/import/import-journey.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../core/src/import/import-journey.js')>();
  return {
    importJourney: (...args: Parameters<typeof actual.importJourney>) => {
      imports.options.push(args[1]);
      return actual.importJourney(...args);
    },
  };
});

/** A host in memory: records every call; `place` reports progress, then waits for `finish`. */
function memoryHost(locale: 'fr' | 'en' = 'en') {
  const calls: { op: string; layout?: Layout; options?: PlaceOptions; draft?: unknown }[] = [];
  let stored: unknown = undefined;
  let finish: (report: PlacementReport) => void = () => undefined;
  const host: PanelHost = {
    name: 'playground',
    locale,
    async preview(layout) {
      calls.push({ op: 'preview', layout });
      return planSync([], layout);
    },
    place(layout, options) {
      calls.push({ op: 'place', layout, options });
      options.onProgress?.({ phase: 'create', done: 2, total: layout.primitives.length });
      return new Promise<PlacementReport>((resolve) => {
        finish = resolve;
        options.signal?.addEventListener('abort', () =>
          resolve({ created: 2, updated: 0, removed: 0, kept: 0, failed: 0, cancelled: true, problems: [{ message: 'Cancelled after 2 changes.' }] }),
        );
      });
    },
    async loadDraft() {
      calls.push({ op: 'loadDraft' });
      return structuredClone(stored);
    },
    async saveDraft(draft) {
      calls.push({ op: 'saveDraft', draft });
      stored = structuredClone(draft);
    },
  };
  return { host, calls, finish: (report: PlacementReport) => finish(report) };
}

freshRootPerTest(() => {
  vi.useRealTimers();
});

async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** The accessible name as a screen reader computes it for our controls: aria-label, label, text. */
function accessibleName(control: Element): string {
  const aria = control.getAttribute('aria-label');
  if (aria) return aria;
  const id = control.getAttribute('id');
  const byFor = id ? root.querySelector(`label[for="${id}"]`) : null;
  const label = byFor ?? control.closest('label');
  if (label) return label.textContent?.trim() ?? '';
  return control.tagName === 'BUTTON' || control.tagName === 'SUMMARY' ? (control.textContent?.trim() ?? '') : '';
}

function unnamedControls(): string[] {
  return [...root.querySelectorAll('input, select, textarea, button, summary')].filter((control) => accessibleName(control) === '').map((control) => control.outerHTML.slice(0, 80));
}

const CSV = 'Étape;Actions;Zorglub;<img src=x onerror="window.hacked=1">\nDécouverte;Voit une pub;3;x\nAchat;Paie;4;y\n';

describe('the shared panel', () => {
  test('opens on the template in the host language, with a preview', async () => {
    await mount({ host: memoryHost('fr').host });
    expect(root.querySelector('h1')?.textContent).toBe('Parcours');
    expect((root.querySelector('input[type=text]') as HTMLInputElement).value).toBe('Parcours client');
    expect(root.querySelector('.pc-preview svg')).not.toBeNull();
    expect(button('Placer sur le tableau').disabled).toBe(false);
  });

  test('every control has an accessible name, in template mode and after a file import', async () => {
    await mount({ host: memoryHost().host });
    for (const details of root.querySelectorAll('details')) details.open = true;
    expect(unnamedControls()).toEqual([]);
    await pickFile('data.csv', CSV);
    for (const details of root.querySelectorAll('details')) details.open = true;
    expect(unnamedControls()).toEqual([]);
  });

  test('text from a file is shown as text, never as markup', async () => {
    await mount({ host: memoryHost().host });
    await pickFile('data.csv', CSV);
    const report = root.querySelector('.pc-report') as HTMLElement;
    expect(report.textContent).toContain('<img src=x onerror="window.hacked=1">');
    expect(report.querySelector('img')).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  test('remapping an unknown column reads the file again with that role', async () => {
    await mount({ host: memoryHost().host });
    await pickFile('data.csv', CSV);
    const row = () => (root.querySelector('select[aria-label="Read column “Zorglub” as"]') as HTMLSelectElement).closest('tr') as HTMLTableRowElement;
    const select = () => row().querySelector('select') as HTMLSelectElement;
    // An unknown header is read as a custom lane, flagged so the user can map it.
    expect([select().value, row().className]).toEqual(['custom', 'pc-unknown']);
    await act(async () => {
      select().value = 'emotion';
      select().dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect([select().value, row().className]).toEqual(['emotion', '']);
  });

  test('the form survives closing: saved after a pause, loaded back on the next opening', async () => {
    vi.useFakeTimers();
    const { host, calls } = memoryHost();
    await mount({ host });
    await type(root.querySelector('input[type=text]') as HTMLInputElement, 'Hotel stay');
    await act(async () => {
      vi.advanceTimersByTime(500);
    });
    expect(calls.filter((call) => call.op === 'saveDraft').at(-1)?.draft).toMatchObject({ template: { title: 'Hotel stay' } });
    render(null, root);
    vi.useRealTimers();
    await mount({ host });
    expect((root.querySelector('input[type=text]') as HTMLInputElement).value).toBe('Hotel stay');
  });

  test('place on board: the plan first, then progress with counts, then the summary', async () => {
    const { host, calls, finish } = memoryHost();
    await mount({ host });
    await act(async () => button('Place on board').click());
    const layout = calls.find((call) => call.op === 'preview')?.layout as Layout;
    expect(root.querySelector('.pc-counts')?.textContent).toBe(`${layout.primitives.length} to add`);
    await act(async () => button(`Apply ${layout.primitives.length} changes`).click());
    expect(calls.find((call) => call.op === 'place')?.layout).toEqual(layout);
    expect(root.querySelector('progress')?.getAttribute('aria-valuetext')).toBe(`2 of ${layout.primitives.length}`);
    await act(async () => finish({ created: layout.primitives.length, updated: 0, removed: 0, kept: 0, failed: 0, cancelled: false, problems: [] }));
    expect(root.querySelector('#pc-done-title')?.textContent).toBe('Map placed');
  });

  test('Cancel aborts the placement and the summary says so', async () => {
    const { host } = memoryHost();
    await mount({ host });
    await act(async () => button('Place on board').click());
    await act(async () => (root.querySelector('.pc-actions .pc-button:not(.pc-secondary)') as HTMLButtonElement).click());
    await act(async () => button('Cancel').click());
    expect(root.querySelector('#pc-done-title')?.textContent).toBe('Placement cancelled');
    expect(root.querySelector('.pc-problems')?.textContent).toContain('Cancelled after 2 changes.');
  });

  test('switching language translates the untouched template and is remembered', async () => {
    const { host } = memoryHost('en');
    await mount({ host });
    await act(async () => button('Français').click());
    expect((root.querySelector('input[type=text]') as HTMLInputElement).value).toBe('Parcours client');
    expect(button('Placer sur le tableau')).toBeDefined();
  });

  test('a broken stored draft opens the default panel', async () => {
    const { host } = memoryHost('en');
    await host.saveDraft({ ...defaultDraft('en'), v: 99 });
    await mount({ host });
    expect((root.querySelector('input[type=text]') as HTMLInputElement).value).toBe('Customer journey');
  });

  describe('a file whose headers have remembered remaps is imported once', () => {
    const remembered = { Zorglub: 'emotion' as const, Canal: 'channel' as const };
    /** The role the report shows for a column, and whether the import left it unknown. */
    const columnRow = (header: string) => {
      const select = root.querySelector(`select[aria-label="Read column “${header}” as"]`) as HTMLSelectElement | null;
      return select && { role: select.value, unknown: select.closest('tr')?.className === 'pc-unknown' };
    };

    async function mountRemembering() {
      const { host } = memoryHost();
      await host.saveDraft({ ...defaultDraft('en'), columnMap: remembered });
      const workers: FakeWorkerState[] = [];
      await mount({ host, createImportWorker: () => {
        // jsdom's Uint8Array is not the one structuredClone makes: here messages cross as they are.
        const { worker, state } = fakeImportWorker('serve', (message) => message);
        workers.push(state);
        return worker;
      } });
      imports.options.length = 0;
      return workers;
    }

    test('a small file: one import here, with the remaps, and no warning for the header it lacks', async () => {
      const workers = await mountRemembering();
      await pickFile('data.csv', CSV);
      expect(imports.options).toEqual([{ filename: 'data.csv', rememberedColumnMap: remembered }]);
      expect(workers).toEqual([]);
      expect(columnRow('Zorglub')).toEqual({ role: 'emotion', unknown: false });
      expect(root.querySelector('.pc-report')?.textContent).not.toContain('Canal');
    });

    test(`a file of ${IMPORT_IN_WORKER_BYTES.toLocaleString('en')} bytes or more: one worker, one import, with the remaps`, async () => {
      const workers = await mountRemembering();
      let csv = 'participant,stage,action,Zorglub';
      for (let i = 0; csv.length < IMPORT_IN_WORKER_BYTES; i += 1) csv += `\nP${i % 50},Stage ${i % 5},Action number ${i} taken,${1 + (i % 5)}`;
      await pickFile('large.csv', csv);
      await vi.waitFor(() => expect(columnRow('Zorglub')).not.toBeNull(), { timeout: 20_000 });

      expect(imports.options).toEqual([{ filename: 'large.csv', rememberedColumnMap: remembered }]);
      expect(workers.map((state) => state.received.length)).toEqual([1]);
      expect(columnRow('Zorglub')).toEqual({ role: 'emotion', unknown: false });
      expect(root.querySelector('.pc-report')?.textContent).not.toContain('Canal');
    });
  });

  test('a survey-tool export: the tool, its header rows and what was held back, in the panel’s language, not repeated in the notes', async () => {
    await mount({ host: memoryHost('fr').host });
    await pickFile('qualtrics.csv', vendorExport('qualtrics', 8));
    const report = root.querySelector('.pc-report') as HTMLElement;
    const facts = [...report.querySelectorAll('.pc-facts li')].map((item) => item.textContent);
    expect(facts).toEqual([
      "Export Qualtrics : 3 lignes d'en-tête, 17 colonnes de métadonnées écartées",
      'Données personnelles retenues, jamais placées ni exportées : IP Address, Recipient Last Name, Recipient First Name, Recipient Email, Location Latitude, Location Longitude',
    ]);
    const notes = [...report.querySelectorAll('details .pc-notes li')].map((item) => item.textContent ?? '');
    expect(notes.some((note) => note.startsWith('Qualtrics export'))).toBe(false);
  });
});
