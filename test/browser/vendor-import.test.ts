/**
 * Survey-tool exports dropped on the playground's panel (issue #16): the report names the tool,
 * its header rows and what was held back, the map's stages are the steps as respondents saw them,
 * and no personal value reaches the board. Writes screenshots to test-results/screenshots/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { boardTexts, en, openPlayground, placeAndConfirm, uploadFile, usePlayground } from './playground-page.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SCREENSHOTS = `${root}test-results/screenshots`;
const fixture = (name: string) => ({ name, buffer: readFileSync(`${root}test/fixtures/vendors/${name}`) });

describe('survey-tool exports in the playground', () => {
  const playground = usePlayground();

  it.each([
    ['qualtrics.csv', 'Qualtrics export: 3 header rows, 17 metadata columns left out', ['Booking', 'Check-in', 'Boarding', 'On board', 'Arrival', 'Recommendation'], 'vendor-qualtrics'],
    ['Google forms fr.csv', 'Google Forms export: 1 header row, 2 metadata columns left out', ['Réservation', 'Enregistrement', 'Embarquement', 'À bord', 'Arrivée', 'Recommandation'], 'vendor-google-forms'],
  ])('%s: the panel names the tool and the board shows the steps, never a personal value', async (name, summary, stages, shot) => {
    const { page, errors, close } = await openPlayground(playground.browser, playground.url, { sample: 'none' });
    try {
      const file = fixture(name);
      await uploadFile(page, file);
      const report = page.getByRole('region', { name: `${en.report}: ${file.name}` });
      await expect(report.locator('.pc-facts').innerText()).resolves.toContain(summary);
      await placeAndConfirm(page);
      const texts = await boardTexts(page);
      for (const stage of stages) expect(texts).toContain(stage);
      expect(texts.join('\n')).not.toMatch(/example\.org|203\.0\.113|Lopez|48\.85/);
      mkdirSync(SCREENSHOTS, { recursive: true });
      writeFileSync(`${SCREENSHOTS}/${shot}-panel.png`, await page.locator('.panel-column').screenshot());
      writeFileSync(`${SCREENSHOTS}/${shot}.png`, await page.screenshot());
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);
});
