import { describe, expect, it } from 'vitest';
import { importJourney } from '../../core/src/import/import-journey.js';
import { wideCsvLaneHeader } from '../../core/src/import/wide/wide-csv-lane-header.js';
import { ids } from './ids.js';
import { importerFor } from './imported.js';
import { asWritten } from '../words/as-written.js';

const imported = importerFor('parcours.csv');

describe('wide CSV import', () => {
  it('reads the example of PRODUCT.md §2 exactly', () => {
    const text = 'Étape;Phase;Actions;Points de contact;Difficultés;Émotion;Opportunités\r\nDécouverte;Sensibilisation;"Voit une pub\nLit un avis";Instagram | Site web;Prix peu clair;3,5;Afficher le prix\r\n';
    const { journey, report, warnings } = imported(text);
    const stage = ids.stage('Découverte');
    const lane = {
      actions: ids.lane('actions', 'Actions'),
      touchpoints: ids.lane('touchpoints', 'Points de contact'),
      painPoints: ids.lane('painPoints', 'Difficultés'),
      emotions: ids.lane('emotions', 'Émotion'),
      opportunities: ids.lane('opportunities', 'Opportunités'),
    };
    expect(journey).toEqual({
      schemaVersion: 1,
      id: ids.journeyOfStages('Découverte'),
      title: 'Parcours',
      locale: 'fr',
      personas: [],
      stages: [{ id: stage, name: 'Découverte', phase: 'Sensibilisation' }],
      lanes: [
        { id: lane.actions, kind: 'actions', title: 'Actions' },
        { id: lane.touchpoints, kind: 'touchpoints', title: 'Points de contact' },
        { id: lane.painPoints, kind: 'painPoints', title: 'Difficultés' },
        { id: lane.emotions, kind: 'emotions', title: 'Émotion' },
        { id: lane.opportunities, kind: 'opportunities', title: 'Opportunités' },
      ],
      cards: [
        { id: ids.wideCard(stage, lane.actions, 'Voit une pub'), stageId: stage, laneId: lane.actions, text: 'Voit une pub', sources: [] },
        { id: ids.wideCard(stage, lane.actions, 'Lit un avis'), stageId: stage, laneId: lane.actions, text: 'Lit un avis', sources: [] },
        { id: ids.wideCard(stage, lane.touchpoints, 'Instagram'), stageId: stage, laneId: lane.touchpoints, text: 'Instagram', channel: 'social', sources: [] },
        { id: ids.wideCard(stage, lane.touchpoints, 'Site web'), stageId: stage, laneId: lane.touchpoints, text: 'Site web', channel: 'web', sources: [] },
        { id: ids.wideCard(stage, lane.painPoints, 'Prix peu clair'), stageId: stage, laneId: lane.painPoints, text: 'Prix peu clair', sources: [] },
        { id: ids.wideCard(stage, lane.opportunities, 'Afficher le prix'), stageId: stage, laneId: lane.opportunities, text: 'Afficher le prix', sources: [] },
      ],
      emotions: [{ stageId: stage, score: 0.5 }],
    });
    expect(asWritten(report)).toMatchObject({ format: 'wide-csv', delimiter: ';', scale: '1-5', rows: 1, stages: 1, cards: 6, personas: 0, unknownColumns: [], file: 'parcours.csv' });
    expect(asWritten(report.columns.map((column) => column.role))).toEqual(['stage', 'phase', 'action', 'touchpoint', 'painPoint', 'emotion', 'opportunity']);
    expect(asWritten(warnings)).toEqual([]);
  });

  it('names the journey from the title option, else the file name without its version, else the locale default', () => {
    const text = 'Stage,Actions\nDiscover,Reads\n';
    expect(imported(text, { title: 'Onboarding' }).journey).toMatchObject({ title: 'Onboarding', id: ids.journey('Onboarding'), locale: 'en' });
    expect(imported(text, { filename: 'data/bank_onboarding-v2.csv' }).journey.title).toBe('Bank onboarding');
    expect(importJourney(text)).toMatchObject({ ok: true, journey: { title: 'Journey' } });
    expect(importJourney('Étape;Actions\nDécouverte;Lit\n')).toMatchObject({ ok: true, journey: { title: 'Parcours', locale: 'fr' } });
  });

  it('keeps repeated stage names as separate stages with distinct ids', () => {
    const { journey } = imported('Stage,Actions\nWait,Queues\nPay,Pays\nWait,Queues again\n');
    expect(journey.stages.map((stage) => stage.id)).toEqual([ids.stage('Wait', 0), ids.stage('Pay', 0), ids.stage('Wait', 1)]);
  });

  it('adds the cells of a row without a stage name to the stage above (merged cells in Excel)', () => {
    const { journey, warnings } = imported('Stage,Actions\nDiscover,Reads\n,Compares\nBuy,Pays\n');
    expect(journey.stages.map((stage) => stage.name)).toEqual(['Discover', 'Buy']);
    expect(journey.cards.filter((card) => card.stageId === ids.stage('Discover')).map((card) => card.text)).toEqual(['Reads', 'Compares']);
    expect(asWritten(warnings)).toEqual(['3|Stage|this row has no stage name: its cells were added to "Discover" above']);
  });

  it('numbers duplicate cards of one cell so each keeps its own id', () => {
    const { journey } = imported('Stage,Actions\nDiscover,"Reads\nreads"\n');
    const stage = ids.stage('Discover');
    const lane = ids.lane('actions', 'Actions');
    expect(journey.cards.map((card) => card.id)).toEqual([ids.wideCard(stage, lane, 'Reads', 0), ids.wideCard(stage, lane, 'reads', 1)]);
  });

  it('turns an unknown text column into a custom lane titled by its header, and reports it', () => {
    const { journey, report, warnings } = imported('Étape;Actions;Lieu\nAchat;Paie;Gare de Lyon\n');
    expect(journey.lanes[1]).toEqual({ id: ids.lane('custom', 'Lieu'), kind: 'custom', title: 'Lieu' });
    expect(journey.cards[1]).toMatchObject({ text: 'Gare de Lyon', laneId: ids.lane('custom', 'Lieu') });
    expect(asWritten(report.unknownColumns)).toEqual(['Lieu']);
    expect(asWritten(report.columns[2])).toEqual({ header: 'Lieu', index: 2, role: 'custom', note: 'unknown header: read as a custom lane' });
    expect(asWritten(warnings)).toEqual(['-|Lieu|unknown column: read as a custom lane titled "Lieu"; map it to a role to change that']);
  });

  it('lets a [kind] tag set the lane kind and title', () => {
    const { journey, warnings } = imported('Stage,Ce que dit le client [thoughts],Phase [actions]\nDiscover,Wow,Reads\n');
    expect(journey.lanes).toEqual([
      { id: ids.lane('thoughts', 'Ce que dit le client'), kind: 'thoughts', title: 'Ce que dit le client' },
      { id: ids.lane('actions', 'Phase'), kind: 'actions', title: 'Phase' },
    ]);
    expect(journey.stages[0]?.phase).toBeUndefined();
    expect(asWritten(warnings)).toEqual([]);
  });

  it('reads the channel column and touchpoint suffixes', () => {
    const { journey } = imported('Stage;Touchpoints;Channel\nBuy;"Counter\nMobile app (app)";store\n');
    expect(journey.cards.map((card) => [card.text, card.channel])).toEqual([
      ['Counter', 'store'],
      ['Mobile app', 'app'],
    ]);
  });

  it('reads words, emoji and a header scale for the emotion; keeps −2…+2 values exact', () => {
    expect(imported('Stage,Emotion\nA,frustré\nB,😍\nC,\n').journey.emotions).toEqual([
      { stageId: ids.stage('A'), score: -2, label: 'frustré' },
      { stageId: ids.stage('B'), score: 2, label: '😍' },
    ]);
    expect(imported('Stage,Emotion (-2..+2)\nA,0.1\nB,-1.75\n').journey.emotions.map((emotion) => emotion.score)).toEqual([0.1, -1.75]);
    expect(imported('Stage,Emotion (-2..+2)\nA,1\n').report.scale).toBe('-2..2');
  });

  it('warns about an emotion outside the scale the header states, and leaves it out', () => {
    const { journey, warnings } = imported('Étape;Émotion (1-5)\nA;4\nB;7\n');
    expect(journey.emotions).toEqual([{ stageId: ids.stage('A'), score: 1 }]);
    expect(asWritten(warnings)).toEqual(['3|Émotion (1-5)|7 is outside the scale 1–5: left out']);
  });

  it('reads Description and Persona columns', () => {
    const { journey } = imported('Stage,Description,Persona,Emotion\nBuy,The checkout,Léa,4\n');
    expect(journey.stages[0]).toEqual({ id: ids.stage('Buy'), name: 'Buy', description: 'The checkout' });
    expect(journey.personas).toEqual([{ id: ids.persona('Léa'), name: 'Léa', goals: [], motivations: [], frustrations: [] }]);
    expect(journey.emotions).toEqual([{ stageId: ids.stage('Buy'), personaId: ids.persona('Léa'), score: 1 }]);
  });

  it('reads a template laid out like the map: lanes down the first column, stages across', () => {
    const text = ';Découverte;Achat\nActions;Voit une pub;Paie\nPoints de contact;Instagram;Appli\nÉmotion;4;2\n';
    const { journey, report } = imported(text);
    expect(asWritten(report)).toMatchObject({ format: 'wide-csv', formatReason: expect.stringContaining('read transposed') });
    expect(journey.stages.map((stage) => stage.name)).toEqual(['Découverte', 'Achat']);
    expect(journey.lanes.map((lane) => lane.kind)).toEqual(['actions', 'touchpoints', 'emotions']);
    expect(journey.cards.map((card) => card.text)).toEqual(['Voit une pub', 'Instagram', 'Paie', 'Appli']);
    expect(journey.emotions.map((emotion) => emotion.score)).toEqual([1, -1]);
  });

  it('locates problems of a transposed template at the file row and the stage column', () => {
    const result = importJourney(';Découverte;Achat\nActions;Voit une pub;Paie\nÉmotion (1-5);4;9\n', { filename: 't.csv' });
    expect(asWritten(result.ok && result.warnings)).toEqual([{ file: 't.csv', row: 3, column: 'Achat', message: '9 is outside the scale 1–5: left out' }]);
  });

  it('reads the stages from an unnamed first column when the others are lanes', () => {
    const { journey, report } = imported(',Actions,Pain points\nDiscover,Reads,Too long\n');
    expect(journey.stages.map((stage) => stage.name)).toEqual(['Discover']);
    expect(asWritten(report.columns[0])).toEqual({ header: 'Column 1', index: 0, role: 'stage', note: 'no stage header: read as the stage names' });
  });

  it('creates the lanes of an empty template', () => {
    const { journey } = imported('Étape;Actions;Difficultés;Émotion\nDécouverte;;;\nAchat;;;\n');
    expect(journey.lanes.map((lane) => lane.kind)).toEqual(['actions', 'painPoints', 'emotions']);
    expect(journey.cards).toEqual([]);
    expect(journey.emotions).toEqual([]);
  });

  it('removes the export’s formula guard from cells and headers', () => {
    const { journey } = imported("Stage,'=Actions [actions]\n'-Discover,\"'=SUM(A1)\nReads\"\n");
    expect(journey.lanes[0]?.title).toBe('=Actions');
    expect(journey.stages[0]?.name).toBe('-Discover');
    expect(journey.cards.map((card) => card.text)).toEqual(['=SUM(A1)', 'Reads']);
  });
});

