import { LIMITS } from '../../model/limits.js';

/** Rows read past the row limit (title lines, blank lines, the header), as `parseRecords` allows. */
const SLACK_ROWS = 1000;
/** The widest sheet Excel makes (XFD); a cell further right is not data. */
const MAX_COLUMNS = 16_384;

/** Thrown by a handler to stop parsing once the row limit is passed. */
export class RowLimitReached extends Error {}

/**
 * Collects a sheet's cells into records while it is parsed: gaps (rows or cells the file leaves out)
 * become empty cells, so record index + 1 is the sheet's row number and cell index its column.
 *
 * @example const rows = new SheetRows(); rows.set(3, 1, 'Découverte'); rows.records // [[], [], [], ['', 'Découverte']]
 */
export class SheetRows {
  readonly records: string[][] = [];
  truncated = false;

  /** Sets a cell's text; throws `RowLimitReached` past the row limit. */
  set(row: number, column: number, text: string): void {
    if (text === '' || column >= MAX_COLUMNS || row < 0 || column < 0) return;
    if (row >= LIMITS.rows + SLACK_ROWS) {
      this.truncated = true;
      throw new RowLimitReached();
    }
    while (this.records.length <= row) this.records.push([]);
    const cells = this.records[row]!;
    while (cells.length < column) cells.push('');
    cells[column] = text;
  }
}

/**
 * A cell's text as the CSV pipeline wants it: OOXML's `_xHHHH_` escapes decoded (Excel writes a
 * carriage return as `_x000D_`, ECMA-376 part 1 §22.9.2.19) and line breaks as `\n`.
 *
 * @example cellText('ligne 1_x000D_\nligne 2') // 'ligne 1\nligne 2'
 */
export function cellText(text: string): string {
  const decoded = text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
  return decoded.includes('\r') ? decoded.replace(/\r\n?/g, '\n') : decoded;
}

/**
 * A number as the workbook stores it, in JavaScript's shortest round-trip form: `3.5`, never a
 * locale's `3,5`, and Excel's 17-digit `0.30000000000000004` as written.
 *
 * @example numberText('3.5000000000000000') // '3.5'
 */
export function numberText(value: string): string {
  const number = Number(value);
  return Number.isFinite(number) ? String(number) : value.trim();
}
