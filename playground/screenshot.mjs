// Writes docs/playground.png, the README's picture: the playground with its sample map placed.
// Usage: node playground/screenshot.mjs [out.png] — starts `npm start` on a free port, shoots, stops.
import { spawn } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = process.argv[2] ?? `${root}docs/playground.png`;

const server = spawn(process.execPath, [`${root}scripts/playground.mjs`, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  let output = '';
  server.stdout.on('data', (chunk) => {
    output += chunk;
    const match = /http:\/\/localhost:\d+\//.exec(output);
    if (match) resolve(match[0]);
  });
  server.once('exit', (code) => reject(new Error(`the playground exited (${code}):\n${output}`)));
});

const browser = await chromium.launch({
  executablePath: process.env.PARCOURS_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-sync'],
});
try {
  // Twice the pixels: crisp on high-density screens, where a README picture is mostly seen.
  const page = await browser.newPage({ viewport: { width: 1440, height: 860 }, deviceScaleFactor: 2 });
  await page.goto(`${url}?lang=${process.env.LANG_UI ?? 'en'}`);
  await page.locator('.playground[data-ready="true"]').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(300);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`${out}: ${Math.round(statSync(out).size / 1024)} KB`);
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
