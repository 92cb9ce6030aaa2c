// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { describe, expect, test } from 'vitest';
import { panelStrings } from '../../ui/panel-strings.js';
import { emptyBoardHost, freshRootPerTest, mount, pickFile, root } from './panel-harness.js';

const fr = panelStrings('fr');
freshRootPerTest();

/** Interview rows: "Prix" said by three participants, "Attente" and "Bruit" by one each, all at one stage. */
const INTERVIEWS = ['participant;étape;difficulté;émotion', 'P1;Achat;Prix;2', 'P2;Achat;Prix;2', 'P3;Achat;Prix;3', 'P1;Achat;Attente;2', 'P2;Achat;Bruit;3'].join('\n');

const field = (label: string) => [...root.querySelectorAll('label.pc-field')].find((each) => each.querySelector('span')?.textContent === label);

describe('the focus of a big map in the panel (French)', () => {
  test('“Cartes par case” and “Citées par au moins” redraw the preview with “+N autres”, and are kept in the draft', async () => {
    const saved: unknown[] = [];
    await mount({ host: emptyBoardHost({ locale: 'fr', saveDraft: async (draft) => void saved.push(draft) }) });
    await pickFile('entretiens.csv', INTERVIEWS);
    // What the picture draws: its tooltips (<title>, the hidden cards of a “+N autres”) left out.
    const preview = () => {
      const copy = root.querySelector('.pc-preview')!.cloneNode(true) as HTMLElement;
      for (const title of copy.querySelectorAll('title')) title.remove();
      return copy.textContent ?? '';
    };
    expect(preview()).toContain('Attente');
    expect(preview()).not.toContain('autre');

    const top = field(fr.kit.topPerCell)!.querySelector('select')!;
    await act(async () => {
      top.value = '1';
      top.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(preview()).toContain('+2 autres');
    expect(preview()).not.toContain('Attente');
    expect([...root.querySelectorAll('.pc-preview text > title')].map((title) => title.textContent)).toEqual(['Attente\nBruit']);

    await act(async () => {
      top.value = '';
      top.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const min = field(fr.kit.minCount)!.querySelector('input')!;
    await act(async () => {
      min.value = '3';
      min.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(preview()).toContain('+2 autres');
    expect(field(fr.kit.minCount)!.querySelector('small')!.textContent).toBe(fr.kit.minCountHint(3));
    // Every card is still in the table of the map, the left-out ones included.
    expect(root.querySelector('.pc-table')!.textContent).toContain('Attente');
    await act(async () => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(saved.at(-1)).toMatchObject({ options: { minCount: 3 } });
    expect((saved.at(-1) as { options: object }).options).not.toHaveProperty('topPerCell');
  });

  test('“Citées par au moins” is only offered when some card was said by several people', async () => {
    await mount({ host: emptyBoardHost({ locale: 'fr' }) });
    await pickFile('parcours.csv', 'Étape;Actions\nDécouverte;Voit une pub\n');
    expect(field(fr.kit.topPerCell)).toBeDefined();
    expect(field(fr.kit.minCount)).toBeUndefined();
  });
});
