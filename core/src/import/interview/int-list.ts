/**
 * A growable list of 32-bit integers in a typed array: pushing costs no garbage-collected
 * allocation, which matters when a pass over 100,000 rows records a few numbers per row.
 *
 * @example const list = new IntList(); list.push(7); list.get(0) // 7
 */
export class IntList {
  private values: Int32Array;
  length = 0;

  /** `capacity`: how many values fit before the list grows (a known bound spares the copies). */
  constructor(capacity = 1024) {
    this.values = new Int32Array(Math.max(1, capacity));
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const bigger = new Int32Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.length++] = value;
  }

  /** The value at `index`, or −1 past the end. */
  get(index: number): number {
    return index < this.length ? (this.values[index] ?? -1) : -1;
  }
}
