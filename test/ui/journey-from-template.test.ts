import { describe, expect, test } from 'vitest';
import { stableId } from '../../core/src/model/stable-id.js';
import { journeyFromTemplate } from '../../ui/state/journey-from-template.js';
import { addStage, defaultTemplate, setCell, type TemplateForm } from '../../ui/state/template-form.js';

const small: TemplateForm = {
  title: '  Onboarding  ',
  personas: [{ name: 'New hire', description: '', goals: '', motivations: '', frustrations: '' }],
  stages: ['Sign', '', 'First day'],
  lanes: [
    { kind: 'actions', title: 'Actions' },
    { kind: 'emotions', title: 'Mood' },
  ],
  cells: { '0:0': 'Signs the contract\n\n  Sends documents ', '0:1': '1,5', '2:1': '-7' },
  prompts: false,
};

describe('journeyFromTemplate', () => {
  test('builds the journey: trimmed names, empty stages skipped, one card per line, scores clamped', () => {
    const result = journeyFromTemplate(small, 'en');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const sign = stableId('stage', 'Sign');
    const first = stableId('stage', 'First day');
    const actions = stableId('lane', 'actions', 'Actions');
    expect(result.journey).toEqual({
      schemaVersion: 1,
      // Named by its title, as a file with a stated title (journeyIdOf): case and accents aside.
      id: stableId('journey', 'onboarding'),
      title: 'Onboarding',
      locale: 'en',
      personas: [{ id: stableId('persona', 'New hire'), name: 'New hire', goals: [], motivations: [], frustrations: [] }],
      stages: [
        { id: sign, name: 'Sign' },
        { id: first, name: 'First day' },
      ],
      lanes: [
        { id: actions, kind: 'actions', title: 'Actions' },
        { id: stableId('lane', 'emotions', 'Mood'), kind: 'emotions', title: 'Mood' },
      ],
      cards: [
        { id: stableId('card', sign, actions, 'Signs the contract'), stageId: sign, laneId: actions, text: 'Signs the contract', sources: [] },
        { id: stableId('card', sign, actions, 'Sends documents'), stageId: sign, laneId: actions, text: 'Sends documents', sources: [] },
      ],
      emotions: [
        { stageId: sign, score: 1.5 },
        { stageId: first, score: -2 },
      ],
    });
  });

  test('prompts fill the empty cells, except the emotion lane', () => {
    const result = journeyFromTemplate({ ...small, cells: {}, prompts: true }, 'fr');
    expect(result.ok && result.journey.cards.map((card) => card.text)).toEqual(['Que fait-il ?', 'Que fait-il ?']);
  });

  test('the same form gives the same ids; a stage inserted in the middle leaves the others unchanged', () => {
    const form = setCell(defaultTemplate('en'), 2, 0, 'Pays online');
    const before = journeyFromTemplate(form, 'en');
    const again = journeyFromTemplate(form, 'en');
    const after = journeyFromTemplate(addStage(form, 'Try', 1), 'en');
    expect(again).toEqual(before);
    if (!before.ok || !after.ok) throw new Error('expected valid journeys');
    const ids = (journey: typeof before.journey) => journey.stages.map((stage) => stage.id);
    expect(ids(after.journey).filter((id) => !ids(before.journey).includes(id))).toEqual([stableId('stage', 'Try')]);
    expect(after.journey.cards.filter((card) => card.text === 'Pays online').map((card) => card.id)).toEqual(
      before.journey.cards.filter((card) => card.text === 'Pays online').map((card) => card.id),
    );
  });

  test('two stages with the same name get different ids', () => {
    const result = journeyFromTemplate({ ...small, stages: ['Wait', 'Wait'] }, 'en');
    expect(result.ok && new Set(result.journey.stages.map((stage) => stage.id)).size).toBe(2);
  });

  test('an empty title takes the default one', () => {
    const result = journeyFromTemplate({ ...small, title: '   ' }, 'fr');
    expect(result.ok && result.journey.title).toBe('Parcours client');
  });

  test('several personas, each with its description and lists one per line; a persona without a name is left out', () => {
    const personas = [
      { name: ' Claire ', description: ' Active, 29 ', goals: 'Open fast\n\n Pay less ', motivations: 'Time', frustrations: 'Paper\nQueues' },
      { name: '', description: 'No name yet', goals: 'x', motivations: '', frustrations: '' },
      { name: 'Marc', description: '', goals: '', motivations: '', frustrations: 'Small print' },
    ];
    const result = journeyFromTemplate({ ...small, personas }, 'en');
    expect(result.ok && result.journey.personas).toEqual([
      { id: stableId('persona', 'Claire'), name: 'Claire', description: 'Active, 29', goals: ['Open fast', 'Pay less'], motivations: ['Time'], frustrations: ['Paper', 'Queues'] },
      { id: stableId('persona', 'Marc'), name: 'Marc', goals: [], motivations: [], frustrations: ['Small print'] },
    ]);
  });

  test('two personas with the same name get different ids', () => {
    const twin = { name: 'Claire', description: '', goals: '', motivations: '', frustrations: '' };
    const result = journeyFromTemplate({ ...small, personas: [twin, twin] }, 'en');
    expect(result.ok && result.journey.personas.map((persona) => persona.id)).toEqual([stableId('persona', 'Claire'), stableId('persona', 'Claire', 1)]);
  });

  test('a form the model rejects gives located problems, not an exception', () => {
    const result = journeyFromTemplate({ ...small, title: 'x'.repeat(600) }, 'en');
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ field: 'title' })] });
  });
});
