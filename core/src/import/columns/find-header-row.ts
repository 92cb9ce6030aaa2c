import { recognizeHeader } from './recognize-header.js';

/** How far down a title block or notes above the header are looked for. */
const SEARCH_RECORDS = 10;

/**
 * The record that holds the header: the first non-blank one, unless a title line or notes come
 * first and a record a little lower reads as a header (two or more recognised column names).
 *
 * @example findHeaderRow([['Parcours client 2024'], ['Étape', 'Actions']]) // 1
 */
export function findHeaderRow(records: readonly (readonly string[])[]): number {
  const firstFilled = records.findIndex((record) => record.some((cell) => cell.trim() !== ''));
  if (firstFilled === -1) return -1;
  const recognised = (record: readonly string[]) => record.filter((cell) => cell.trim() !== '' && recognizeHeader(cell).role !== null).length;
  if (recognised(records[firstFilled] ?? []) >= 2) return firstFilled;
  for (let index = firstFilled + 1; index < Math.min(records.length, firstFilled + SEARCH_RECORDS); index++) {
    if (recognised(records[index] ?? []) >= 2) return index;
  }
  return firstFilled;
}
