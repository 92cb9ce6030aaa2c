// @vitest-environment jsdom
/**
 * The playground's start-up (`startSample`, then the panel given its `file`) imports the sample once:
 * the map placed on the board and the report in the panel come from that one import.
 */
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlaygroundHost, DRAFT_KEY } from '../../playground/src/playground-host.js';
import { createSimulatedBoard } from '../../playground/src/simulated-board.js';
import { startSample } from '../../playground/src/start-sample.js';
import { Panel } from '../../ui/panel.js';
import { defaultDraft } from '../../ui/state/panel-draft.js';
import { memoryStorage } from './memory-storage.js';

/** Every `importJourney` run, wherever it is called from. */
const imports = vi.hoisted(() => ({ files: [] as (string | undefined)[] }));
vi.mock('../../core/src/import/import-journey.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../core/src/import/import-journey.js')>();
  return {
    importJourney: (...args: Parameters<typeof actual.importJourney>) => {
      imports.files.push(args[1]?.filename);
      return actual.importJourney(...args);
    },
  };
});

// A path from the string: under jsdom, `URL` is jsdom's, which node:url does not take.
const SAMPLES = join(dirname(fileURLToPath(import.meta.url)), '../../samples/');
const PAGE = new URL('http://playground.test/');

/** The playground server's answers, from the repository's samples/: the list, then each file. */
async function serveSamples(input: string | URL | Request): Promise<Response> {
  const path = new URL(input instanceof Request ? input.url : input).pathname;
  if (path === '/samples.json') return Response.json((await readdir(SAMPLES)).sort());
  if (path.startsWith('/samples/')) return new Response(await readFile(`${SAMPLES}${decodeURIComponent(path.slice('/samples/'.length))}`));
  return new Response(null, { status: 404 });
}

let root: HTMLElement;
beforeEach(() => {
  imports.files.length = 0;
  vi.stubGlobal('fetch', vi.fn(serveSamples));
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.unstubAllGlobals();
});

describe('the playground start-up', () => {
  it('imports the sample once, with the remembered remaps: placed from that import, shown by the panel', async () => {
    // A remap remembered from an earlier visit: the quotes of interviews-en.csv left out.
    const storage = memoryStorage({ [DRAFT_KEY]: JSON.stringify({ ...defaultDraft('en'), columnMap: { quote: 'ignore', Canal: 'channel' } }) });
    const simulated = createSimulatedBoard();
    const host = createPlaygroundHost(simulated, { locale: 'en', storage });

    const placed = await startSample(host, PAGE, null);
    if (!placed?.ok) throw new Error(`the sample was not placed: ${JSON.stringify(placed)}`);
    await act(async () => {
      render(<Panel host={host} initialFile={placed.file} />, root);
    });
    await act(async () => undefined);

    expect(imports.files).toEqual(['interviews-en.csv']);
    expect(placed.file.result?.ok && placed.file.result.journey.lanes.map((lane) => lane.kind)).not.toContain('thoughts');
    expect(await simulated.items()).toHaveLength(placed.report.created);
    const quote = root.querySelector('select[aria-label="Read column “quote” as"]') as HTMLSelectElement | null;
    expect(quote?.value).toBe('ignore');
    expect(root.querySelector('.pc-report')?.textContent).not.toContain('Canal');
    expect(root.querySelector('.pc-preview svg')).not.toBeNull();
  });

  it('imports nothing for an empty board (?sample=none)', async () => {
    const host = createPlaygroundHost(createSimulatedBoard(), { locale: 'en', storage: memoryStorage() });
    expect(await startSample(host, PAGE, 'none')).toBeUndefined();
    expect(imports.files).toEqual([]);
  });
});
