/**
 * The panel speaks one language in every state of a study's life: import, plan, placing done, the
 * next wave's update plan. In French no English word and no internal id shows; in English no French
 * word. Screenshots of each French state go to test-results/screenshots/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { panelStrings } from '../../ui/panel-strings.js';
import { openPlayground, usePlayground } from './playground-page.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SCREENSHOTS = `${root}test-results/screenshots`;
const fixture = (name: string) => readFileSync(`${root}test/fixtures/words/${name}`);

/** Words that give English away in a French panel (whole words, any case). */
const ENGLISH = /\b(the|rows?|lines?|delimiter|splits|values|header|columns?|left out|items?|updated?|remove[d]?|stages?|kept|cancelled|placed|warnings?|problems?|cards?|to add|move[d]?|from|with|and|not)\b/i;
/** Words that give French away in an English panel. */
const FRENCH = /\b(les?|la|des|une?|lignes?|colonnes?|étapes?|séparateur|échelle|valeurs|ajouter|mettre|retirer|déplacer|éléments?|cartes?|avertissements?|conservés?)\b/i;
/** Internal ids: primitive keys (`lane:lane-ato2lc`) and stable ids (`stage-1k3x9qa`). */
const INTERNAL_ID = /\b(lane|laneTitle|stage|card|emotion|persona|phase|more|frame|updated):\S|\b(lane|stage|card|persona|journey)-[0-9a-z]{5,}\b/;

/**
 * The text a user reads in the panel: details opened, each menu by its chosen option only, the
 * language switch (written in the other language on purpose, `lang` says so) left out.
 */
async function panelText(page: Page): Promise<string> {
  return page.locator('.panel-column').evaluate((root) => {
    for (const details of root.querySelectorAll('details')) details.open = true;
    const clone = root.cloneNode(true) as HTMLElement;
    const menus = root.querySelectorAll('select');
    clone.querySelectorAll('select').forEach((select, index) => {
      const chosen = menus[index]?.selectedOptions[0]?.textContent ?? '';
      select.replaceWith(document.createTextNode(` ${chosen} `));
    });
    for (const other of clone.querySelectorAll('button[lang]')) other.remove();
    document.body.append(clone);
    const text = clone.innerText;
    clone.remove();
    return text;
  });
}

interface Wave {
  name: string;
  bytes: Buffer;
}

/**
 * Imports the first wave, plans, places, then imports the next wave under the same file name (the
 * same map) and plans its update; checks the panel's words at each step.
 */
async function studyLife(lang: 'fr' | 'en', first: Wave, next: Wave, shots: boolean): Promise<Record<string, string>> {
  const words = panelStrings(lang);
  const { page, errors, close } = await openPlayground(playground.browser, playground.url, { lang, sample: 'none' });
  const states: Record<string, string> = {};
  const look = async (state: string) => {
    // The screenshot first: as a user sees it, details closed; reading the text opens them.
    if (shots) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      writeFileSync(`${SCREENSHOTS}/panel-${lang}-${state}.png`, await page.locator('.panel-column').screenshot());
    }
    states[state] = await panelText(page);
  };
  const upload = async (wave: Wave) => {
    await page.getByRole('radio', { name: words.file }).check({ force: true });
    await page.locator('.panel-column input[type=file]').setInputFiles({ name: 'study.csv', mimeType: 'text/csv', buffer: wave.bytes });
    await page.getByRole('region', { name: `${words.report}: study.csv` }).waitFor();
  };
  await upload(first);
  await look('imported');
  await page.getByRole('button', { name: words.place }).click();
  const plan = page.getByRole('region', { name: words.planTitle });
  await plan.waitFor();
  await look('plan');
  await plan.getByRole('button').filter({ hasNotText: words.back }).click();
  await page.getByRole('heading', { name: words.done }).waitFor({ timeout: 30_000 });
  await look('done');
  await page.getByRole('button', { name: words.placeAgain }).click();
  await upload(next);
  await look('next-wave');
  await page.getByRole('button', { name: words.place }).click();
  await page.getByRole('region', { name: words.planTitle }).waitFor();
  await look('update-plan');
  expect(errors).toEqual([]);
  await close();
  return states;
}

