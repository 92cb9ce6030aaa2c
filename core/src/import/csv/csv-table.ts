/**
 * The data part of a CSV once its header is found: header names (blank ones named `Column N`),
 * data rows (blank rows flagged, not removed, so positions stay true), and how to point the user at
 * a cell in the file. A transposed template (stages as columns) is presented through the same shape.
 */
export interface CsvTable {
  header: readonly string[];
  rows: readonly (readonly string[])[];
  /** 1 where a data row holds nothing but empty cells. */
  blank: Uint8Array;
  /** The file row (1-based, header row of a plain CSV = 1) and column header of a data cell. */
  locate(rowIndex: number, columnIndex: number): { row: number; column: string };
}

/**
 * A plain table whose header is record `headerIndex` of `records`.
 *
 * @example plainTable([['Stage'], ['Discover']], 0, ['Stage'], new Uint8Array(1)).locate(0, 0) // { row: 2, column: 'Stage' }
 */
export function plainTable(records: readonly (readonly string[])[], headerIndex: number, header: readonly string[], blank: Uint8Array): CsvTable {
  return {
    header,
    rows: records.slice(headerIndex + 1),
    blank,
    locate: (rowIndex, columnIndex) => ({ row: headerIndex + rowIndex + 2, column: header[columnIndex] ?? `Column ${columnIndex + 1}` }),
  };
}
