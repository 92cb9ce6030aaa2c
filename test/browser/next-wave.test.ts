/**
 * The next wave of a study in the playground, in French, in a real headless Chromium: the first
 * wave placed, the second (another file name) updates the same map; the template's personas drawn
 * on the board. Writes screenshots of each state to test-results/screenshots/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { panelStrings } from '../../ui/panel-strings.js';
import { openPlayground, usePlayground } from './playground-page.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SCREENSHOTS = `${root}test-results/screenshots`;
const fr = panelStrings('fr');

const csv = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8');
const HEADER = 'participant;persona;étape;phase;action;difficulté;verbatim;émotion';
// The file lists Achat before Découverte: its phases put Découverte first.
const WAVE_1 = csv([
  HEADER,
  'P1;Claire;Achat;Achat;Paie en ligne;Frais peu clairs;« Trop de frais cachés »;2',
  'P2;Marc;Achat;Achat;Appelle la banque;Attente au téléphone;« 20 minutes d’attente »;1',
  'P1;Claire;Découverte;Sensibilisation;Voit une pub;;« Pourquoi pas »;4',
  'P2;Marc;Découverte;Sensibilisation;Demande à son fils;Jargon;« Je n’y comprends rien »;3',
  'P3;Claire;Usage;Fidélisation;Ouvre l’appli;;« Simple »;5',
]);
const WAVE_2 = csv([
  HEADER,
  'P4;Claire;Achat;Achat;Paie en ligne;Frais peu clairs;« Encore des frais »;2',
  'P5;Marc;Achat;Achat;Passe en agence;;« Enfin quelqu’un »;3',
  'P4;Claire;Découverte;Sensibilisation;Voit une pub;;« Pourquoi pas »;4',
  'P5;Marc;Découverte;Sensibilisation;Lit un comparatif;Jargon;« Trop technique »;2',
  'P6;Claire;Usage;Fidélisation;Ouvre l’appli;;« Simple »;4',
]);

const playground = usePlayground();

async function shoot(page: Page, name: string, where = '.panel-column'): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(`${SCREENSHOTS}/${name}`, await page.locator(where).screenshot());
}

async function upload(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByRole('radio', { name: fr.file }).check({ force: true });
  await page.locator('.panel-column input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer });
  await page.getByRole('region', { name: `${fr.report}: ${name}` }).waitFor();
}

/** "Placer sur le tableau", the plan as shown, then apply it and wait for the summary. */
async function place(page: Page): Promise<string> {
  await page.getByRole('button', { name: fr.place }).click();
  const plan = page.getByRole('region', { name: fr.planTitle });
  await plan.waitFor();
  const shown = (await plan.innerText()).replace(/\s+/g, ' ');
  return shown;
}

async function apply(page: Page): Promise<void> {
  await page.getByRole('region', { name: fr.planTitle }).getByRole('button').filter({ hasNotText: fr.back }).click();
  await page.getByRole('heading', { name: fr.done }).waitFor({ timeout: 20_000 });
  await page.getByRole('button', { name: fr.placeAgain }).click();
}

const frames = (page: Page) => page.locator('.board [data-kind="frame"]').count();

describe('the next wave in the playground, in French', () => {
  it('wave 2 under another file name updates the map placed from wave 1', async () => {
    const { page, errors, close } = await openPlayground(playground.browser, playground.url, { sample: 'none', lang: 'fr' });
    try {
      await upload(page, 'fr-interviews_wave1.csv', WAVE_1);
      const title = page.getByRole('textbox', { name: fr.mapTitle });
      expect(await title.inputValue()).toBe('FR interviews');
      const order = page.getByRole('group', { name: fr.stageOrder });
      // The phases put Découverte before Achat, which the file lists first.
      expect(await order.locator('li .pc-grow').allInnerTexts()).toEqual(['Découverte', 'Achat', 'Usage']);
      await shoot(page, 'next-wave-1-file-title-fr.png');
      await place(page);
      await apply(page);
      expect(await frames(page)).toBe(1);

      await upload(page, 'entretiens-vague2.csv', WAVE_2);
      const update = page.getByRole('radio', { name: fr.updateMap('FR interviews') });
      await update.waitFor();
      expect(await update.isChecked()).toBe(true);
      expect(await page.getByRole('radio', { name: fr.newMap }).isChecked()).toBe(false);
      await page.getByRole('group', { name: fr.boardMaps }).scrollIntoViewIfNeeded();
      await shoot(page, 'next-wave-2-update-or-new-fr.png');
      const plan = await place(page);
      await shoot(page, 'next-wave-3-plan-fr.png');
      expect(plan).toContain(fr.planUpdate);
      // Only what wave 2 says anew is added: far fewer items than a whole second map.
      const added = Number(/(\d+) à ajouter/.exec(plan)?.[1] ?? 0);
      expect(added).toBeLessThan(15);
      await apply(page);
      expect(await frames(page)).toBe(1);
      await shoot(page, 'next-wave-4-board-fr.png', '.board');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the template with two personas draws both persona boxes on the board', async () => {
    const { page, errors, close } = await openPlayground(playground.browser, playground.url, { sample: 'none', lang: 'fr' });
    try {
      await page.getByRole('radio', { name: fr.template }).check({ force: true });
      await page.getByRole('button', { name: `+ ${fr.addPersona}` }).click();
      const personas = page.locator('fieldset.pc-persona');
      const fill = async (index: number, values: [string, string, string, string, string]) => {
        const fields = personas.nth(index).locator('input, textarea');
        for (const [position, value] of values.entries()) await fields.nth(position).fill(value);
      };
      await fill(0, ['Claire, 29 ans', 'Active pressée, tout sur mobile', 'Ouvrir un compte en 10 minutes\nPayer peu de frais', 'Gagner du temps', 'Les papiers\nL’attente']);
      await fill(1, ['Marc, 67 ans', 'Retraité prudent', 'Parler à quelqu’un', 'Sécurité', 'Le jargon']);
      await personas.nth(1).scrollIntoViewIfNeeded();
      await shoot(page, 'next-wave-5-two-personas-fr.png');
      await place(page);
      await apply(page);
      const texts = await page.locator('.board [data-item-id][data-text]').evaluateAll((items) => items.map((item) => item.getAttribute('data-text') ?? ''));
      for (const text of ['Claire, 29 ans', 'Marc, 67 ans', 'Objectifs', 'Frustrations']) expect(texts).toContain(text);
      await shoot(page, 'next-wave-6-personas-board-fr.png', '.board');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
