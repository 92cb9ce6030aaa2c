import { describe, expect, it } from 'vitest';
import type { Card } from '../../core/src/model/journey.js';
import { ids } from './ids.js';
import { importerFor } from './imported.js';
import { asWritten } from '../words/as-written.js';

const INTERVIEWS = [
  'participant,persona,stage,action,touchpoint,channel,pain_point,question,quote,emotion,opportunity',
  'P1,Commuter,Discover,Searches the store,App store,app,Too many apps,,"I want the official one",2,Official badge',
  'P2,Commuter,Discover,searches the store ,App store,,too many  apps,Which one?,"So many logos",1,official badge',
  'P3,Tourist,Discover,Asks a friend,Friend,,Too many apps,,"Easy",4,',
  'P1,Commuter,Buy,Pays,Website,web,Card refused,,"Ugh, refused twice",1,Explain errors',
  'P3,Tourist,Buy,Pays,Website,,,,"Quick",5,Explain errors',
  'P3,Tourist,Buy,Pays,Website,,Card refused,,"Again?",2,',
].join('\n');

const imported = importerFor('interviews.csv');

describe('interview CSV import', () => {
  it('aggregates observations per stage and persona, exactly', () => {
    const { journey, report, warnings } = imported(INTERVIEWS, { maxQuotesPerCell: 2 });
    const discover = ids.stage('Discover');
    const buy = ids.stage('Buy');
    const commuter = ids.persona('Commuter');
    const tourist = ids.persona('Tourist');
    const lane = {
      actions: ids.lane('actions', 'Actions'),
      touchpoints: ids.lane('touchpoints', 'Touchpoints'),
      painPoints: ids.lane('painPoints', 'Pain points'),
      questions: ids.lane('questions', 'Questions'),
      thoughts: ids.lane('thoughts', 'Quotes'),
      emotions: ids.lane('emotions', 'Emotions'),
      opportunities: ids.lane('opportunities', 'Opportunities'),
    };
    const card = (stageId: string, laneId: string, text: string, rest: Partial<Card>): Card => ({ id: ids.card(stageId, laneId, text), stageId, laneId, text, ...rest }) as Card;
    expect(journey).toEqual({
      schemaVersion: 1,
      id: ids.journeyOfStages('Discover', 'Buy'),
      title: 'Interviews',
      locale: 'en',
      personas: [
        { id: commuter, name: 'Commuter', goals: [], motivations: [], frustrations: [] },
        { id: tourist, name: 'Tourist', goals: [], motivations: [], frustrations: [] },
      ],
      stages: [
        { id: discover, name: 'Discover' },
        { id: buy, name: 'Buy' },
      ],
      lanes: [
        { id: lane.actions, kind: 'actions', title: 'Actions' },
        { id: lane.touchpoints, kind: 'touchpoints', title: 'Touchpoints' },
        { id: lane.painPoints, kind: 'painPoints', title: 'Pain points' },
        { id: lane.questions, kind: 'questions', title: 'Questions' },
        { id: lane.thoughts, kind: 'thoughts', title: 'Quotes' },
        { id: lane.emotions, kind: 'emotions', title: 'Emotions' },
        { id: lane.opportunities, kind: 'opportunities', title: 'Opportunities' },
      ],
      cards: [
        card(discover, lane.actions, 'Searches the store', { count: 2, sources: ['P1', 'P2'], personaId: commuter }),
        card(discover, lane.actions, 'Asks a friend', { count: 1, sources: ['P3'], personaId: tourist }),
        card(buy, lane.actions, 'Pays', { count: 2, sources: ['P1', 'P3'], personaIds: [commuter, tourist] }),
        card(discover, lane.touchpoints, 'App store', { count: 2, sources: ['P1', 'P2'], personaId: commuter, channel: 'app' }),
        card(discover, lane.touchpoints, 'Friend', { count: 1, sources: ['P3'], personaId: tourist }),
        card(buy, lane.touchpoints, 'Website', { count: 2, sources: ['P1', 'P3'], personaIds: [commuter, tourist], channel: 'web' }),
        card(discover, lane.painPoints, 'Too many apps', { count: 3, sources: ['P1', 'P2', 'P3'], personaIds: [commuter, tourist] }),
        card(buy, lane.painPoints, 'Card refused', { count: 2, sources: ['P1', 'P3'], personaIds: [commuter, tourist] }),
        card(discover, lane.questions, 'Which one?', { count: 1, sources: ['P2'], personaId: commuter }),
        card(discover, lane.thoughts, 'So many logos', { count: 1, sources: ['P2'], personaId: commuter, score: -2 }),
        card(discover, lane.thoughts, 'I want the official one', { count: 1, sources: ['P1'], personaId: commuter, score: -1 }),
        card(buy, lane.thoughts, 'Ugh, refused twice', { count: 1, sources: ['P1'], personaId: commuter, score: -2 }),
        card(buy, lane.thoughts, 'Quick', { count: 1, sources: ['P3'], personaId: tourist, score: 2 }),
        card(discover, lane.opportunities, 'Official badge', { count: 2, sources: ['P1', 'P2'], personaId: commuter, priority: 1.433 }),
        card(buy, lane.opportunities, 'Explain errors', { count: 2, sources: ['P1', 'P3'], personaIds: [commuter, tourist], priority: 1.267 }),
      ],
      emotions: [
        // Two answers a and b: sd = |a − b| / √2 (1/√2 = 0.707, 3/√2 = 2.121); one answer: no sd.
        { stageId: discover, personaId: commuter, score: -1.5, n: 2, min: -2, max: -1, sd: 0.707 },
        { stageId: discover, personaId: tourist, score: 1, n: 1, min: 1, max: 1 },
        { stageId: buy, personaId: commuter, score: -2, n: 1, min: -2, max: -2 },
        { stageId: buy, personaId: tourist, score: 0.5, n: 2, min: -1, max: 2, sd: 2.121 },
      ],
    });
    expect(asWritten(report)).toMatchObject({ format: 'interview-csv', scale: '1-5', rows: 6, stages: 2, cards: 15, personas: 2, unknownColumns: [] });
    expect(report.formatReason).toBe('a participant column ("participant"): one row per observation');
    expect(asWritten(warnings)).toEqual([]);
  });

  it('keeps the most common spelling of a text and of a stage, and stages in order of first appearance', () => {
    const text = ['participant,stage,pain point', 'A,Plan,prix flou', 'B,plan ,Prix flou', 'C,PLAN,Prix  flou', 'D,Achat,Attente', 'E,Plan,Prix flou'].join('\n');
    const { journey } = imported(text);
    expect(journey.stages.map((stage) => stage.name)).toEqual(['Plan', 'Achat']);
    expect(journey.cards.map((card) => [card.text, card.count])).toEqual([
      ['Prix flou', 4],
      ['Attente', 1],
    ]);
  });

  it('counts a participant once per text however often they said it', () => {
    const text = ['participant,stage,pain point', 'P1,Plan,Slow', 'P1,Plan,slow', 'P2,Plan,Slow'].join('\n');
    expect(imported(text).journey.cards[0]).toMatchObject({ text: 'Slow', count: 2, sources: ['P1', 'P2'] });
  });

  it('splits cells holding several texts and counts each', () => {
    const text = ['participant,stage,pain point', 'P1,Plan,Slow | Expensive', 'P2,Plan,"Expensive\nConfusing"'].join('\n');
    expect(imported(text).journey.cards.map((card) => [card.text, card.count])).toEqual([
      ['Expensive', 2],
      ['Slow', 1],
      ['Confusing', 1],
    ]);
  });

  it('uses rows as sources when there is no participant column, and says so', () => {
    const text = ['stage,pain point,emotion', 'Plan,Slow,2', 'Plan,slow,3', 'Buy,Card refused,1', 'Buy,Card refused,2'].join('\n');
    const { journey, report } = imported(text);
    expect(report.formatReason).toBe('stage names repeat (4 rows for 2 stages): one row per observation');
    expect(journey.cards.map((card) => [card.text, card.count, card.sources])).toEqual([
      ['Slow', 2, ['row 2', 'row 3']],
      ['Card refused', 2, ['row 4', 'row 5']],
    ]);
    expect(journey.emotions).toEqual([
      { stageId: ids.stage('Plan'), score: -0.5, n: 2, min: -1, max: 0, sd: 0.707 },
      { stageId: ids.stage('Buy'), score: -1.5, n: 2, min: -2, max: -1, sd: 0.707 },
    ]);
    expect(asWritten(report).notes).toContain('no participant column: each row counts as one source');
  });

  it('keeps at most maxQuotesPerCell quotes, the most extreme emotions first, earlier rows on a tie', () => {
    const rows = ['participant,stage,quote,emotion', 'A,Plan,meh,3', 'B,Plan,awful,1', 'C,Plan,great,5', 'D,Plan,bad,2', 'E,Plan,no score,'];
    const quotes = (limit: number) => imported(rows.join('\n'), { maxQuotesPerCell: limit }).journey.cards.map((card) => [card.text, card.score]);
    expect(quotes(3)).toEqual([
      ['awful', -2],
      ['great', 2],
      ['bad', -1],
    ]);
    expect(quotes(1)).toEqual([['awful', -2]]);
    expect(quotes(10)).toEqual([
      ['awful', -2],
      ['great', 2],
      ['bad', -1],
      ['meh', 0],
      ['no score', undefined],
    ]);
  });

  it('merges the same quote said twice into one card with both sources', () => {
    const text = ['participant,stage,quote,emotion', 'A,Plan,Too slow!,1', 'B,Plan,too slow!,1'].join('\n');
    expect(imported(text).journey.cards).toEqual([expect.objectContaining({ text: 'Too slow!', count: 2, sources: ['A', 'B'], score: -2 })]);
  });

  it("credits everyone who said a kept quote, whatever maxQuotesPerCell", () => {
    const text = ['participant,stage,quote,emotion', 'A,Plan,Too slow,1', 'B,Plan,Great app,5', 'C,Plan,too slow,3', 'D,Plan,Too slow.,4'].join('\n');
    const quotes = (limit: number) => imported(text, { maxQuotesPerCell: limit }).journey.cards.map((card) => [card.text, card.sources]);
    expect(quotes(1)).toEqual([['Too slow', ['A', 'C', 'D']]]);
    expect(quotes(2)).toEqual([
      ['Too slow', ['A', 'C', 'D']],
      ['Great app', ['B']],
    ]);
  });

  it('ranks opportunities by count × negativity of their stage', () => {
    const text = ['participant,stage,opportunity,emotion', 'A,Plan,Map,1', 'B,Plan,Filter,1', 'C,Plan,Filter,1', 'D,Plan,Map,1', 'E,Plan,Map,1'].join('\n');
    expect(imported(text).journey.cards.map((card) => [card.text, card.count, card.priority])).toEqual([
      ['Map', 3, 3.15],
      ['Filter', 2, 2.1],
    ]);
  });

  it('still ranks opportunities of a delighted stage by how often they were raised', () => {
    const text = ['participant,stage,opportunity,emotion', 'A,Plan,Map,5', 'B,Plan,Filter,5', 'C,Plan,Filter,5'].join('\n');
    expect(imported(text).journey.cards.map((card) => [card.text, card.priority])).toEqual([
      ['Filter', 0.1],
      ['Map', 0.05],
    ]);
  });

  it('takes each stage’s most frequent phase', () => {
    const text = ['participant,stage,phase', 'A,Plan,Consideration', 'B,Plan,Consideration', 'C,Plan,Awareness', 'D,Buy,Purchase'].join('\n');
    expect(imported(text).journey.stages.map((stage) => stage.phase)).toEqual(['Consideration', 'Purchase']);
  });

  it('infers a touchpoint’s channel from its text when the file has no channel column', () => {
    const text = ['participant,stage,touchpoint', 'A,Plan,Site web', 'B,Plan,Appel au service client', 'C,Plan,Ami'].join('\n');
    expect(imported(text).journey.cards.map((card) => [card.text, card.channel])).toEqual([
      ['Site web', 'web'],
      ['Appel au service client', 'phone'],
      ['Ami', undefined],
    ]);
  });

  it('merges several columns of one lane', () => {
    const text = ['participant,stage,Pain point 1,Pain point 2', 'A,Plan,Slow,Expensive', 'B,Plan,Expensive,'].join('\n');
    expect(imported(text).journey.cards.map((card) => [card.text, card.count])).toEqual([
      ['Expensive', 2],
      ['Slow', 1],
    ]);
  });

  it('warns, with row and column, about emotion values it cannot use', () => {
    const text = ['participant,stage,emotion', 'A,Plan,4', 'B,Plan,NaN', 'C,Plan,1e309', 'D,Plan,3', 'E,Plan,n/a'].join('\n');
    const { journey, warnings } = imported(text);
    expect(journey.emotions).toEqual([{ stageId: ids.stage('Plan'), score: 0.5, n: 2, min: 0, max: 1, sd: 0.707 }]);
    expect(asWritten(warnings)).toEqual([
      '3|emotion|"NaN" is not a number, a percentage or an emotion word: left out',
      '4|emotion|the number is too large to be a score: left out',
    ]);
  });

  it('warns when rows have no persona while the file has a persona column', () => {
    const text = ['participant,persona,stage,emotion', 'A,Commuter,Plan,4', 'B,,Plan,2'].join('\n');
    const { journey, warnings } = imported(text);
    expect(journey.emotions).toEqual([{ stageId: ids.stage('Plan'), personaId: ids.persona('Commuter'), score: 1, n: 1, min: 1, max: 1 }]);
    expect(asWritten(warnings)).toEqual(["-|persona|1 row(s) have no persona: they count in the cards but in no persona's emotion curve"]);
  });

  it('skips a row without a stage, and says where', () => {
    const text = ['participant,stage,pain point', 'A,Plan,Slow', 'B,,Lost'].join('\n');
    const { journey, warnings } = imported(text);
    expect(journey.cards.map((card) => card.text)).toEqual(['Slow']);
    expect(asWritten(warnings)).toEqual(['3|stage|this row has no stage: skipped']);
  });

  it('reports a column it does not know and leaves it out', () => {
    const text = ['participant,stage,Interviewer,pain point', 'A,Plan,Marie,Slow'].join('\n');
    const { report, warnings } = imported(text);
    expect(asWritten(report.unknownColumns)).toEqual(['Interviewer']);
    expect(asWritten(report.columns[2])).toEqual({ header: 'Interviewer', index: 2, role: null, note: 'unknown column: left out; map it to a role to use it' });
    expect(asWritten(warnings)).toEqual(['-|Interviewer|unknown column: left out; map it to a role to use it']);
  });

  it('lets the column map give a role to a column it does not know', () => {
    const text = ['participant,stage,Ressenti global,Ce qui coince'].join('\n') + '\nA,Plan,4,Slow\nB,Plan,2,Slow\n';
    const { journey, report } = imported(text, { columnMap: { 'Ressenti global': 'emotion', 'ce qui coince': 'painPoint' } });
    expect(asWritten(report.columns.map((column) => column.role))).toEqual(['participant', 'stage', 'emotion', 'painPoint']);
    expect(journey.cards.map((card) => [card.text, card.count])).toEqual([['Slow', 2]]);
    expect(journey.emotions[0]).toMatchObject({ score: 0, n: 2 });
  });
});
