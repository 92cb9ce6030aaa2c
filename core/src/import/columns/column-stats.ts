import type { CsvTable } from '../csv/csv-table.js';
import { readNumber } from '../emotion/read-number.js';
import { normalizeKey } from '../names/normalize-key.js';

/** What the values of one column look like. */
export interface ColumnStats {
  /** Non-blank cells. */
  filled: number;
  /** Cells holding a plain number (`3`, `3,5`). */
  numbers: number;
  min: number;
  max: number;
  /** Every number is a whole number. */
  integers: boolean;
  /** Distinct values (case- and accent-insensitive), counted up to `DISTINCT_CAP`. */
  distinct: number;
  /** The distinct values in first-seen order, up to `DISTINCT_CAP`. */
  values: string[];
  /** No value appears twice (ids do that). */
  allDistinct: boolean;
  /** Mean length of the filled cells. */
  meanLength: number;
}

/** Past this many distinct values a column is no category anyway. */
export const DISTINCT_CAP = 64;
/** Spellings remembered to skip normalising repeats; past it, cells are normalised each time. */
const RAW_CAP = 1024;

/**
 * Describes one column from its first `limit` data rows: how full, how numeric, what range, how many
 * distinct values. Survey import uses it to tell ratings from ids, ages, free text and segments.
 *
 * @example columnStats(table, 2).numbers // 120
 */
export function columnStats(table: CsvTable, column: number, limit = Infinity): ColumnStats {
  const stats: ColumnStats = { filled: 0, numbers: 0, min: Infinity, max: -Infinity, integers: true, distinct: 0, values: [], allDistinct: true, meanLength: 0 };
  const seen = new Set<string>();
  const raw = new Set<string>();
  const exact = new Set<string>();
  let length = 0;
  const end = Math.min(table.rows.length, limit);
  for (let index = 0; index < end; index++) {
    if (table.blank[index] === 1) continue;
    const cell = (table.rows[index]?.[column] ?? '').trim();
    if (cell === '') continue;
    stats.filled++;
    length += cell.length;
    if (stats.allDistinct) {
      if (exact.has(cell)) stats.allDistinct = false;
      else exact.add(cell);
    }
    const value = readNumber(cell);
    if (value !== undefined) {
      stats.numbers++;
      if (value < stats.min) stats.min = value;
      if (value > stats.max) stats.max = value;
      if (!Number.isInteger(value)) stats.integers = false;
    }
    // A value already seen as written needs no normalising (most cells of a long column).
    if (seen.size < DISTINCT_CAP && !raw.has(cell)) {
      if (raw.size < RAW_CAP) raw.add(cell);
      const key = normalizeKey(cell);
      if (!seen.has(key)) {
        seen.add(key);
        stats.values.push(cell);
      }
    }
  }
  stats.distinct = seen.size;
  stats.meanLength = stats.filled === 0 ? 0 : length / stats.filled;
  return stats;
}
