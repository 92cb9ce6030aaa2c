/**
 * The playground in a real headless Chromium, driven as a user drives it: the page `npm start`
 * serves, the shared panel, the real `placeOnMiro` against the simulated board. One browser and
 * one server for the file, one fresh context (empty storage) per test.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importJourney, layoutJourney, type Layout } from '../../core/src/index.js';
import { expandForMiro } from '../../miro-app/src/expand-for-miro.js';
import { miroVisibleText } from '../../miro-app/src/miro-visible-text.js';
import { pickSample } from '../../playground/src/pick-sample.js';
import { layoutOptionsFor } from '../../ui/state/layout-options-for.js';
import { MIRO_BOARD } from '../../miro-app/src/miro-board-metrics.js';
import { defaultDraft } from '../../ui/state/panel-draft.js';
import { accessibleControls } from './accessible-controls.js';
import { boardItemCount, boardTexts, en, openPlayground, placeAndConfirm, uploadFile, usePlayground } from './playground-page.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SCREENSHOTS = `${root}test-results/screenshots`;

/** The map the panel lays out for a file with its default options: what the board must show. */
function panelLayout(bytes: Uint8Array, filename: string): Layout {
  const result = importJourney(bytes, { filename });
  if (!result.ok) throw new Error(`${filename} does not import: ${JSON.stringify(result.problems)}`);
  const journey = result.journey;
  return layoutJourney(journey, layoutOptionsFor(journey, defaultDraft('en').options, { board: MIRO_BOARD }));
}

/** Texts of the items Miro draws for a layout (frames and connectors carry none). */
function itemTexts(layout: Layout): string[] {
  return expandForMiro(layout)
    .primitives.filter((primitive) => primitive.kind !== 'frame' && primitive.kind !== 'connector')
    .map(miroVisibleText);
}

function csv(text: string): Buffer {
  return Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8');
}

const VERSION_1 = csv(`Stage,Actions,Touchpoints,Pain points,Emotion
Discover,"Sees an ad
Reads a review",Instagram,Price unclear,4
Buy,Pays online,Website,Slow checkout,2
Use,Opens the app,App,,5
`);

// Weeks later: a pain point reworded, a new action, a lower score. "Reads a review" is unchanged.
const VERSION_2 = csv(`Stage,Actions,Touchpoints,Pain points,Emotion
Discover,"Sees an ad
Reads a review",Instagram,Price unclear,4
Buy,Pays online,Website,Checkout fails on mobile,2
Use,"Opens the app
Calls support",App,,3
`);

const playground = usePlayground();

