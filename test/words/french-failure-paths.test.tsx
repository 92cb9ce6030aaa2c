// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, test, vi } from 'vitest';
import { importJourney, layoutJourney, type Problem } from '../../core/src/index.js';
import { readWorkbook } from '../../core/src/import/workbook/read-workbook.js';
import { say } from '../../core/src/words/say.js';
import { placeOnFigJam } from '../../figma-plugin/src/place-on-figjam.js';
import { createMiroPanelHost } from '../../miro-app/src/miro-panel-host.js';
import { placeOnMiro } from '../../miro-app/src/place-on-miro.js';
import { ImportReportView, ProblemList } from '../../ui/components/import-report-view.js';
import { panelStrings } from '../../ui/panel-strings.js';
import { wiredFigJamHost } from '../figjam/wired-figjam-host.js';
import { FakeFigma } from '../fakes/figma-fake.js';
import { createMiroFake } from '../fakes/miro-fake.js';
import { writeXlsx } from '../fixtures/workbooks/write-workbook.js';
import { button, emptyBoardHost, freshRootPerTest, mount, pickFile, root } from '../ui/panel-harness.js';

/**
 * Every failure path a user can meet, with the panel in French: what it shows has no English
 * giveaway and reads as the French wording, written out here by hand. Host errors are English
 * developer text (Miro's Web SDK, Figma's plugin API): the French panel words their reason instead.
 */
const fr = panelStrings('fr');

