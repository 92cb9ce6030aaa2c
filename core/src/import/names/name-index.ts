import { mostFrequent } from './most-frequent.js';
import { normalizeKey } from './normalize-key.js';
import { RecentCells } from './recent-cells.js';

/**
 * Groups the spellings of names (stages, personas, participants) that differ only by case, accents
 * or spaces, numbering groups in first-appearance order. Each raw cell is normalised once, however
 * many rows repeat it, which keeps a 100,000-row import fast. Spellings are kept in parallel arrays
 * (group, trimmed text, count), so counting a row allocates nothing.
 *
 * @example const index = new NameIndex(); index.add('Achat'); index.add(' achat '); index.names() // ['Achat']
 */
export class NameIndex {
  private readonly byRaw = new Map<string, number>();
  private readonly byKey = new Map<string, number>();
  /** Per spelling: its group (−1 for a blank cell), trimmed text and how many cells had it. */
  private readonly groups: number[] = [];
  private readonly texts: string[] = [];
  private readonly counts: number[] = [];
  /** The normalised key of each group. */
  readonly keys: string[] = [];
  private readonly recent = new RecentCells<number>();

  /** The group of a cell, or −1 when the cell is blank. */
  add(raw: string): number {
    // Stage, persona and phase names mostly fall in different slots of `RecentCells`, and a
    // participant's observations come grouped: most cells are answered without hashing them.
    let spelling = this.recent.get(raw);
    if (spelling === undefined) {
      spelling = this.byRaw.get(raw) ?? this.newSpelling(raw);
      this.recent.set(raw, spelling);
    }
    this.counts[spelling] = (this.counts[spelling] ?? 0) + 1;
    return this.groups[spelling] ?? -1;
  }

  private newSpelling(raw: string): number {
    const text = raw.trim();
    const key = normalizeKey(text);
    let group = -1;
    if (key !== '') {
      group = this.byKey.get(key) ?? this.keys.length;
      if (group === this.keys.length) {
        this.byKey.set(key, group);
        this.keys.push(key);
      }
    }
    const spelling = this.groups.length;
    this.byRaw.set(raw, spelling);
    this.groups.push(group);
    this.texts.push(text);
    this.counts.push(0);
    return spelling;
  }

  get size(): number {
    return this.keys.length;
  }

  /** Each group's most frequent spelling (trimmed), the first seen on a tie. */
  names(): string[] {
    const totals = this.keys.map(() => new Map<string, number>());
    this.groups.forEach((group, spelling) => {
      const counts = totals[group];
      const text = this.texts[spelling] ?? '';
      if (counts !== undefined) counts.set(text, (counts.get(text) ?? 0) + (this.counts[spelling] ?? 0));
    });
    return totals.map((counts) => mostFrequent(counts) ?? '');
  }
}
