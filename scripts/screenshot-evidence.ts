/**
 * Screenshots of the evidence marks on the playground's simulated board and of the panel showing
 * who said a card, for a reviewer to look at (test-results/screenshots/).
 *
 *   npx tsx scripts/screenshot-evidence.ts <study.csv>
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { launchChromium } from '../test/browser/launch-chromium.js';
import { openPlayground, placeAndConfirm, uploadFile } from '../test/browser/playground-page.js';
import { startPlayground } from '../test/browser/start-playground.js';

const input = process.argv[2] ?? 'samples/interviews-en.csv';
const out = 'test-results/screenshots';
const browser = await launchChromium();
const playground = await startPlayground();
try {
  const { page, errors } = await openPlayground(browser, playground.url, { sample: 'none' });
  page.setDefaultTimeout(60_000);
  await uploadFile(page, { name: basename(input), buffer: readFileSync(input) });
  await placeAndConfirm(page);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/playground-board.png` });
  const preview = page.locator('.pc-preview');
  const box = await preview.boundingBox();
  const card = await page.locator('.pc-preview svg .s').first().boundingBox();
  if (box && card) await page.mouse.click(card.x + card.width / 2, card.y + card.height / 2);
  await page.locator('.pc-evidence').waitFor();
  await page.locator('.panel-column').screenshot({ path: `${out}/playground-panel-who-said-it.png` });
  if (errors.length > 0) console.error(errors.join('\n'));
} finally {
  await browser.close();
  await playground.stop();
}
