/**
 * Keeping the previous wave in the playground, in French, as a user does it: wave 1 placed, wave 2
 * imported with "Garder la vague précédente" ticked; the plan with its deltas and the board with
 * the two waves are written to test-results/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { panelStrings } from '../../ui/panel-strings.js';
import { openPlayground, usePlayground } from './playground-page.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SCREENSHOTS = `${root}test-results/screenshots`;
const fr = panelStrings('fr');
const playground = usePlayground();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations in the panel as it is now (as panel-accessibility.test.ts audits it). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
    const result = await axe.run({ include: [['.pc-panel']] }, { resultTypes: ['violations'] });
    return result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
  });
}

async function upload(page: Page, name: string) {
  await page.getByRole('radio', { name: fr.file }).check({ force: true });
  await page.locator('.panel-column input[type=file]').first().setInputFiles({ name, mimeType: 'text/csv', buffer: readFileSync(`${root}samples/${name}`) });
  await page.getByRole('region', { name: `${fr.report}: ${name}` }).waitFor();
}

describe('the previous wave in the playground', () => {
  it('shows the deltas in the French plan, then both waves on the board (screenshots)', async () => {
    const { page, errors, close } = await openPlayground(playground.browser, playground.url, { sample: 'none', lang: 'fr' });
    await upload(page, 'interviews-en.csv');
    await page.getByRole('button', { name: fr.place }).click();
    const plan = page.getByRole('region', { name: fr.planTitle });
    await plan.getByRole('button').filter({ hasNotText: fr.back }).click();
    await page.getByRole('heading', { name: fr.done }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: fr.placeAgain }).click();

    await upload(page, 'interviews-wave2-en.csv');
    await page.getByRole('checkbox', { name: fr.previousWave.keep }).check();
    await page.getByRole('button', { name: fr.place }).click();
    await plan.waitFor();
    const deltas = page.getByTestId('pc-previous-wave-deltas');
    expect((await deltas.innerText()).replace(/\s+/g, ' ')).toContain('Book −0,4 +0,4 +0,8 ▲ au-delà du bruit');
    expect(await seriousViolations(page)).toEqual([]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await plan.scrollIntoViewIfNeeded();
    await page.locator('.panel-column').screenshot({ path: `${SCREENSHOTS}/previous-wave-plan-fr.png` });

    await plan.getByRole('button').filter({ hasNotText: fr.back }).click();
    await page.getByRole('heading', { name: fr.done }).waitFor({ timeout: 30_000 });
    const dashed = await page.locator('.board .item-connector path[stroke-dasharray]').count();
    expect(dashed).toBeGreaterThan(0);
    await page.locator('.board').screenshot({ path: `${SCREENSHOTS}/previous-wave-board.png` });
    // Closer, on the emotion lane: the dashed curve, its legend and the change badges.
    const lane = await page.locator('.board [data-text="┄ Previous wave"]').first().boundingBox();
    if (lane) {
      await page.mouse.move(lane.x + 380, lane.y - 10);
      for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -240);
      await page.waitForTimeout(300);
    }
    await page.locator('.board').screenshot({ path: `${SCREENSHOTS}/previous-wave-board-emotions.png` });
    expect(errors).toEqual([]);
    await close();
  }, 120_000);
});
