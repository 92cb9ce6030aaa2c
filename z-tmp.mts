import { importJourney, wordProblem } from './core/src/index.js';
const minimal = { schemaVersion: 1, id: 'j', title: 'T', locale: 'fr', personas: [], stages: [{ id: 's1', name: 'A' }], lanes: [{ id: 'l1', kind: 'actions', title: 'Actions' }], cards: [], emotions: [] };
const cases: unknown[] = [
  { ...minimal, title: 3 }, { ...minimal, title: undefined }, { ...minimal, emotions: [{ stageId: 's1', score: 3 }] }, { ...minimal, lanes: [{ id: 'l1', kind: 'feelings', title: 'X' }] }, { ...minimal, schemaVersion: 99 }, { ...minimal, title: 'x'.repeat(600) }, { ...minimal, stages: [] }, { ...minimal, cards: [{ id: 'c', stageId: 's1', laneId: 'l1', text: 'x', count: 1.5 }] },
];
for (const c of cases) { const r = importJourney(JSON.stringify(c), { filename: 'j.json' }); if (!r.ok) for (const p of r.problems) { console.log(wordProblem(p, 'fr')); console.log('   ', wordProblem(p, 'en')); } else console.log('ok') }
for (const t of ['{"a": [1, 2', '{a:1}', '{"a":1,}', '"abc', '{} x', '[1,]']) { const r = importJourney(t, { filename: 'j.json' }); if (!r.ok) for (const p of r.problems) console.log(wordProblem(p, 'fr'), ' | ', wordProblem(p, 'en')); }
