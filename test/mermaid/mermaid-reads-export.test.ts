// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportJourney } from '../../core/src/index.js';
import { mermaidContent, mermaidJourney } from '../export/arbitrary-journey.js';
import { parseWithMermaid } from './parse-with-mermaid.js';

describe("Mermaid's own parser on our export", () => {
  // Titles and descriptions are sanitised as HTML by Mermaid, so only plain ones are compared (below).
  // Mermaid decodes character codes as HTML does: no file gives it back a NUL or a C1 control.
  it('reads back the same sections, tasks, scores and actors for any expressible journey', async () => {
    await fc.assert(
      fc.asyncProperty(mermaidJourney({ withoutNul: true, withoutC1: true }), async (journey) => {
        const content = mermaidContent(journey);
        const db = await parseWithMermaid(exportJourney(journey, 'mermaid'));
        expect(db.sections).toEqual(content.stages.map((stage) => stage.name));
        expect(db.tasks).toEqual(
          content.stages.flatMap((stage) =>
            stage.tasks.map((task) => ({ section: stage.name, task: task.text, score: task.score, people: task.actors })),
          ),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('reads back a plain title and a one-line and a multi-line description, reserved characters included', async () => {
    const journey = fc.sample(mermaidJourney(), { numRuns: 1, seed: 1 })[0]!;
    for (const description of ['Two sections: work; home #1, 50% done', 'First line: a\nSecond line; b']) {
      const title = 'PR #12: a;b, 50% < 60% & more';
      const db = await parseWithMermaid(exportJourney({ ...journey, title, description }, 'mermaid'));
      expect(db.title).toBe(title);
      expect(db.accDescription).toBe(description);
    }
  });
});