describe('the playground', () => {
  it('loads with no console error and draws every item of the sample map', async () => {
    const listed = JSON.parse(readFileSync(`${root}playground/dist/samples.json`, 'utf8')) as string[];
    const name = pickSample(listed, null);
    expect(name).toBeDefined();
    const layout = panelLayout(readFileSync(`${root}samples/${name}`), name!);
    const { page, errors, close } = await openPlayground(playground.browser, playground.url);

    expect(await boardItemCount(page)).toBe(expandForMiro(layout).primitives.length);
    expect(await page.locator('.board [data-kind=frame] .frame-title').textContent()).toBe(layout.title);
    expect(errors).toEqual([]);
    await close();
  });

  it('reads the French Windows-1252 sample through the file input, accents intact', async () => {
    const bytes = readFileSync(`${root}samples/parcours-fr.csv`);
    const stages = panelLayout(bytes, 'parcours-fr.csv').primitives.filter((primitive) => primitive.style === 'stage').map((primitive) => primitive.text);
    expect(stages.join(' ')).toContain('Découverte');
    const { page, errors, close } = await openPlayground(playground.browser, playground.url, { sample: 'none' });

    await uploadFile(page, { name: 'parcours-fr.csv', buffer: bytes });
    const report = page.getByRole('region', { name: `${en.report}: parcours-fr.csv` });
    await expect.poll(() => report.innerText()).toContain('windows-1252');
    expect(await report.innerText()).toContain(en.delimiters[';']);
    const preview = await page.locator('.pc-preview').textContent();
    for (const stage of stages) expect(preview).toContain(stage.replace(/\n/g, ''));

    const plan = await placeAndConfirm(page);
    // Before applying, the plan says what the same placement would take on a real Miro board.
    const items = expandForMiro(panelLayout(bytes, 'parcours-fr.csv')).primitives.length;
    expect(plan).toMatch(new RegExp(`On Miro: ${items} items to create, [\\d,]+ credits, about \\d+ s\\.`));
    expect(await boardTexts(page)).toEqual(expect.arrayContaining(stages));
    expect(errors).toEqual([]);
    await close();
  });

  describe.each([
    {
      name: 'an unbalanced quote',
      file: 'quote.csv',
      text: 'Étape;Actions;Émotion\nDécouverte;"Voit une pub;3\nAchat;Paie;4\n',
      where: 'row 2, column “Actions”',
    },
    { name: 'no recognisable column', file: 'people.csv', text: 'Nom;Âge;Ville\nAlice;34;Lyon\nBruno;41;Nantes\n', where: 'row 1' },
  ])('a broken CSV: $name', ({ file, text, where }) => {
    it('shows where the problem is and places nothing', async () => {
      const { page, errors, close } = await openPlayground(playground.browser, playground.url, { sample: 'none' });
      await uploadFile(page, { name: file, buffer: csv(text) });

      const problem = page.locator('.pc-problems li').first();
      await expect.poll(() => problem.innerText()).toContain(where);
      await expect.poll(() => page.getByRole('button', { name: en.place }).isDisabled()).toBe(true);
      expect(await boardItemCount(page)).toBe(0);
      expect(errors).toEqual([]);
      await close();
    });
  });

  it('keeps a sticky edited on the board when the data is re-imported, and brings the rest up to date', async () => {
    const { page, errors, close } = await openPlayground(playground.browser, playground.url, { sample: 'none' });
    await uploadFile(page, { name: 'journey.csv', buffer: VERSION_1 });
    await placeAndConfirm(page);
    expect((await boardTexts(page)).sort()).toEqual(itemTexts(panelLayout(VERSION_1, 'journey.csv')).sort());

    // A user double-clicks the sticky and rewrites it, as in Miro.
    const sticky = page.locator('.board [data-kind=sticky][data-text="Reads a review"]');
    await sticky.dblclick();
    const editor = page.getByRole('textbox', { name: 'Edit the text of this item' });
    await editor.fill('Reads a review (3 of 5 did)');
    await editor.press('Escape');
    await expect.poll(() => boardTexts(page)).toContain('Reads a review (3 of 5 did)');

    await page.getByRole('button', { name: en.placeAgain }).click();
    await uploadFile(page, { name: 'journey.csv', buffer: VERSION_2 });
    const plan = await placeAndConfirm(page);
    expect(plan).toContain(`1 ${en.planKeep}`);

    const expected = itemTexts(panelLayout(VERSION_2, 'journey.csv'));
    expected[expected.indexOf('Reads a review')] = 'Reads a review (3 of 5 did)';
    expect((await boardTexts(page)).sort()).toEqual(expected.sort());
    expect(errors).toEqual([]);
    await close();
  });

  it('works by keyboard alone', async () => {
    const { page, errors, close } = await openPlayground(playground.browser, playground.url, { sample: 'none' });
    // Playwright turns on Chromium's file-chooser interception when a first 'filechooser' listener
    // is added, without waiting: a key press sent right after can reach the page first and open a
    // chooser nobody sees (CI saw it once). Listening from the start keeps interception on.
    page.on('filechooser', () => {});
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement | null;
        return { tag: element?.tagName ?? '', type: element?.type ?? '', value: element?.value ?? '', text: element?.textContent?.trim() ?? '' };
      });
    const tabUntil = async (wanted: (element: Awaited<ReturnType<typeof focused>>) => boolean) => {
      for (let presses = 0; presses < 120; presses++) {
        await page.keyboard.press('Tab');
        if (wanted(await focused())) return;
      }
      throw new Error('Tab never reached the control');
    };

    await tabUntil((element) => element.type === 'radio');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: en.file }).isChecked()).toBe(true);
    await tabUntil((element) => element.type === 'file');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await chooser.setFiles({ name: 'journey.csv', mimeType: 'text/csv', buffer: VERSION_1 });
    await page.getByRole('region', { name: `${en.report}: journey.csv` }).waitFor();

    await tabUntil((element) => element.tag === 'BUTTON' && element.text === en.place);
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: en.planTitle }).waitFor();
    await tabUntil((element) => element.tag === 'BUTTON' && /^Apply \d+ changes?$/.test(element.text));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: en.done }).waitFor({ timeout: 20_000 });
    expect(await boardItemCount(page)).toBe(expandForMiro(panelLayout(VERSION_1, 'journey.csv')).primitives.length);
    expect(errors).toEqual([]);
    await close();
  });

  it('gives every control an accessible name', async () => {
    const { page, errors, close } = await openPlayground(playground.browser, playground.url);
    await page.locator('.pc-panel summary', { hasText: en.options }).click();
    const withFile = await accessibleControls(page);
    await page.getByRole('radio', { name: en.template }).check({ force: true });
    const withTemplate = await accessibleControls(page);
    const controls = [...withFile, ...withTemplate];

    expect(controls.filter((control) => control.name === '')).toEqual([]);
    // The audit saw the panel, the report, the template form and the board's own controls.
    expect(controls.map((control) => control.name)).toEqual(expect.arrayContaining([en.place, en.chooseFile, en.template, en.file, 'Zoom in', 'Zoom out']));
    expect(withTemplate.filter((control) => control.role === 'textbox').length).toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await close();
  });

  it('writes screenshots of the panel and the board to test-results/screenshots/', async () => {
    const { page, errors, close } = await openPlayground(playground.browser, playground.url);
    mkdirSync(SCREENSHOTS, { recursive: true });
    const shots = {
      'playground.png': await page.screenshot(),
      'playground-panel.png': await page.locator('.panel-column').screenshot(),
      'playground-board.png': await page.locator('.board').screenshot(),
    };
    for (const [file, png] of Object.entries(shots)) {
      writeFileSync(`${SCREENSHOTS}/${file}`, png);
      expect(readFileSync(`${SCREENSHOTS}/${file}`).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    }
    const board = await page.locator('.board').boundingBox();
    expect(pngSize(shots['playground-board.png'])).toEqual({ width: Math.round(board!.width), height: Math.round(board!.height) });
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the playground server', () => {
  it('serves the page, its bundle and the samples as bytes', async () => {
    const page = await fetch(playground.url);
    expect([page.status, page.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    expect(await page.text()).toContain('<script type="module" src="./app.js">');
    expect((await fetch(new URL('app.js', playground.url))).status).toBe(200);
    const listed = (await (await fetch(new URL('samples.json', playground.url))).json()) as string[];
    const sample = await fetch(new URL(`samples/${listed[0]}`, playground.url));
    expect(Buffer.from(await sample.arrayBuffer())).toEqual(readFileSync(`${root}samples/${listed[0]}`));
  });

  // Sent as written (fetch would normalise the dots away before the server sees them).
  it.each(['/samples/../package.json', '/../package.json', '/..%2F..%2Fpackage.json', '/samples/%2E%2E/package.json', '/nothing-here.js'])(
    'answers 404 for %s',
    async (path) => {
      expect(await rawStatus(playground.url, path)).toBe(404);
    },
  );

  it('refuses to write', async () => {
    expect((await fetch(playground.url, { method: 'POST', body: 'x' })).status).toBe(405);
  });
});

/** The status of a GET for `path` sent byte for byte, without URL normalisation. */
function rawStatus(base: string, path: string): Promise<number | undefined> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    get({ hostname, port, path }, (response) => {
      response.resume();
      resolve(response.statusCode);
    }).on('error', reject);
  });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
