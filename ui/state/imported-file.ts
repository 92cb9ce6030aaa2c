import type { ColumnRole, EmotionScale, ImportResult } from '../../core/src/index.js';

/** A file read into the panel: its bytes stay in memory so a remap or a scale change re-imports it. */
export interface ImportedFile {
  name: string;
  bytes: Uint8Array;
  result: ImportResult;
  /** Column roles chosen by the user for this file, by header. */
  columnMap: Record<string, ColumnRole>;
  /** The emotion scale forced by the user; `undefined`: detected. */
  scale: EmotionScale | undefined;
  /** The workbook sheet chosen by the user; `undefined`: the first that holds data. */
  sheet?: string | undefined;
}

/**
 * The remaps remembered from earlier files that apply to this one: those whose header it has.
 *
 * @example importColumnMap(result, { Ressenti: 'emotion', Other: 'ignore' }) // { Ressenti: 'emotion' } when only Ressenti is a header
 */
export function importColumnMap(result: ImportResult, remembered: Readonly<Record<string, ColumnRole>>): Record<string, ColumnRole> {
  const headers = new Set(result.report?.columns.map((column) => column.header) ?? []);
  return Object.fromEntries(Object.entries(remembered).filter(([header]) => headers.has(header)));
}
