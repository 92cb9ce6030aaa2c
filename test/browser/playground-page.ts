import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { panelStrings } from '../../ui/panel-strings.js';
import { launchChromium } from './launch-chromium.js';
import { startPlayground, type RunningPlayground } from './start-playground.js';

/** The panel's English words: the tests find controls by the names a user hears. */
export const en = panelStrings('en');

/** The browser and the playground server a test file shares, readable once its tests run. */
export interface SharedPlayground {
  readonly browser: Browser;
  readonly url: string;
}

/**
 * One Chromium and one playground server for the calling test file: started before its tests
 * (Chromium first: without it the file fails at once, and no server is left behind), both
 * stopped after them.
 *
 * @example const playground = usePlayground(); it('…', async () => { await openPlayground(playground.browser, playground.url); });
 */
export function usePlayground(): SharedPlayground {
  let browser: Browser | undefined;
  let running: RunningPlayground | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    running = await startPlayground();
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), running?.stop()]);
  });
  const started = <T,>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the playground is only started once the tests run');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get url() {
      return started(running).url;
    },
  };
}

/** A fresh page (own context: empty localStorage) on the playground, with its errors collected. */
export interface PlaygroundPage {
  page: Page;
  /** Console errors and uncaught exceptions since the page opened. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Opens the playground in a new browser context, waits until the start sample is placed (or there
 * is none, `sample: 'none'`), and records every console error and page error.
 *
 * @example const { page, errors } = await openPlayground(browser, url, { sample: 'none' });
 */
export async function openPlayground(browser: Browser, url: string, query: Record<string, string> = {}): Promise<PlaygroundPage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  // A step that does not happen within 10 s will not happen: fail fast, the whole suite stays short.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  await page.goto(`${url}?${new URLSearchParams({ lang: 'en', ...query })}`);
  await page.locator('.playground[data-ready="true"]').waitFor({ timeout: 20_000 });
  return { page, errors, close: () => context.close() };
}

/**
 * Picks "A file" as the source, then gives `file` to the panel's file input (no wait for its report).
 * A 20 MB file crosses to the browser in more than Playwright's default 10 s on a busy machine.
 */
export async function chooseFile(page: Page, file: { name: string; buffer: Buffer }): Promise<void> {
  await page.getByRole('radio', { name: en.file }).check({ force: true });
  await page.locator('.panel-column input[type=file]').setInputFiles({ name: file.name, mimeType: 'text/csv', buffer: file.buffer }, { timeout: 60_000 });
}

/** Chooses `file` (`chooseFile`) and waits for its import report. */
export async function uploadFile(page: Page, file: { name: string; buffer: Buffer }): Promise<void> {
  await chooseFile(page, file);
  await page.getByRole('region', { name: `${en.report}: ${file.name}` }).waitFor();
}

/** Presses "Place on board", returns the plan shown, confirms it and waits for the summary. */
export async function placeAndConfirm(page: Page): Promise<string> {
  await page.getByRole('button', { name: en.place }).click();
  const plan = page.getByRole('region', { name: en.planTitle });
  await plan.waitFor();
  const shown = (await plan.innerText()).replace(/\s+/g, ' ');
  await plan.getByRole('button').filter({ hasNotText: en.back }).click();
  await page.getByRole('heading', { name: en.done }).waitFor({ timeout: 20_000 });
  return shown;
}

/** The text of every text-bearing item drawn on the board (frames and connectors have none). */
export function boardTexts(page: Page): Promise<string[]> {
  return page.locator('.board [data-item-id][data-text]').evaluateAll((items) => items.map((item) => item.getAttribute('data-text') ?? ''));
}

/** How many items the board draws. */
export function boardItemCount(page: Page): Promise<number> {
  return page.locator('.board [data-item-id]').count();
}
