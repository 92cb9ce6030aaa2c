/** Cells longer than this are not remembered; names and coded answers are shorter. */
const MAX_LENGTH = 64;

/**
 * Remembers the last cell seen of each length and what it meant. Checking a cell against the one
 * remembered for its length is cheaper than hashing it for a Map lookup, and the values a column
 * repeats (stage, persona, phase, channel names, scores) mostly differ in length, so on 100,000
 * rows nearly every lookup is answered here. A miss costs one comparison.
 *
 * @example const recent = new RecentByLength<number>(); recent.set('Achat', 2); recent.get('Achat') // 2
 */
export class RecentByLength<Value> {
  private readonly cells: (string | undefined)[] = new Array<string | undefined>(MAX_LENGTH).fill(undefined);
  private readonly values: (Value | undefined)[] = new Array<Value | undefined>(MAX_LENGTH).fill(undefined);

  get(cell: string): Value | undefined {
    const length = cell.length;
    if (length >= MAX_LENGTH) return undefined;
    const known = this.cells[length];
    // The last characters first: for the substrings papaparse returns, a full comparison is a call
    // into the engine, and most misses differ at the end (P0041 and P0042).
    return known !== undefined && (length === 0 || known.charCodeAt(length - 1) === cell.charCodeAt(length - 1)) && known === cell ? this.values[length] : undefined;
  }

  set(cell: string, value: Value): void {
    if (cell.length >= MAX_LENGTH) return;
    this.cells[cell.length] = cell;
    this.values[cell.length] = value;
  }
}
