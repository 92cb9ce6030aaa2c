import { describe, expect, it } from 'vitest';
import { hashPrimitive, importJourney, layoutJourney, planSync, wordMessage, type ImportResult } from '../../core/src/index.js';
import { summarizePlan } from '../../ui/state/plan-summary.js';

const problemsOf = (result: ImportResult) => (result.ok ? [] : result.problems);

describe('an honest import', () => {
  it('warns when the scale chosen by hand contradicts the data (1–5 chosen, values up to 10)', () => {
    const result = importJourney('Participant,Stage,Emotion\nP1,A,2\nP2,A,10\n', { scale: '1-5' });
    const warning = result.ok ? result.warnings.find((problem) => problem.code === 'scale.contradicts') : undefined;
    expect(warning?.params).toEqual({ scale: '1-5', min: 2, max: 10 });
    expect(warning && wordMessage(warning, 'fr')).toBe('l’échelle 1–5 a été choisie à la main, mais les valeurs vont de 2 à 10 : celles qui en sortent sont laissées de côté. Vérifiez l’échelle');
  });

  it('says nothing more when the chosen scale holds the data', () => {
    const result = importJourney('Participant,Stage,Emotion\nP1,A,2\nP2,A,5\n', { scale: '1-5' });
    expect(result.ok && result.warnings.filter((problem) => problem.code === 'scale.contradicts')).toEqual([]);
  });

  it('refuses a file with no column it recognises, naming the columns seen, and gives them back for mapping', () => {
    const result = importJourney('Zorglub;Truc\nA;1\nB;2\n', { filename: 'x.csv' });
    expect(result.ok).toBe(false);
    expect(problemsOf(result).map((problem) => [problem.code, problem.params])).toEqual([['columns.noneRecognised', { headers: ['Zorglub', 'Truc'] }]]);
    expect(result.report?.columns.map((column) => [column.header, column.role])).toEqual([
      ['Zorglub', null],
      ['Truc', null],
    ]);
    expect(result.report?.unknownColumns).toEqual(['Zorglub', 'Truc']);
  });

  it('names a JSON field by its path, cards[3].stageId', () => {
    const cards = [0, 1, 2, 3].map((index) => ({ id: `c${index}`, stageId: index === 3 ? 'nope' : 's1', laneId: 'l1', text: `t${index}` }));
    const json = JSON.stringify({ schemaVersion: 1, id: 'j', title: 'T', locale: 'fr', stages: [{ id: 's1', name: 'A' }], lanes: [{ id: 'l1', kind: 'actions', title: 'Actions' }], cards });
    const problem = problemsOf(importJourney(json, { filename: 'j.json' }))[0];
    expect([problem?.field, problem?.code, problem && wordMessage(problem, 'fr')]).toEqual(['cards[3].stageId', 'json.unknownStage', 'étape inconnue «\u00a0nope\u00a0»']);
  });

  it('counts a JSON file in objects, not rows', () => {
    const json = JSON.stringify({ title: 'T', stages: [{ id: 's1', name: 'A' }, { id: 's2', name: 'B' }], lanes: [{ id: 'l1', kind: 'actions', title: 'Actions' }], cards: [] });
    const result = importJourney(json);
    expect([result.report?.rows, result.report?.unit]).toEqual([3, 'objects']);
  });
});

describe('the plan people read', () => {
  it('puts a renamed stage on one line, the items that follow it in one group, and a changed card by its lane', () => {
    // A title row keeps the map's identity across the rename (the panel also offers to update a map of the same title).
    const csv = 'Sign-up journey\nStage,Actions,Pain points\nDiscover,Sees an ad,Price unclear\nSign up,Fills the form,Form too long\n';
    const journeyOf = (text: string) => {
      const result = importJourney(text, { filename: 'j.csv' });
      if (!result.ok) throw new Error('no journey');
      return result.journey;
    };
    const before = layoutJourney(journeyOf(csv));
    const placed = before.primitives.map((primitive, index) => ({ hostId: `h${index}`, journeyId: before.journeyId, key: primitive.key, hash: hashPrimitive(primitive), currentHash: hashPrimitive(primitive), box: primitive.box, text: primitive.text }));
    const after = layoutJourney(journeyOf(csv.replace('Sign up', 'Open an account').replace('Price unclear', 'Price shown too late')));
    const groups = summarizePlan(planSync(placed, after)).groups;
    expect(groups.map((group) => [group.change, group.category, group.count])).toEqual([
      ['rename', 'stage', 1],
      ['follow', 'item', 2],
      ['add', 'pain', 1],
      ['remove', 'item', 1],
    ]);
    expect(groups[0]?.labels).toEqual(['Sign up', 'Open an account']);
  });
});
