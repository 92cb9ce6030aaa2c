import { mostFrequent } from './most-frequent.js';
import { RecentCells } from './recent-cells.js';
import { normalizeKey } from './normalize-key.js';

interface Spelling {
  group: number;
  text: string;
  count: number;
}

/**
 * Groups the spellings of names (stages, personas, participants) that differ only by case, accents
 * or spaces, numbering groups in first-appearance order. Each raw cell is normalised once, however
 * many rows repeat it, which keeps a 100,000-row import fast.
 *
 * @example const index = new NameIndex(); index.add('Achat'); index.add(' achat '); index.names() // ['Achat']
 */
export class NameIndex {
  private readonly byRaw = new Map<string, number>();
  private readonly byKey = new Map<string, number>();
  private readonly spellings: Spelling[] = [];
  /** The normalised key of each group. */
  readonly keys: string[] = [];
  private readonly recent = new RecentCells<Spelling>();

  /** The group of a cell, or −1 when the cell is blank. */
  add(raw: string): number {
    // Stage, persona and phase names mostly fall in different slots of `RecentCells`, and a
    // participant's observations come grouped: most cells are answered without hashing them.
    let entry = this.recent.get(raw);
    if (entry === undefined) {
      const known = this.byRaw.get(raw);
      entry = known === undefined ? this.newSpelling(raw) : this.spellings[known];
      if (entry === undefined) return -1;
      this.recent.set(raw, entry);
    }
    entry.count++;
    return entry.group;
  }

  private newSpelling(raw: string): Spelling {
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
    const entry = { group, text, count: 0 };
    this.byRaw.set(raw, this.spellings.length);
    this.spellings.push(entry);
    return entry;
  }

  get size(): number {
    return this.keys.length;
  }

  /** Each group's most frequent spelling (trimmed), the first seen on a tie. */
  names(): string[] {
    const totals = this.keys.map(() => new Map<string, number>());
    for (const spelling of this.spellings) {
      const counts = totals[spelling.group];
      if (counts !== undefined) counts.set(spelling.text, (counts.get(spelling.text) ?? 0) + spelling.count);
    }
    return totals.map((counts) => mostFrequent(counts) ?? '');
  }
}
