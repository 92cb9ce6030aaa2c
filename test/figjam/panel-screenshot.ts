/**
 * Renders the FigJam panel in headless Chromium, with the fake FigJam host behind it, imports a
 * French survey-style CSV, and writes `docs/panel-figjam.png` for the README.
 * Run: `npx tsx test/figjam/panel-screenshot.ts` (after `npm install`; needs /usr/bin/chromium).
 */
import { build as esbuild } from 'esbuild';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CSV = `Étape;Phase;Actions;Points de contact;Difficultés;Émotion;Opportunités
Découverte;Sensibilisation;"Voit une pub
Lit un avis";Instagram | Site web;Prix peu clair;3,5;Afficher le prix
Comparaison;Considération;Compare trois offres;Comparateur;Trop de jargon;2,5;Glossaire simple
Souscription;Achat;Remplit le formulaire;Site web | Appli;Formulaire trop long;2;Pré-remplir
Premier sinistre;Fidélisation;Déclare en ligne;Appli;Pas de suivi;1,5;Suivi en temps réel
Recommandation;Recommandation;En parle à un ami;Bouche-à-oreille;;4;Parrainage`;

const script = (await import(new URL('../../scripts/build/figjam.mjs', import.meta.url).href)) as { build: () => Promise<{ ui: string }> };
const { ui } = await script.build();
const html = await readFile(ui, 'utf8');
const harness = await esbuild({ entryPoints: [join(root, 'test/figjam/panel-harness.ts')], bundle: true, format: 'iife', write: false, logLevel: 'warning' });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const page = await browser.newPage({ viewport: { width: 400, height: 1600 }, deviceScaleFactor: 2, locale: 'fr-FR' });
  await page.setContent(
    `<!doctype html><html><body style="margin:0;padding:20px;background:#e9e9e9">
      <iframe title="Parcours" style="display:block;width:360px;height:960px;border:0;border-radius:10px;box-shadow:0 2px 14px rgba(0,0,0,.18);background:#fff"></iframe>
    </body></html>`,
  );
  page.on('console', (message) => {
    if (message.type() === 'error') console.error('panel:', message.text());
  });
  page.on('pageerror', (error) => console.error('panel:', error.message));
  // The main thread must listen before the panel loads: the panel asks for its draft at once.
  await page.addScriptTag({ content: harness.outputFiles[0]?.text ?? '' });
  await page.locator('iframe').evaluate((frame: HTMLIFrameElement, srcdoc: string) => {
    frame.srcdoc = srcdoc;
    return new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  }, html);
  const panel = page.frameLocator('iframe');
  await panel.getByText('Un fichier', { exact: true }).click();
  await panel.locator('input[type=file]').setInputFiles({ name: 'parcours-assurance.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'latin1') });
  await panel.locator('.pc-report').waitFor();
  await panel.locator('.pc-preview svg').waitFor();
  await panel.getByText('Colonnes').click();
  await panel.getByRole('button', { name: 'Placer sur le tableau' }).click();
  await panel.locator('.pc-counts').waitFor();
  // Show the whole panel, not FigJam's 640 px window with a scroll bar.
  const height = await panel.locator('.pc-panel').evaluate((element) => element.scrollHeight);
  await page.locator('iframe').evaluate((frame: HTMLIFrameElement, fit: number) => {
    frame.style.height = `${fit}px`;
  }, height);
  await mkdir(join(root, 'docs'), { recursive: true });
  await page.locator('iframe').screenshot({ path: join(root, 'docs/panel-figjam.png') });
  console.log('wrote docs/panel-figjam.png');
} finally {
  await browser.close();
}
