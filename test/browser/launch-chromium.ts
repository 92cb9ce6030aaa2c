import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, which CI installs with apt (`.ci/run`). */
export const CHROMIUM_PATH = process.env.PARCOURS_CHROMIUM ?? '/usr/bin/chromium';

/** Headless, sandbox off (containers), and nothing talking to the network behind the tests' back. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches the system Chromium through playwright-core. Each launch gets a fresh temporary
 * profile (playwright-core creates and deletes its user-data dir), and each `browser.newContext()`
 * is a clean, incognito-like session. Without Chromium it throws with the fix in the message:
 * the browser tests fail, they never skip.
 *
 * @example const browser = await launchChromium(); const page = await (await browser.newContext()).newPage();
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: the browser tests need it. Install it with ` +
        '`sudo apt-get install -y chromium` (Debian/Ubuntu; .ci/run does this in CI), or point ' +
        'PARCOURS_CHROMIUM at a Chromium or Chrome binary.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 60_000 });
}
