import { describe, expect, it } from 'vitest';
import { importJourney } from '../../core/src/index.js';
import { journeyIdOf } from '../../core/src/import/names/journey-id.js';
import { titleFromFileName } from '../../core/src/import/names/title-from-file-name.js';
import { orderStagesByPhase } from '../../core/src/import/order-stages-by-phase.js';
import { ids } from './ids.js';

const WAVE_1 = ['participant;étape;action;émotion', 'P1;Découverte;Voit une pub;4', 'P2;Achat;Paie en ligne;2'].join('\n');
const WAVE_2 = ['participant;étape;action;émotion', 'P3;Découverte;Lit un avis;3', 'P4;Achat;Paie en ligne;1', 'P5;Achat;Appelle;2'].join('\n');

const journeyOf = (text: string, filename: string, title?: string) => {
  const result = importJourney(text, { filename, ...(title === undefined ? {} : { title }) });
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('; '));
  return result.journey;
};

describe('a journey keeps its identity across files', () => {
  it('the next wave under another file name gets the same id (no title: the stages name it)', () => {
    const first = journeyOf(WAVE_1, 'fr-interviews_wave1.csv');
    const second = journeyOf(WAVE_2, 'entretiens-vague2.csv');
    expect(first.id).toBe(ids.journeyOfStages('Découverte', 'Achat'));
    expect(second.id).toBe(first.id);
  });

  it('a stated title names the journey whatever the file: typed, or a title row above the header', () => {
    expect(journeyOf(WAVE_1, 'a.csv', 'Ouverture de compte').id).toBe(ids.journey('Ouverture de compte'));
    expect(journeyOf(`Ouverture de compte\n${WAVE_2}`, 'b.csv').id).toBe(ids.journey('ouverture de compte'));
  });

  it('the same input gives the same id; other stages give another', () => {
    expect(journeyOf(WAVE_1, 'x.csv').id).toBe(journeyOf(WAVE_1, 'y.csv').id);
    expect(journeyOf('étape;action\nInscription;Remplit\n', 'x.csv').id).not.toBe(journeyOf(WAVE_1, 'x.csv').id);
  });
});

describe('journeyIdOf', () => {
  it('ignores case, accents and spacing in the title', () => {
    expect(journeyIdOf(' Ouverture de COMPTE ', [])).toBe(journeyIdOf('ouverture de compte', ['Découverte']));
  });

  it('without a title, reads the stages as a set: order, case and repeats do not matter', () => {
    expect(journeyIdOf(undefined, ['Découverte', 'Achat'])).toBe(journeyIdOf('  ', ['achat', 'DECOUVERTE', 'Achat']));
  });
});

describe('titleFromFileName', () => {
  it.each([
    ['fr-interviews_wave1.csv', 'FR interviews'],
    ['fr-interviews_wave2.csv', 'FR interviews'],
    ['entretiens_vague_2.csv', 'Entretiens'],
    ['Parcours banque - 2024-03-15 (1).xlsx', 'Parcours banque'],
    ['2024-03-15_interviews.csv', 'Interviews'],
    ['survey_mars_2024.csv', 'Survey'],
    ['parcours.v3.final.csv', 'Parcours'],
    ['ENQUETE_NPS_V2.csv', 'Enquete NPS'],
    ['data/parcours_banque.csv', 'Parcours banque'],
    ['interviews-en.csv', 'Interviews EN'],
    ['Mon Parcours Client.csv', 'Mon Parcours Client'],
    ['wave2.csv', 'Wave2'],
    ['', ''],
  ])('%s → %s', (name, title) => {
    expect(titleFromFileName(name)).toBe(title);
  });
});

describe('stage order', () => {
  const stage = (name: string, phase?: string) => ({ id: name, name, ...(phase === undefined ? {} : { phase }) });

  it('keeps the file order when no phase is given', () => {
    const stages = [stage('C'), stage('A'), stage('B')];
    expect(orderStagesByPhase(stages)).toBe(stages);
  });

  it('follows the phase order, French or English, a stage without phase staying after the one before it', () => {
    const stages = [stage('Recommande', 'Recommandation'), stage('Paie', 'Achat'), stage('Compare'), stage('Voit', 'Sensibilisation'), stage('Revient', 'Fidélisation')];
    expect(orderStagesByPhase(stages).map((one) => one.name)).toEqual(['Voit', 'Paie', 'Compare', 'Revient', 'Recommande']);
    const english = [stage('Buy', 'purchase'), stage('Tell', 'Advocacy'), stage('Think', 'CONSIDERATION'), stage('See', 'Awareness'), stage('Stay', 'retention')];
    expect(orderStagesByPhase(english).map((one) => one.name)).toEqual(['See', 'Think', 'Buy', 'Stay', 'Tell']);
  });

  it('free phase labels keep the file order', () => {
    const stages = [stage('B', 'Avant'), stage('A', 'Pendant')];
    expect(orderStagesByPhase(stages)).toBe(stages);
  });

  it('import puts stages in phase order and says so', () => {
    const text = 'Étape;Phase;Actions\nPaie;Achat;Paie\nVoit une pub;Sensibilisation;Voit\n';
    const result = importJourney(text, { filename: 'p.csv' });
    expect(result.ok && result.journey.stages.map((one) => one.name)).toEqual(['Voit une pub', 'Paie']);
    expect(result.report?.notes?.map((note) => note.message)).toContain('stages put in the order of their phases (awareness → advocacy)');
  });
});