describe('wideCsvLaneHeader', () => {
  it.each([
    [{ kind: 'painPoints', title: 'Irritants' }, 'Irritants'],
    [{ kind: 'touchpoints', title: 'Points de contact' }, 'Points de contact'],
    [{ kind: 'emotions', title: 'Émotions' }, 'Émotions (-2..+2)'],
    [{ kind: 'emotions', title: 'Mood' }, 'Mood (-2..+2)'],
    [{ kind: 'emotions', title: 'Courbe' }, 'Courbe (-2..+2) [emotions]'],
    [{ kind: 'custom', title: 'Lieu' }, 'Lieu'],
    [{ kind: 'custom', title: 'Actions' }, 'Actions [custom]'],
    [{ kind: 'actions', title: 'Phase' }, 'Phase [actions]'],
    [{ kind: 'thoughts', title: 'Ce que dit le client' }, 'Ce que dit le client'],
    [{ kind: 'thoughts', title: 'Paroles' }, 'Paroles [thoughts]'],
    [{ kind: 'actions', title: 'Steps (1-3)' }, 'Steps (1-3) [actions]'],
  ] as const)('writes %j as %j, which reads back as the same lane', (lane, header) => {
    expect(wideCsvLaneHeader(lane)).toBe(header);
    const back = imported(`Stage,${header}\nA,x\n`).journey.lanes[0];
    expect(back).toMatchObject({ kind: lane.kind, title: lane.title });
  });
});
