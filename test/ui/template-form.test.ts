import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addLane,
  addStage,
  defaultTemplate,
  editLane,
  isDefaultTemplate,
  moveLane,
  moveStage,
  removeLane,
  removeStage,
  renameStage,
  setCell,
  type TemplateForm,
} from '../../ui/state/template-form.js';

const form = (stages: string[], cells: Record<string, string>): TemplateForm => ({
  title: 'T',
  personas: [],
  stages,
  lanes: [
    { kind: 'actions', title: 'Actions' },
    { kind: 'painPoints', title: 'Pains' },
  ],
  cells,
  prompts: false,
});

describe('template form edits', () => {
  test('the default template has five stages and six lanes, in the panel language', () => {
    expect(defaultTemplate('fr')).toEqual({
      title: 'Parcours client',
      personas: [{ name: '', description: '', goals: '', motivations: '', frustrations: '' }],
      stages: ['Découverte', 'Considération', 'Achat', 'Utilisation', 'Recommandation'],
      lanes: [
        { kind: 'actions', title: 'Actions' },
        { kind: 'touchpoints', title: 'Points de contact' },
        { kind: 'thoughts', title: 'Pensées' },
        { kind: 'emotions', title: 'Émotions' },
        { kind: 'painPoints', title: 'Difficultés' },
        { kind: 'opportunities', title: 'Opportunités' },
      ],
      cells: {},
      prompts: true,
    });
    expect(defaultTemplate('en').stages).toEqual(['Discover', 'Consider', 'Buy', 'Use', 'Recommend']);
  });

  test('inserting a stage in the middle shifts the later cells with their stages', () => {
    const before = form(['A', 'B', 'C'], { '0:0': 'a', '1:1': 'b', '2:0': 'c' });
    expect(addStage(before, 'New', 1)).toEqual(form(['A', 'New', 'B', 'C'], { '0:0': 'a', '2:1': 'b', '3:0': 'c' }));
  });

  test('adding a stage without an index appends it', () => {
    expect(addStage(form(['A'], {}), 'B').stages).toEqual(['A', 'B']);
  });

  test('removing a stage drops its cells and shifts the later ones', () => {
    expect(removeStage(form(['A', 'B', 'C'], { '0:0': 'a', '1:1': 'b', '2:0': 'c' }), 1)).toEqual(form(['A', 'C'], { '0:0': 'a', '1:0': 'c' }));
  });

  test('moving a stage swaps it with its neighbour, cells included', () => {
    expect(moveStage(form(['A', 'B'], { '0:0': 'a', '1:1': 'b' }), 0, 1)).toEqual(form(['B', 'A'], { '1:0': 'a', '0:1': 'b' }));
  });

  test('moving past either end changes nothing', () => {
    const start = form(['A', 'B'], { '0:0': 'a' });
    expect(moveStage(start, 0, -1)).toBe(start);
    expect(moveStage(start, 1, 1)).toBe(start);
    expect(moveLane(start, 1, 1)).toBe(start);
  });

  test('renaming a stage keeps its cells', () => {
    expect(renameStage(form(['A'], { '0:0': 'a' }), 0, 'Z')).toEqual(form(['Z'], { '0:0': 'a' }));
  });

  test('lanes: add at the end, remove with their cells, move with their cells', () => {
    const start = form(['A'], { '0:0': 'act', '0:1': 'pain' });
    expect(addLane(start, 'questions', 'Q').lanes.at(-1)).toEqual({ kind: 'questions', title: 'Q' });
    expect(removeLane(start, 0)).toEqual({ ...start, lanes: [{ kind: 'painPoints', title: 'Pains' }], cells: { '0:0': 'pain' } });
    expect(moveLane(start, 0, 1)).toEqual({ ...start, lanes: [start.lanes[1], start.lanes[0]], cells: { '0:1': 'act', '0:0': 'pain' } });
  });

  test('changing a lane kind renames it when its title was the default for the old kind', () => {
    const start = defaultTemplate('en');
    expect(editLane(start, 0, { kind: 'questions' }, 'en').lanes[0]).toEqual({ kind: 'questions', title: 'Questions' });
    const renamed = editLane(start, 0, { title: 'What they do' }, 'en');
    expect(editLane(renamed, 0, { kind: 'questions' }, 'en').lanes[0]).toEqual({ kind: 'questions', title: 'What they do' });
  });

  test('clearing a cell removes its key', () => {
    expect(setCell(setCell(form(['A'], {}), 0, 1, 'x'), 0, 1, '').cells).toEqual({});
  });

  test('only the untouched default counts as default', () => {
    expect(isDefaultTemplate(defaultTemplate('en'), 'en')).toBe(true);
    expect(isDefaultTemplate(defaultTemplate('en'), 'fr')).toBe(false);
    expect(isDefaultTemplate(renameStage(defaultTemplate('en'), 0, 'Search'), 'en')).toBe(false);
  });

  test('any sequence of stage edits keeps each cell with its stage', () => {
    const edit = fc.oneof(
      fc.record({ op: fc.constant('add' as const), at: fc.nat(6) }),
      fc.record({ op: fc.constant('remove' as const), at: fc.nat(6) }),
      fc.record({ op: fc.constant('move' as const), at: fc.nat(6), step: fc.constantFrom(-1 as const, 1 as const) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        // Each stage's name doubles as its cell text, so a cell that followed its stage still matches it.
        let current = form(['s0', 's1', 's2'], { '0:0': 's0', '1:0': 's1', '2:0': 's2' });
        let fresh = 0;
        for (const step of edits) {
          const at = Math.min(step.at, current.stages.length);
          if (step.op === 'add') {
            const name = `n${fresh++}`;
            current = setCell(addStage(current, name, at), at, 0, name);
          } else if (step.op === 'remove' && at < current.stages.length) current = removeStage(current, at);
          else if (step.op === 'move' && at < current.stages.length) current = moveStage(current, at, step.step);
        }
        current.stages.forEach((name, index) => expect(current.cells[`${index}:0`]).toBe(name));
        expect(Object.keys(current.cells)).toHaveLength(current.stages.length);
      }),
    );
  });
});
