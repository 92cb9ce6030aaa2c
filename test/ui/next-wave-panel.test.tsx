// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { describe, expect, test } from 'vitest';
import { ids } from '../import/ids.js';
import { stableId } from '../../core/src/index.js';
import { panelStrings } from '../../ui/panel-strings.js';
import { button, findButton, freshRootPerTest, mount, pickFile, root } from './panel-harness.js';
import { HOSTS_ON_FAKES } from './next-wave-hosts.js';

freshRootPerTest();

// Two waves of one French interview study, exported under different file names. Wave 2: a card
// replaced in Découverte, one added in Achat, other emotions.
const WAVE_1 = ['participant;étape;action;émotion', 'P1;Découverte;Voit une pub;4', 'P2;Achat;Paie en ligne;2'].join('\n');
const WAVE_2 = ['participant;étape;action;émotion', 'P3;Découverte;Lit un avis;3', 'P4;Achat;Paie en ligne;1', 'P5;Achat;Appelle;2'].join('\n');
const STUDY_ID = ids.journeyOfStages('Découverte', 'Achat');
const PLACE_AGAIN = panelStrings('fr').placeAgain;

/** Lets the host answer (placements on the fakes take a few turns of the event loop). */
async function until(done: () => boolean, what: string): Promise<void> {
  for (let turn = 0; turn < 400; turn++) {
    if (done()) return;
    await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
  }
  throw new Error(`waited in vain for ${what}`);
}

const titleField = () => [...root.querySelectorAll('label')].find((label) => label.textContent?.startsWith('Titre de la carte'))?.querySelector('input') as HTMLInputElement;
const targets = () =>
  [...root.querySelectorAll('.pc-targets label')].map((label) => [label.textContent?.replace(/\u00a0/g, ' '), (label.querySelector('input') as HTMLInputElement).checked]);
/** How many changes of a kind the plan lists: the sum of its groups' counts ("2 difficultés à ajouter" and so on). */
const count = (change: string) =>
  [...root.querySelectorAll(`.pc-count.pc-${change}`)].reduce((sum, group) => sum + Number(/\d[\d\s\u202f]*/.exec(group.querySelector('summary, strong')?.textContent ?? '')?.[0].replace(/\D/g, '') ?? 0), 0);

/** Place on board, then apply the plan and wait for the summary. */
async function placeAndApply(): Promise<void> {
  await act(async () => button('Placer sur le tableau').click());
  await until(() => findButton(/^Appliquer/) !== undefined, 'the plan');
  await act(async () => button(/^Appliquer/).click());
  await until(() => findButton(PLACE_AGAIN) !== undefined, 'the placement');
}

describe.each(Object.keys(HOSTS_ON_FAKES) as (keyof typeof HOSTS_ON_FAKES)[])('the next wave of a study updates its map, through the panel on %s', (name) => {
  test('wave 2 under another file name: "Mettre à jour « FR interviews »" preselected, and the plan changes the map rather than adding a second one', async () => {
    const { host, previewed } = HOSTS_ON_FAKES[name]();
    await mount({ host });
    await pickFile('fr-interviews_wave1.csv', WAVE_1);
    expect(titleField().value).toBe('FR interviews');
    // An empty board: nothing to choose.
    await until(() => true, 'maps');
    expect(targets()).toEqual([]);
    await placeAndApply();
    expect(await host.listMaps?.()).toEqual([{ journeyId: STUDY_ID, title: 'FR interviews' }]);

    await pickFile('entretiens-vague2.csv', WAVE_2);
    await until(() => targets().length > 0, 'the map choice');
    // Untyped, the title is the map's being updated (the file would say "Entretiens").
    expect(titleField().value).toBe('FR interviews');
    expect(targets()).toEqual([
      ['Mettre à jour « FR interviews »', true],
      ['Nouvelle carte', false],
    ]);
    await act(async () => button('Placer sur le tableau').click());
    await until(() => findButton(/^Appliquer/) !== undefined, 'the plan');
    // What the plan adds is what wave 2 has and wave 1 had not, worked out from the two layouts' keys.
    const [first, second] = previewed.slice(-2);
    const before = new Set(first?.primitives.map((primitive) => primitive.key));
    const added = second?.primitives.filter((primitive) => !before.has(primitive.key)).length ?? -1;
    expect(second?.journeyId).toBe(STUDY_ID);
    expect(count('add')).toBe(added);
    expect(added).toBeLessThan(10);
    expect(count('update')).toBeGreaterThan(0);
    await act(async () => button(/^Appliquer/).click());
    await until(() => findButton(PLACE_AGAIN) !== undefined, 'the placement');
    expect(await host.listMaps?.()).toEqual([{ journeyId: STUDY_ID, title: 'FR interviews' }]);
  });

  test('the title typed wins: the map is renamed, still updated, and the next wave gets the title back', async () => {
    const { host } = HOSTS_ON_FAKES[name]();
    await mount({ host });
    await pickFile('fr-interviews_wave1.csv', WAVE_1);
    await placeAndApply();
    await pickFile('entretiens-vague2.csv', WAVE_2);
    await until(() => targets().length > 0, 'the map choice');
    await act(async () => {
      titleField().value = 'Ouverture de compte';
      titleField().dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(targets()).toEqual([
      ['Mettre à jour « FR interviews »', true],
      ['Nouvelle carte', false],
    ]);
    await placeAndApply();
    expect(await host.listMaps?.()).toEqual([{ journeyId: STUDY_ID, title: 'Ouverture de compte' }]);
    await pickFile('wave3.csv', WAVE_1);
    await until(() => targets().length > 0, 'the map choice');
    expect(titleField().value).toBe('Ouverture de compte');
    expect(targets()[0]).toEqual(['Mettre à jour « Ouverture de compte »', true]);
  });

  test('"Nouvelle carte" places a second map under an id of its own', async () => {
    const { host } = HOSTS_ON_FAKES[name]();
    await mount({ host });
    await pickFile('fr-interviews_wave1.csv', WAVE_1);
    await placeAndApply();
    await pickFile('fr-interviews_wave2.csv', WAVE_2);
    await until(() => targets().length > 0, 'the map choice');
    const newMap = [...root.querySelectorAll('.pc-targets input')].at(-1) as HTMLInputElement;
    await act(async () => newMap.click());
    await placeAndApply();
    const maps = await host.listMaps?.();
    expect(maps?.map((map) => map.journeyId).sort()).toEqual([STUDY_ID, stableId(STUDY_ID, 2)].sort());
  });
});