/** Words that give English away in a French sentence (none is a French word). */
const ENGLISH = /(?<!\p{L})(the|is|was|were|has|have|expected|received|invalid|could|cannot|can't|not|failed|error|board|item|task|sheet|workbook|skipped|ignored|left out|read back|too|big|small|string|number|input|refused|locked|unavailable|missing|node)(?!\p{L})/iu;

function expectFrench(text: string): void {
  expect(text, text).not.toMatch(ENGLISH);
}

/** The texts of the problem (or warning) list the panel shows. */
const listed = (selector = '.pc-problems li') => [...root.querySelectorAll(selector)].map((item) => item.textContent ?? '');

freshRootPerTest();

const frenchHost = () => emptyBoardHost({ locale: 'fr' });

describe('the French panel, when an import fails, says why in French', () => {
  test('a Mermaid file that is no journey', async () => {
    await mount({ host: frenchHost() });
    await pickFile('parcours.mmd', 'titre Mon parcours\nsection Achat\n  Payer: 3: Moi\n', 'text/plain');
    expect(listed()).toEqual(['ligne 1 · ce n’est pas un parcours Mermaid : «\u00a0journey\u00a0» était attendu en premier, le fichier commence par «\u00a0titre Mon parcours\u00a0»']);
    for (const text of listed()) expectFrench(text);
  });

  test('a Mermaid journey with a task outside 1…5 and a section without a name: French warnings', async () => {
    await mount({ host: frenchHost() });
    await pickFile('parcours.mmd', 'journey\ntitle Mon parcours\nsection\n  Payer: 7: Moi\n  Attendre: 2: Moi, Moi\n', 'text/plain');
    expect(listed('.pc-warn li')).toEqual([
      'ligne 3 · section sans nom : appelée «\u00a0(section sans nom)\u00a0»',
      'ligne 4 · la tâche «\u00a0Payer\u00a0» a la note 7, hors de 1…5 ; lue comme 5',
      'ligne 5 · la tâche «\u00a0Attendre\u00a0» cite deux fois le même acteur ; gardé une fois',
    ]);
    for (const text of listed('.pc-warn li')) expectFrench(text);
  });

  test('a JSON field of the wrong type, a value out of range and one outside its list: zod’s own words are not shown', async () => {
    await mount({ host: frenchHost() });
    const journey = {
      schemaVersion: 1,
      id: 'j',
      title: 3,
      locale: 'fr',
      personas: [],
      stages: [{ id: 's1', name: 'Achat' }],
      lanes: [{ id: 'l1', kind: 'sentiments', title: 'X' }],
      cards: [],
      emotions: [{ stageId: 's1', score: 3 }],
    };
    await pickFile('parcours.json', JSON.stringify(journey), 'application/json');
    expect(listed()).toEqual([
      'champ title · il faut un texte, pas un nombre',
      'champ lanes[0].kind · il faut l’une de ces valeurs : "actions", "touchpoints", "painPoints", "questions", "thoughts", "emotions", "opportunities", "frontstage", "backstage", "support" ou "custom"',
      'champ emotions[0].score · trop grand : il faut au plus 2',
    ]);
    for (const text of listed()) expectFrench(text.replace(/"[a-zA-Z]+"/g, ''));
  });

  test('a JSON file cut short: the parser’s English is not shown', async () => {
    await mount({ host: frenchHost() });
    await pickFile('parcours.json', '{"title": "Parcours", "stages": [1, 2', 'application/json');
    expect(listed()).toEqual(['ligne 1, colonne «\u00a038\u00a0» · JSON invalide : «\u00a0,\u00a0» ou «\u00a0]\u00a0» attendu après un élément de liste']);
  });
});

describe('a workbook in the French panel', () => {
  const strings = fr;
  const show = (name: string, bytes: Uint8Array) => {
    const result = importJourney(bytes, { filename: name, readWorkbook });
    render(
      <ImportReportView name={name} result={result} strings={strings} roles={[]} columnMap={{}} scale={undefined} onRemap={() => undefined} onScale={() => undefined} onSheet={() => undefined} />,
      root,
    );
    return result;
  };

  test('a damaged workbook says so in French', () => {
    const whole = writeXlsx([{ name: 'Feuil1', rows: [['Étape', 'Actions'], ['Achat', 'Payer']] }]);
    show('etude.xlsx', whole.slice(0, Math.floor(whole.length * 0.6)));
    expect(listed()).toEqual([
      'le classeur est illisible : il est abîmé ou n’est pas un fichier .xlsx/.ods complet. Ouvrez-le dans votre tableur et enregistrez-le à nouveau, ou enregistrez la feuille en CSV',
    ]);
  });

  test('the reason a sheet was read is French, as the column notes (tooltips)', () => {
    const bytes = writeXlsx([
      { name: 'Consignes', rows: [] },
      { name: 'Entretiens', rows: [['Étape', 'Actions', 'Lieu'], ['Achat', 'Payer', 'Gare']] },
    ]);
    const result = show('etude.xlsx', bytes);
    expect(result.ok).toBe(true);
    const notes = [...root.querySelectorAll('.pc-notes li')].map((item) => item.textContent ?? '');
    expect(notes).toContain('feuille «\u00a0Entretiens\u00a0» : la première feuille qui contient des données (sur 2) ; choisissez-en une autre pour la lire');
    const tooltips = [...root.querySelectorAll('.pc-columns th[scope=row]')].map((cell) => cell.getAttribute('title'));
    expect(tooltips).toEqual([null, null, 'en-tête inconnu : lu comme une ligne personnalisée']);
    for (const text of [...notes, ...tooltips.filter((tip): tip is string => tip !== null)]) expectFrench(text);
  });
});

describe('a host error, in the French panel', () => {
  const showProblems = (problems: readonly Problem[]) => render(<ProblemList title="Problèmes" problems={problems} strings={fr} tone="error" open />, root);
  const journey = () => {
    const imported = importJourney('Étape;Actions\nAchat;Payer\n', { filename: 'parcours.csv' });
    if (!imported.ok) throw new Error('the sample imports');
    return imported.journey;
  };

  test('a Miro write the board refuses: the item by its text and the reason in French, not Miro’s words', async () => {
    const fake = createMiroFake({ fail: (call) => (call.method === 'board.createStickyNote' ? 'permanent' : undefined) });
    const report = await placeOnMiro(fake.board, layoutJourney(journey(), { stickySize: { w: 199, h: 228 } }), { retry: { baseMs: 1, maxMs: 2 } });
    expect(report.failed).toBeGreaterThan(0);
    showProblems(report.problems);
    const shown = listed();
    expect(shown[0]).toBe('Échec de la création de l’élément «\u00a0Payer\u00a0» : le tableau a refusé cette modification');
    expect(shown.at(-1)).toBe(
      'Arrêté après une erreur que l’hôte ne surmontera pas en réessayant (refus définitif). Ce qui a été placé est noté sur les éléments : placez à nouveau pour reprendre sans doublons.',
    );
    for (const text of shown) expectFrench(text);
  });

  test('a FigJam create that throws: rolled back, said in French', async () => {
    const figma = new FakeFigma();
    figma.failures = { create: { type: 'STICKY', nth: 1, message: 'node limit reached' } };
    const report = await placeOnFigJam(figma, layoutJourney(journey(), { stickySize: { w: 240, h: 240 } }));
    showProblems(report.problems);
    expect(listed()).toEqual([
      'Impossible de créer l’élément «\u00a0Payer\u00a0» : le tableau l’a refusé : une limite est dépassée.',
      'Rien n’a été placé : 5 éléments créés avant l’échec ont été retirés, le tableau est comme avant.',
    ]);
  });

  test('a FigJam font that does not load: said in French', async () => {
    const figma = new FakeFigma();
    figma.failures = { fonts: ['Inter Bold'] };
    const report = await placeOnFigJam(figma, layoutJourney(journey(), { stickySize: { w: 240, h: 240 } }));
    showProblems(report.problems);
    expect(listed()).toEqual(['La police Inter Bold n’a pas pu être chargée.', 'Rien n’a été placé : le tableau est comme avant.']);
  });
});

describe('Vérifier ce tableau, when the host fails', () => {
  const checkLines = () => [...root.querySelectorAll('.pc-check-lines li')].map((line) => line.textContent ?? '');

  test('on Miro: a refused create, said in French without Miro’s words', async () => {
    const fake = createMiroFake({ fail: (call) => (call.method === 'board.createShape' ? 'permanent' : undefined) });
    await mount({ host: createMiroPanelHost(fake.board, { locale: 'fr', userId: 'u1', place: { retry: { baseMs: 1, maxMs: 2 } } }) });
    await act(async () => button(fr.check.button).click());
    await vi.waitFor(() => expect(root.querySelector('[data-testid=pc-check-report]')).not.toBeNull());
    const shape = checkLines().find((line) => line.includes(fr.check.kinds.shape));
    expect(shape).toBe(`✗${fr.check.kinds.shape} : ${fr.check.failed.create} (le tableau a refusé cette modification)`);
    for (const line of checkLines()) expectFrench(line);
  });

  test('on FigJam: a font that does not load and a create that throws, said in French', async () => {
    const { figma, host } = wiredFigJamHost('fr');
    figma.failures = { fonts: ['Inter Medium'], create: { type: 'SHAPE_WITH_TEXT', nth: 1, message: 'node limit reached' } };
    await mount({ host });
    await act(async () => button(fr.check.button).click());
    await vi.waitFor(() => expect(root.querySelector('[data-testid=pc-check-report]')).not.toBeNull());
    const lines = checkLines();
    expect(lines).toContain(`✗${fr.check.fontFails('Inter Medium')} (une police n’a pas pu être chargée)`);
    expect(lines).toContain(`✗${fr.check.kinds.shape} : ${fr.check.failed.create} (le tableau l’a refusé : une limite est dépassée)`);
    for (const line of lines) expectFrench(line);
  });

  test('a check that cannot run at all: the reason in French', async () => {
    await mount({ host: { ...frenchHost(), name: 'miro', checkBoard: () => Promise.reject(new Error('Item 3458764500000001 is locked')) } });
    await act(async () => button(fr.check.button).click());
    await vi.waitFor(() => expect(root.querySelector('[role=alert]')).not.toBeNull());
    expect(root.querySelector('[role=alert]')!.textContent).toBe(`${fr.check.couldNotRun} : le tableau n’a pas permis cette modification (élément verrouillé, ou droits insuffisants)`);
  });
});

describe('the host errors’ reasons', () => {
  test('each is worded in both languages, the host’s English text beside it in English only', () => {
    const said = say('host.error', { reason: 'rateLimit', detail: 'Request rate limit exceed' });
    expect(said.message).toBe('the board asked to slow down (rate limit) (Request rate limit exceed)');
  });
});
