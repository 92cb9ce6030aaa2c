
/** Slots in the table: a power of two, so a slot is a mask away. */
const SLOTS = 256;
/** Cells longer than this are not remembered: comparing them would cost what a Map lookup does. */
const MAX_LENGTH = 256;

/**
 * Remembers the last cell seen in each slot, a slot being picked by the cell's length and last
 * character, and what the cell meant. Checking a cell against the one remembered in its slot is
 * cheaper than hashing it for a Map lookup (papaparse's cells are substrings, which the engine
 * hashes and compares in its runtime), and the values a column repeats (stage, persona, channel
 * names, scores from 1 to 5, the same pain point) mostly fall in different slots, so on 100,000
 * rows nearly every lookup is answered here. A miss costs a comparison of two numbers.
 *
 * @example const recent = new RecentCells<number>(); recent.set('Achat', 2); recent.get('Achat') // 2
 */
export class RecentCells<Value> {
  private readonly cells: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
  private readonly values: (Value | undefined)[] = new Array<Value | undefined>(SLOTS).fill(undefined);

  get(cell: string): Value | undefined {
    const length = cell.length;
    if (length > MAX_LENGTH) return undefined;
    const last = length === 0 ? 0 : cell.charCodeAt(length - 1);
    const slot = (length * 31 + last) & (SLOTS - 1);
    const known = this.cells[slot];
    return known !== undefined && known.length === length && (length === 0 || known.charCodeAt(length - 1) === last) && known === cell ? this.values[slot] : undefined;
  }

  set(cell: string, value: Value): void {
    const length = cell.length;
    if (length > MAX_LENGTH) return;
    const slot = (length * 31 + (length === 0 ? 0 : cell.charCodeAt(length - 1))) & (SLOTS - 1);
    this.cells[slot] = cell;
    this.values[slot] = value;
  }
}