const playground = usePlayground();

describe('the panel’s words', () => {
  it('in French: no English word and no internal id from import to the next wave’s update plan', async () => {
    const states = await studyLife('fr', { name: 'vague 1', bytes: fixture('entretiens-fr-vague1.csv') }, { name: 'vague 2', bytes: fixture('entretiens-fr-vague2.csv') }, true);
    for (const [state, text] of Object.entries(states)) {
      expect(text.match(ENGLISH)?.[0], `${state}: ${text}`).toBeUndefined();
      expect(text.match(INTERNAL_ID)?.[0], state).toBeUndefined();
    }
    expect(states.imported).toContain('séparateur le point-virgule');
    expect(states.imported).toContain('9 lignes → 3 étapes');
    // The next wave renamed « Inscription »: one update, not a remove and an add.
    expect(states['update-plan']).toContain('étape renommée : «\u00a0Inscription\u00a0» → «\u00a0Ouverture du compte\u00a0»');
    expect(states['update-plan']).not.toMatch(/étapes? à retirer/);
    writeFileSync(`${SCREENSHOTS}/panel-fr-states.txt`, Object.entries(states).map(([state, text]) => `===== ${state}\n${text}`).join('\n'));
  });

  it('in English: no French word and no internal id', async () => {
    const sample = readFileSync(`${root}samples/interviews-en.csv`, 'utf8');
    const next = sample.replace('Ad does not say the price', 'The ad hides the price') + 'P99,Commuter,Travel,Purchase,Shows the ticket,Mobile ticket,app,Screen too dark,,,2,\n';
    const states = await studyLife('en', { name: 'wave 1', bytes: Buffer.from(sample) }, { name: 'wave 2', bytes: Buffer.from(next) }, false);
    for (const [state, text] of Object.entries(states)) {
      // The sample's own texts are English: only the panel's words could be French.
      expect(text.match(FRENCH)?.[0], `${state}: ${text}`).toBeUndefined();
      expect(text.match(INTERNAL_ID)?.[0], state).toBeUndefined();
    }
    expect(states['update-plan']).toMatch(/\d+ pain points? to (add|update|remove)/);
  });

  it.each([
    ['mermaid', 'parcours.mmd', 'text/plain', 'titre Mon parcours\nsection Achat\n  Payer: 3: Moi\n', 'ce n’est pas un parcours Mermaid'],
    ['json', 'parcours.json', 'application/json', JSON.stringify({ schemaVersion: 1, id: 'j', title: 3, locale: 'fr', personas: [], stages: [{ id: 's1', name: 'Achat' }], lanes: [], cards: [], emotions: [{ stageId: 's1', score: 3 }] }), 'il faut un texte, pas un nombre'],
  ])('in French, a failing %s file: why, in French, with no English word (screenshot)', async (kind, name, mimeType, text, said) => {
    const words = panelStrings('fr');
    const { page, errors, close } = await openPlayground(playground.browser, playground.url, { lang: 'fr', sample: 'none' });
    await page.getByRole('radio', { name: words.file }).check({ force: true });
    await page.locator('.panel-column input[type=file]').setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
    await page.getByRole('region', { name: `${words.report}: ${name}` }).waitFor();
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(`${SCREENSHOTS}/panel-fr-failing-${kind}.png`, await page.locator('.panel-column').screenshot());
    const shown = await panelText(page);
    expect(shown).toContain(said);
    expect(shown.match(ENGLISH)?.[0], shown).toBeUndefined();
    expect(shown).not.toMatch(/\b(expected|received|invalid|Invalid|keyword|Mermaid journey)\b/);
    expect(errors).toEqual([]);
    await close();
  });
});
