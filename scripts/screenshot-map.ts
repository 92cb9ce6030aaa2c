/**
 * Renders a journey to the shareable HTML and takes a PNG of it in headless Chromium, to look at
 * what the layout draws (and to make docs/map.png for the README).
 *
 *   npx tsx scripts/screenshot-map.ts [--fixture bank|train | --input samples/x.csv] [--out docs/map.png]
 *       [--html out/map.html] [--palette light|dark] [--sticky 200x200] [--width 1600] [--full]
 *
 * `--full` shoots the whole report page; by default only the map figure. Chromium is Debian's
 * (/usr/bin/chromium), driven by playwright-core.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { layoutJourney } from '../core/src/layout/layout-journey.js';
import type { LayoutOptions } from '../core/src/layout/primitive.js';
import type { Journey } from '../core/src/model/journey.js';
import { renderHtml } from '../core/src/render/render-html.js';
import { bankJourney } from '../test/layout/bank-journey.js';
import { trainJourney } from '../test/layout/train-journey.js';

const CHROMIUM = '/usr/bin/chromium';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function loadJourney(): Promise<Journey> {
  const input = argument('input');
  if (input === undefined) return argument('fixture') === 'train' ? trainJourney() : bankJourney();
  const { importJourney } = (await import('../core/src/import/import-journey.js')) as {
    importJourney: (data: Uint8Array, options?: { filename?: string }) => { ok: true; journey: Journey } | { ok: false; problems: { message: string }[] };
  };
  const result = importJourney(new Uint8Array(readFileSync(input)), { filename: input });
  if (!result.ok) throw new Error(`${input}: ${result.problems.map((problem) => problem.message).join('; ')}`);
  return result.journey;
}

const journey = await loadJourney();
const sticky = argument('sticky')?.split('x').map(Number);
const options: LayoutOptions = {
  palette: argument('palette') === 'dark' ? 'dark' : 'light',
  ...(sticky && sticky.length === 2 && { stickySize: { w: sticky[0] ?? 200, h: sticky[1] ?? 200 } }),
};
const html = renderHtml(journey, layoutJourney(journey, options));
const htmlOut = argument('html');
if (htmlOut !== undefined) {
  mkdirSync(dirname(resolve(htmlOut)), { recursive: true });
  writeFileSync(htmlOut, html);
}

const out = argument('out') ?? 'out/map.png';
mkdirSync(dirname(resolve(out)), { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: Number(argument('width') ?? 1600), height: 1000 } });
  await page.setContent(html, { waitUntil: 'load' });
  if (process.argv.includes('--full')) await page.screenshot({ path: out, fullPage: true, timeout: 120_000 });
  else await page.locator('figure.map').screenshot({ path: out, timeout: 120_000 });
  console.log(`wrote ${out}${htmlOut !== undefined ? ` and ${htmlOut}` : ''}`);
} finally {
  await browser.close();
}
