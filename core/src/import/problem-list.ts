import type { Problem } from '../model/problem.js';
import { say } from '../words/say.js';

/**
 * Collects problems of one import, keeping the first few of each kind and counting the rest, so a
 * file with 100,000 ragged rows yields 20 located messages and one "…and 99,980 more" line rather
 * than a wall of text.
 *
 * @example const list = new ProblemList(); list.add('ragged', { row: 4, message: '…' }); list.all()
 */
export class ProblemList {
  private readonly kept: Problem[] = [];
  private readonly counts = new Map<string, number>();

  constructor(private readonly perKind = 20) {}

  add(kind: string, problem: Problem): void {
    const count = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, count);
    if (count <= this.perKind) this.kept.push(problem);
  }

  get size(): number {
    let total = 0;
    for (const count of this.counts.values()) total += count;
    return total;
  }

  /**
   * The kept problems, those about the whole file or a column first, then by row (in the order
   * they came for a row), then one summary line per kind that overflowed.
   */
  all(): Problem[] {
    const more: Problem[] = [];
    for (const [kind, count] of this.counts) {
      if (count > this.perKind) more.push(say('list.more', { count: count - this.perKind, kind }));
    }
    const byRow = [...this.kept].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return [...byRow, ...more];
  }
}
