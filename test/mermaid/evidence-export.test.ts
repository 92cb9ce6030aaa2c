// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { exportJourney, type Journey } from '../../core/src/index.js';
import { parseWithMermaid } from './parse-with-mermaid.js';

const journey: Journey = {
  schemaVersion: 1,
  id: 'j',
  title: 'Estimated day',
  locale: 'en',
  personas: [],
  stages: [
    { id: 'a', name: 'Morning' },
    { id: 'b', name: 'Evening' },
  ],
  lanes: [{ id: 'do', kind: 'actions', title: 'Actions' }],
  cards: [
    { id: 'c1', stageId: 'a', laneId: 'do', text: 'Make tea', sources: [] },
    { id: 'c2', stageId: 'b', laneId: 'do', text: 'Miss the bus', sources: [] },
  ],
  emotions: [
    { stageId: 'a', score: 1.4, basis: 'verbatims' },
    { stageId: 'b', score: -1.62, basis: 'verbatims' },
  ],
};

describe('the Mermaid export of inferred emotions', () => {
  const text = exportJourney(journey, 'mermaid');

  it('says in a comment line that the scores are rounded and estimated from verbatims', () => {
    expect(text.split('\n')[1]).toBe('  %% Scores: whole numbers 1–5, rounded from −2…+2, estimated from verbatims · entiers de 1 à 5, arrondis depuis −2…+2, estimés d’après les verbatims');
  });

  it("stays valid for Mermaid's parser, scores whole numbers in 1–5", async () => {
    const parsed = await parseWithMermaid(text);
    expect(parsed.title).toBe('Estimated day');
    expect(parsed.tasks.map((task) => [task.task, task.score])).toEqual([
      ['Make tea', 4],
      ['Miss the bus', 1],
    ]);
  });
});
