import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportJourney, importMermaid } from '../../core/src/index.js';
import { mermaidContent, mermaidJourney } from './arbitrary-journey.js';

describe('Mermaid export → import', () => {
  it('keeps title, description, stages, task texts, scores and actors of any journey Mermaid can express', () => {
    fc.assert(
      fc.property(mermaidJourney(), (journey) => {
        const exported = exportJourney(journey, 'mermaid');
        const result = importMermaid(exported, {});
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(mermaidContent(result.journey)).toEqual(mermaidContent(journey));
        expect(exportJourney(result.journey, 'mermaid')).toBe(exported);
      }),
      { numRuns: 300 },
    );
  });
});
