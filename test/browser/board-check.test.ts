/**
 * "Check this board" in the playground, in a real headless Chromium: the button in the panel runs
 * Miro's check against the simulated board, the report appears in the panel's language, the board
 * is left as it was, and Copy puts the report on the clipboard.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { panelStrings } from '../../ui/panel-strings.js';
import type { Page } from 'playwright-core';
import { boardItemCount, en, openPlayground, usePlayground } from './playground-page.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SCREENSHOTS = `${root}test-results/screenshots`;
const fr = panelStrings('fr');

const playground = usePlayground();

/** The report's lines as shown, without their status marks. */
function reportLines(page: Page): Promise<string[]> {
  return page.locator('.pc-check-lines li > span:last-child').allInnerTexts();
}

describe('Check this board in the playground', () => {
  it('reports the simulated board in English, leaves the board as it was, and copies the report', async () => {
    const { page, errors, close } = await openPlayground(playground.browser, playground.url);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(playground.url).origin });
    const before = await boardItemCount(page);

    await page.getByRole('button', { name: en.check.button }).click();
    const report = page.getByRole('region', { name: en.check.title });
    await report.waitFor();
    expect(await report.getByRole('heading').innerText()).toBe(en.check.heading(en.check.hosts.playground));
    const lines = await reportLines(page);
    expect(lines[0]).toMatch(/^Sticky note: 199 × [\d.]+/);
    expect(lines[1]).toBe('Shape: 200 × 100, as expected');
    expect(lines[2]).toMatch(/^Text: 300 × [\d.]+, width as expected$/);
    expect(lines).toContain(`${en.check.hiddenData.playground}: ${en.check.hiddenDataOk}`);
    expect(lines).toContain(en.check.removed(3));
    // The simulated board draws what it holds: the three test items came and went.
    expect(await boardItemCount(page)).toBe(before);

    await report.getByRole('button', { name: en.check.copy }).click();
    await expect.poll(() => report.getByRole('status').innerText()).toBe(en.check.copied);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')[0]).toBe(en.check.heading(en.check.hosts.playground));
    expect(copied).toContain(`✓ ${en.check.removed(3)}`);
    expect(errors).toEqual([]);

    mkdirSync(SCREENSHOTS, { recursive: true });
    // Centred: the panel's sticky footer would cover its bottom.
    await report.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${SCREENSHOTS}/board-check-en.png` });
    await close();
  });

  it('words the report in French with ?lang=fr', async () => {
    const { page, errors, close } = await openPlayground(playground.browser, playground.url, { lang: 'fr' });
    const before = await boardItemCount(page);
    await page.getByRole('button', { name: fr.check.button }).click();
    const report = page.getByRole('region', { name: fr.check.title });
    await report.waitFor();
    expect(await report.getByRole('heading').innerText()).toBe(fr.check.heading(fr.check.hosts.playground));
    const lines = await reportLines(page);
    expect(lines[1]).toBe('Forme : 200 × 100, comme prévu');
    // French decimals: the simulated text is 19,6 high.
    expect(lines[2]).toMatch(/^Texte : 300 × \d+(,\d)?, largeur comme prévu$/);
    expect(lines).toContain(`${fr.check.hiddenData.playground} : ${fr.check.hiddenDataOk}`);
    expect(lines).toContain(fr.check.removed(3));
    expect(await boardItemCount(page)).toBe(before);
    expect(errors).toEqual([]);

    mkdirSync(SCREENSHOTS, { recursive: true });
    // Centred: the panel's sticky footer would cover its bottom.
    await report.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${SCREENSHOTS}/board-check-fr.png` });
    await close();
  });
});
