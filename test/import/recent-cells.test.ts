import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RecentCells } from '../../core/src/import/names/recent-cells.js';

describe('RecentCells', () => {
  it('answers the cell set last in its slot, the empty cell included', () => {
    const recent = new RecentCells<number>();
    recent.set('Achat', 1);
    recent.set('', 2);
    expect(recent.get('Achat')).toBe(1);
    expect(recent.get('')).toBe(2);
    expect(recent.get('achat')).toBeUndefined();
  });

  it('keeps cells of one length apart when their last characters differ (scores 1 to 5)', () => {
    const recent = new RecentCells<number>();
    for (const score of ['1', '2', '3', '4', '5']) recent.set(score, Number(score));
    expect(['1', '2', '3', '4', '5'].map((score) => recent.get(score))).toEqual([1, 2, 3, 4, 5]);
  });

  it('forgets a cell when another takes its slot, and never answers for a different text', () => {
    const recent = new RecentCells<number>();
    recent.set('Plan', 1);
    recent.set('Scan', 2);
    expect(recent.get('Scan')).toBe(2);
    expect(recent.get('Plan')).toBeUndefined();
  });

  it('does not remember cells longer than it compares cheaply', () => {
    const recent = new RecentCells<number>();
    const long = 'x'.repeat(300);
    recent.set(long, 1);
    expect(recent.get(long)).toBeUndefined();
  });

  it('answers a value only for the exact text it was set with', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 20 }), fc.integer())), fc.string({ maxLength: 20 }), (entries, probe) => {
        const recent = new RecentCells<number>();
        const last = new Map<string, number>();
        for (const [cell, value] of entries) {
          recent.set(cell, value);
          last.set(cell, value);
        }
        const answer = recent.get(probe);
        if (answer !== undefined) expect(answer).toBe(last.get(probe));
      }),
    );
  });
});
