import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardLineCount } from '../../core/src/layout/board-line-count.js';
import { fitText } from '../../core/src/layout/fit-text.js';

describe('boardLineCount', () => {
  it('counts each line of the text, an empty one included, wrapped as fitText wraps it', () => {
    expect(boardLineCount('Prix\n\npeu clair', 200, 16)).toBe(3);
    expect(boardLineCount('', 200, 16)).toBe(1);
    expect(boardLineCount('Compare les offres de trois banques sur un comparateur en ligne', 120, 16)).toBe(
      fitText('Compare les offres de trois banques sur un comparateur en ligne', { width: 120, maxLines: Infinity, fontSize: 16 }).lines.length,
    );
  });

  it('gives one paragraph the lines fitText gives it (blank: one), the one-line shortcut included', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'W', ' ', '\t', 'é', '😀', 'iii', '\r'), maxLength: 80 }),
        fc.integer({ min: 20, max: 400 }),
        fc.integer({ min: 8, max: 30 }),
        fc.boolean(),
        (text, width, fontSize, bold) => {
          const expected = /^\s*$/.test(text) ? 1 : fitText(text, { width, maxLines: Infinity, fontSize, bold }).lines.length;
          expect(boardLineCount(text, width, fontSize, bold)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
