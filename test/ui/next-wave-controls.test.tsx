// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, test } from 'vitest';
import type { PanelDraft } from '../../ui/state/panel-draft.js';
import { button, emptyBoardHost, freshRootPerTest, mount, pickFile, root } from './panel-harness.js';

freshRootPerTest();

const FILE = 'Étape;Actions\nDécouverte;Voit une pub\nAchat;Paie\nUsage;Revient\n';

/** A French host whose saved drafts are kept, to see what survives closing the panel. */
function savingHost() {
  const saved: PanelDraft[] = [];
  const host = emptyBoardHost({ locale: 'fr', saveDraft: async (draft) => void saved.push(draft as PanelDraft) });
  return { host, saved };
}

const stageNames = () => [...root.querySelectorAll('fieldset')].find((set) => set.querySelector('legend')?.textContent === 'Ordre des étapes')?.querySelectorAll('li .pc-grow');
const shown = () => [...(stageNames() ?? [])].map((name) => name.textContent);
const previewStages = () => [...root.querySelectorAll('.pc-preview svg text')].map((text) => text.textContent).filter((text) => ['Découverte', 'Achat', 'Usage'].includes(text ?? ''));

/** A button by its accessible name (the arrows' text is only a glyph). */
function named(name: string): HTMLButtonElement {
  const found = root.querySelector(`button[aria-label="${name}"]`);
  if (!found) throw new Error(`no button named ${name}`);
  return found as HTMLButtonElement;
}

/** The map preview's words, each text element's lines joined by a space. */
const previewText = () => [...root.querySelectorAll('.pc-preview svg text')].map((text) => [...text.childNodes].map((node) => node.textContent).join(' ')).join(' | ');

async function input(control: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(async () => {
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('stage order in the file flow', () => {
  test('the file’s order first, with up and down buttons named after each stage', async () => {
    await mount({ host: savingHost().host });
    await pickFile('etude.csv', FILE);
    expect(shown()).toEqual(['Découverte', 'Achat', 'Usage']);
    const names = [...root.querySelectorAll('li .pc-row-buttons button')].map((control) => [control.getAttribute('aria-label'), (control as HTMLButtonElement).disabled]);
    expect(names).toEqual([
      ['Monter Découverte', true],
      ['Descendre Découverte', false],
      ['Monter Achat', false],
      ['Descendre Achat', false],
      ['Monter Usage', false],
      ['Descendre Usage', true],
    ]);
  });

  test('moving a stage reorders the map and is kept with the draft; the next file of the study comes in that order', async () => {
    const { host, saved } = savingHost();
    await mount({ host });
    await pickFile('etude.csv', FILE);
    await act(async () => named('Monter Usage').click());
    expect(shown()).toEqual(['Découverte', 'Usage', 'Achat']);
    expect(previewStages()).toEqual(['Découverte', 'Usage', 'Achat']);
    await act(async () => new Promise((resolve) => setTimeout(resolve, 500)));
    const draft = saved.at(-1);
    expect(draft?.stageOrder?.length).toBe(3);

    // Reopened with that draft, the next wave (another file, the same stages) comes in the same order.
    render(null, root);
    await mount({ host: emptyBoardHost({ locale: 'fr', loadDraft: async () => draft }) });
    await pickFile('etude-vague2.csv', FILE.replace('Revient', 'Revient souvent'));
    expect(shown()).toEqual(['Découverte', 'Usage', 'Achat']);
    await act(async () => button('Revenir à l’ordre du fichier').click());
    expect(shown()).toEqual(['Découverte', 'Achat', 'Usage']);
  });
});

describe('the template’s personas', () => {
  test('two personas, each with name, description and lists, drawn in their boxes on the map', async () => {
    await mount({ host: savingHost().host });
    const fields = () => [...root.querySelectorAll('fieldset.pc-persona')];
    expect(fields().map((set) => set.querySelector('legend')?.textContent)).toEqual(['Persona 1']);
    await act(async () => button('+ Ajouter un persona').click());
    expect(fields().map((set) => set.querySelector('legend')?.textContent)).toEqual(['Persona 1', 'Persona 2']);
    const controls = (index: number) => [...(fields()[index]?.querySelectorAll('input, textarea') ?? [])] as (HTMLInputElement | HTMLTextAreaElement)[];
    const labels = controls(0).map((control) => control.closest('label')?.querySelector('span')?.textContent);
    expect(labels).toEqual(['Nom', 'Description', 'Objectifs (un par ligne)', 'Motivations (une par ligne)', 'Frustrations (une par ligne)']);
    const [name1, description1, goals1, , frustrations1] = controls(0);
    await input(name1!, 'Claire');
    await input(description1!, 'Active, pressée');
    await input(goals1!, 'Ouvrir vite\nPayer peu');
    await input(frustrations1!, 'Papier');
    await input(controls(1)[0]!, 'Marc');
    for (const text of ['Claire', 'Active, pressée', 'Objectifs', '• Ouvrir vite • Payer peu', 'Frustrations', '• Papier', 'Marc']) expect(previewText()).toContain(text);
    await act(async () => button('Supprimer Marc').click());
    expect(fields()).toHaveLength(1);
    expect([...root.querySelectorAll('.pc-preview svg text')].map((text) => text.textContent)).not.toContain('Marc');
  });

  test('a persona with a name only shows on the map', async () => {
    await mount({ host: savingHost().host });
    const name = root.querySelector('fieldset.pc-persona input') as HTMLInputElement;
    expect([...root.querySelectorAll('.pc-preview svg text')].map((text) => text.textContent)).not.toContain('Léa');
    await input(name, 'Léa');
    expect([...root.querySelectorAll('.pc-preview svg text')].map((text) => text.textContent)).toContain('Léa');
  });
});

describe('the board’s maps', () => {
  test('a board that cannot be read offers no choice, and placing still plans', async () => {
    await mount({ host: emptyBoardHost({ locale: 'fr', listMaps: async () => Promise.reject(new Error('network')) }) });
    await pickFile('etude.csv', FILE);
    expect(root.querySelector('.pc-targets')).toBeNull();
    await act(async () => button('Placer sur le tableau').click());
    expect(root.querySelector('[aria-labelledby="pc-plan-title"]')).not.toBeNull();
  });

  test('the template offers the maps too, the one of the same title preselected', async () => {
    const maps = [
      { journeyId: 'journey-other', title: 'Onboarding' },
      { journeyId: 'journey-old', title: 'parcours CLIENT' },
    ];
    const previewed: string[] = [];
    const base = emptyBoardHost({ locale: 'fr', listMaps: async () => maps });
    await mount({ host: { ...base, preview: (layout) => (previewed.push(layout.journeyId), base.preview(layout)) } });
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    const choices = [...root.querySelectorAll('.pc-targets label')].map((label) => [label.textContent?.replace(/\u00a0/g, ' '), (label.querySelector('input') as HTMLInputElement).checked]);
    expect(choices).toEqual([
      ['Mettre à jour « Onboarding »', false],
      ['Mettre à jour « parcours CLIENT »', true],
      ['Nouvelle carte', false],
    ]);
    // Choosing another map places under its id.
    await act(async () => (root.querySelector('.pc-targets input') as HTMLInputElement).click());
    await act(async () => button('Placer sur le tableau').click());
    expect(previewed).toEqual(['journey-other']);
  });
});
