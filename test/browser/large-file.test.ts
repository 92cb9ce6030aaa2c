/**
 * A large file in the playground: the panel imports it in a worker started from its own bundle,
 * shows that it is reading, and the page keeps painting meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { DRAFT_KEY } from '../../playground/src/playground-host.js';
import { IMPORT_IN_WORKER_BYTES } from '../../ui/run-import.js';
import { defaultDraft } from '../../ui/state/panel-draft.js';
import { chooseFile, en, openPlayground, usePlayground } from './playground-page.js';

/** An interview CSV of about `bytes` bytes: one row per observation, five stages. */
function interviewCsv(bytes: number): Buffer {
  const stages = ['Discover', 'Plan', 'Book', 'Travel', 'Arrive'];
  const lines = ['participant,persona,stage,action,touchpoint,pain_point,quote,emotion'];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const line = `P${i % 500},Commuter,${stages[i % 5]},Action ${i} taken by the participant,Touchpoint ${i % 40},Pain point ${i % 300},"Quote ${i}, about the trip",${1 + (i % 5)}`;
    lines.push(line);
    size += line.length + 2;
  }
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

const playground = usePlayground();

describe('a large file in the playground', () => {
  it('is read in a worker, with a busy status, while the page keeps painting', async () => {
    const { page, errors, close } = await openPlayground(playground.browser, playground.url, { sample: 'none' });
    try {
      const file = { name: 'interviews-large.csv', buffer: interviewCsv(5_000_000) };
      expect(file.buffer.byteLength).toBeGreaterThan(IMPORT_IN_WORKER_BYTES);
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      // Counts frames painted while the busy status is on screen, noted by the page itself.
      await page.evaluate(() => {
        const seen = { busy: false, framesWhileBusy: 0 };
        (window as unknown as { largeFile: typeof seen }).largeFile = seen;
        const tick = () => {
          const busy = [...document.querySelectorAll('[role=status]')].some((element) => element.textContent?.includes('Reading interviews-large.csv'));
          if (busy) seen.framesWhileBusy += seen.busy ? 1 : 0;
          seen.busy ||= busy;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      await chooseFile(page, file);

      const status = page.getByRole('status').filter({ hasText: en.reading(file.name) });
      // The status shows while the file is read, then gains its Cancel once the worker has it.
      await status.getByRole('button', { name: en.cancel }).waitFor();
      await page.getByRole('region', { name: `${en.report}: ${file.name}` }).waitFor({ timeout: 30_000 });
      await status.waitFor({ state: 'detached' });

      const seen = await page.evaluate(() => (window as unknown as { largeFile: { busy: boolean; framesWhileBusy: number } }).largeFile);
      expect(seen.busy).toBe(true);
      expect(seen.framesWhileBusy).toBeGreaterThanOrEqual(1);
      expect(workers).toHaveLength(1);
      await expect(page.getByRole('heading', { name: en.preview }).isVisible()).resolves.toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);

  it('stops reading when Cancel is pressed, and keeps the panel usable', async () => {
    const { page, errors, close } = await openPlayground(playground.browser, playground.url, { sample: 'none' });
    try {
      const file = { name: 'interviews-cancelled.csv', buffer: interviewCsv(20_000_000) };
      const workerClosed = new Promise<void>((resolve) => page.on('worker', (worker) => worker.on('close', () => resolve())));
      await chooseFile(page, file);
      const status = page.getByRole('status').filter({ hasText: en.reading(file.name) });
      await status.getByRole('button', { name: en.cancel }).click();
      await status.waitFor({ state: 'detached' });
      // Cancel terminates the worker: it closes without answering.
      await workerClosed;
      await expect(page.getByRole('region', { name: `${en.report}: ${file.name}` }).count()).resolves.toBe(0);
      await expect(page.getByRole('radio', { name: en.template }).isEnabled()).resolves.toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);

  it('is imported in one worker, once, when remaps remembered from an earlier file apply to it', async () => {
    const { page, errors, close } = await openPlayground(playground.browser, playground.url, { sample: 'none' });
    try {
      // Remaps chosen on an earlier visit: one for a header this file has, one for a header it lacks.
      const draft = JSON.stringify({ ...defaultDraft('en'), columnMap: { quote: 'ignore', Canal: 'channel' } });
      await page.context().addInitScript(([key, value]) => localStorage.setItem(key, value), [DRAFT_KEY, draft] as const);
      await page.reload();
      await page.locator('.playground[data-ready="true"]').waitFor();
      const file = { name: 'interviews-remembered.csv', buffer: interviewCsv(1_200_000) };
      expect(file.buffer.byteLength).toBeGreaterThan(IMPORT_IN_WORKER_BYTES);
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));

      await chooseFile(page, file);
      const report = page.getByRole('region', { name: `${en.report}: ${file.name}` });
      await report.waitFor({ timeout: 30_000 });

      expect(workers).toHaveLength(1);
      // The columns table is in a closed <details>: hidden, yet there.
      await expect(report.getByRole('combobox', { name: en.remapLabel('quote'), includeHidden: true }).inputValue()).resolves.toBe('ignore');
      // The quotes were left out by the import itself: the map has no quotes lane.
      await expect(page.locator('.pc-preview svg').textContent()).resolves.not.toContain('Quotes');
      await expect(report.textContent()).resolves.not.toContain('Canal');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);
});
