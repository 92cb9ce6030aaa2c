import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../core/src/model/limits.js';
import { tooManyItems } from '../../core/src/sync/too-many-items.js';
import { asWritten } from '../words/as-written.js';

describe('tooManyItems', () => {
  it.each([0, 1, LIMITS.itemsPerMap])('lets %i items through', (count) => {
    expect(tooManyItems(count)).toBeNull();
  });

  it('stops one item past the limit, saying how many and what to do', () => {
    expect(asWritten(tooManyItems(LIMITS.itemsPerMap + 1))).toEqual({
      message: 'The map has 25,001 items; Parcours places at most 25,000 on a board. Hide some lanes or split the journey: nothing was placed.',
    });
  });

  it('writes large counts with thousands separators', () => {
    expect(tooManyItems(1_234_567)?.message).toMatch(/^The map has 1,234,567 items; /);
  });
});
