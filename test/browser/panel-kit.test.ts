/**
 * The panel's kit in a real Chromium: the skip link that brings "Place on board" within a couple
 * of tab stops, the focus moved to the plan after Place, the CSV templates downloaded and imported
 * back, and the current map exported as the CLI would write it.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exportJourney, importJourney } from '../../core/src/index.js';
import { panelStrings } from '../../ui/panel-strings.js';
import { csvTemplate } from '../../ui/state/csv-templates.js';
import { openPlayground, usePlayground } from './playground-page.js';

const fr = panelStrings('fr');
const playground = usePlayground();

/** Clicks `button` and returns the name and text of the file the browser downloads. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}


describe('the panel kit in the playground (French)', () => {
  it('a skip link (a button), first in the panel, takes the keyboard to “Place on board” in two presses; after Place the focus is on the plan', async () => {
    const { page, errors, close } = await openPlayground(playground.browser, playground.url, { lang: 'fr' });
    // The sample is imported and "Place on board" ready before the keyboard starts (a busy machine is slow to get there).
    await page.locator('.pc-report').waitFor();
    // The panel then lists the board's maps (the sample is one) and re-renders: the keyboard waits for it.
    await page.getByRole('radio', { name: fr.newMap }).waitFor();
    await page.locator('.pc-footer button:not([disabled])', { hasText: fr.place }).waitFor();
    // The page's own controls come first: start from the panel's first element.
    await page.locator('.panel-column').evaluate((column) => {
      const start = document.createElement('span');
      start.tabIndex = -1;
      column.prepend(start);
      start.focus();
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(fr.kit.skipToPlace);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(fr.place);
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: fr.planTitle }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pc-plan-title');
    await page.getByRole('button', { name: fr.back }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(fr.place);
    expect(errors).toEqual([]);
    await close();
  });

  it('downloads each CSV template with French headers, and each imports back as its own format', async () => {
    const { page, errors, close } = await openPlayground(playground.browser, playground.url, { lang: 'fr' });
    await page.locator('.pc-extras > summary').click();
    for (const [kind, format] of [
      ['wide', 'wide-csv'],
      ['interview', 'interview-csv'],
      ['survey', 'survey-csv'],
    ] as const) {
      const file = await downloaded(page, () => page.getByRole('button', { name: fr.kit.downloadNamed(fr.kit.templateKinds[kind]) }).click());
      const expected = csvTemplate(kind, 'fr');
      expect(file.name).toBe(expected.name);
      expect(file.text).toBe(expected.text);
      const result = importJourney(file.text, { filename: file.name });
      expect(result.ok && result.report.format).toBe(format);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('exports the map shown as SVG, HTML, CSV, Mermaid and JSON, named after its title', async () => {
    const { page, errors, close } = await openPlayground(playground.browser, playground.url, { lang: 'fr', sample: 'none' });
    await page.getByRole('radio', { name: fr.file }).check({ force: true });
    const bytes = Buffer.from('Étape;Actions;Émotion\r\nDécouverte;Voit une pub;4\r\nAchat;Paie;2\r\n', 'utf8');
    await page.locator('.panel-column input[type=file]').setInputFiles({ name: 'Étude été.csv', mimeType: 'text/csv', buffer: bytes });
    await page.getByRole('region', { name: `${fr.report}: Étude été.csv` }).waitFor();
    const result = importJourney(bytes, { filename: 'Étude été.csv' });
    if (!result.ok) throw new Error('imports');
    await page.locator('.pc-extras > summary').click();
    const get = (format: 'svg' | 'html' | 'csv' | 'mermaid' | 'json') =>
      downloaded(page, () => page.getByRole('button', { name: fr.kit.downloadNamed(fr.kit.formats[format]) }).click());
    const stem = result.journey.title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
    expect(await get('json')).toEqual({ name: `${stem}.json`, text: exportJourney(result.journey, 'json') });
    expect(await get('mermaid')).toEqual({ name: `${stem}.mmd`, text: exportJourney(result.journey, 'mermaid') });
    expect(await get('csv')).toEqual({ name: `${stem}.csv`, text: exportJourney(result.journey, 'csv') });
    const svg = await get('svg');
    expect(svg.name).toBe(`${stem}.svg`);
    expect(svg.text).toMatch(/^(<\?xml[^>]*>\s*)?<svg/);
    expect(svg.text).toContain('Découverte');
    const html = await get('html');
    expect(html.name).toBe(`${stem}.html`);
    expect(html.text).toMatch(/<html/i);
    await expect.poll(() => page.locator('.pc-extras [role=status]').innerText()).toBe(fr.kit.downloaded(`${stem}.html`));
    expect(errors).toEqual([]);
    await close();
  });
});
