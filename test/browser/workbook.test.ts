/**
 * Workbooks in the playground: an .xlsx dropped on the panel is read with its sheet menu, another
 * sheet can be chosen, and a 10 MB workbook is read in the worker with its steps shown while the
 * page keeps painting.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bigInterviews } from '../fixtures/workbooks/big-interviews.js';
import { writeXlsx, type TestSheet } from '../fixtures/workbooks/write-workbook.js';
import { en, openPlayground, usePlayground } from './playground-page.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SCREENSHOTS = `${root}test-results/screenshots`;
const playground = usePlayground();

const WIDE: TestSheet = {
  name: 'Parcours',
  rows: [
    ['Ouverture d’un compte en ligne'],
    ['Étape', 'Actions', 'Points de contact', 'Difficultés', 'Émotion', 'Opportunités'],
    ['Découverte', 'Voit une publicité\nEn parle avec un collègue', 'Instagram', 'Offre difficile à comparer', 3.5, 'Comparatif des frais'],
    ['Souscription', 'Remplit le formulaire', 'Site web', 'Trop de pièces demandées', 2, 'Moins de pièces'],
    ['Premier usage', 'Active sa carte', 'Appli mobile', null, 4.5, null],
  ],
  merges: ['A1:F1'],
};
const INTERVIEWS: TestSheet = {
  name: 'Entretiens',
  rows: [['Participant', 'Étape', 'Verbatim', 'Émotion'], ['P1', 'Recherche', 'Trop d’annonces', 2], ['P2', 'Recherche', 'Pratique', 4], ['P1', 'Signature', 'Rapide', 5]],
};

/** Drops `file` on the panel's drop zone as a user dragging it from their desktop would. */
async function dropFile(page: Page, file: { name: string; buffer: Buffer }): Promise<void> {
  await page.getByRole('radio', { name: en.file }).check({ force: true });
  const dataTransfer = await page.evaluateHandle(
    ({ name, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      return transfer;
    },
    { name: file.name, bytes: [...file.buffer] },
  );
  await page.locator('.pc-drop').dispatchEvent('drop', { dataTransfer });
}

describe('workbooks in the playground', () => {
  it('an .xlsx dropped on the panel shows its sheets; choosing another imports it', async () => {
    const { page, errors, close } = await openPlayground(playground.browser, playground.url, { sample: 'none' });
    try {
      const file = { name: 'parcours-client.xlsx', buffer: Buffer.from(writeXlsx([{ name: 'Consignes', rows: [['Une ligne par étape']] }, WIDE, INTERVIEWS])) };
      await dropFile(page, file);
      const report = page.getByRole('region', { name: `${en.report}: ${file.name}` });
      await report.waitFor();
      const sheet = report.getByRole('combobox', { name: en.sheet });
      // The first sheet holding data is notes, not a table: it is read, fails, and the menu stays to choose another.
      await expect(sheet.inputValue()).resolves.toBe('Consignes');
      await expect(sheet.locator('option').allTextContents()).resolves.toEqual(['Consignes', 'Parcours', 'Entretiens']);
      await sheet.selectOption('Parcours');
      await page.getByRole('heading', { name: en.preview }).waitFor();
      await expect(sheet.inputValue()).resolves.toBe('Parcours');
      await report.getByText(en.sheetFormats['wide-csv']!).waitFor();
      await expect(page.locator('.pc-preview svg').innerHTML()).resolves.toContain('Ouverture d’un compte en ligne');
      mkdirSync(SCREENSHOTS, { recursive: true });
      writeFileSync(`${SCREENSHOTS}/playground-workbook.png`, await page.screenshot());
      writeFileSync(`${SCREENSHOTS}/playground-workbook-panel.png`, await page.locator('.panel-column').screenshot());
      await sheet.selectOption('Entretiens');
      await report.getByText(en.sheetFormats['interview-csv']!).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);

  it('a 10 MB workbook is read in the worker, its steps shown, while the page keeps painting', async () => {
    const { page, errors, close } = await openPlayground(playground.browser, playground.url, { sample: 'none' });
    try {
      const file = { name: 'entretiens-10mo.xlsx', buffer: Buffer.from(writeXlsx([bigInterviews(100_000)])) };
      expect(file.buffer.byteLength).toBeGreaterThan(10_000_000);
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      await page.evaluate(() => {
        const seen = { steps: [] as string[], framesWhileBusy: 0 };
        (window as unknown as { workbook: typeof seen }).workbook = seen;
        const tick = () => {
          const status = [...document.querySelectorAll('[role=status]')].map((element) => element.textContent ?? '').join(' ');
          const step = /Step \d of 3: [a-z ]+/.exec(status)?.[0];
          if (step && !seen.steps.includes(step)) seen.steps.push(step);
          if (status.includes('Reading entretiens-10mo.xlsx')) seen.framesWhileBusy += 1;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      // Handed over as a file on disk: 10 MB sent as bytes through the DevTools protocol takes longer than the step timeout.
      const path = join(mkdtempSync(join(tmpdir(), 'parcours-workbook-')), file.name);
      writeFileSync(path, file.buffer);
      await page.getByRole('radio', { name: en.file }).check({ force: true });
      await page.locator('.panel-column input[type=file]').setInputFiles(path, { timeout: 60_000 });
      await page.getByRole('region', { name: `${en.report}: ${file.name}` }).waitFor({ timeout: 120_000 });
      const seen = await page.evaluate(() => (window as unknown as { workbook: { steps: string[]; framesWhileBusy: number } }).workbook);
      // Each step as it starts, in order (the first may pass between two frames on a fast machine).
      const steps = (['loading-reader', 'reading-workbook', 'building-map'] as const).map((step, index) => en.importStep(index + 1, 3, en.importSteps[step]!));
      expect(steps.slice(-seen.steps.length)).toEqual(seen.steps);
      expect(seen.steps).toEqual(expect.arrayContaining(steps.slice(1)));
      expect(seen.framesWhileBusy).toBeGreaterThan(5);
      expect(workers).toHaveLength(1);
      await page.getByRole('heading', { name: en.preview }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 180_000);
});
