import { LIMITS } from '../model/limits.js';
import type { Problem } from '../model/problem.js';
import type { ProblemList } from './problem-list.js';

/**
 * Checks the shape of data rows one by one against the header: blank rows (an empty line, or
 * Excel's `;;;;`), rows with fewer cells than the header (missing cells read as empty), values past
 * the last named column, rows wider than the column limit. Ragged rows become warnings; `verdict`
 * then says whether the header fits the data at all. It looks at cell contents only where the shape
 * requires, so it costs little per row.
 *
 * @example const shape = new RowShape(['a', 'b'], warnings); shape.check(['1'], 2) // 'row', and a warning for row 2
 */
export class RowShape {
  readonly headerWidth: number;
  /** Non-blank data rows seen. */
  dataRows = 0;
  /** Rows with values past the last named column. */
  beyond = 0;
  /** Columns that hold a header name or a value anywhere. */
  width: number;

  /** The header's cells as compared with each row: trimmed, lower case. */
  private readonly headerKeys: readonly string[];

  constructor(
    header: readonly string[],
    private readonly warnings: ProblemList,
  ) {
    this.headerWidth = filledWidth(header);
    this.width = this.headerWidth;
    this.headerKeys = header.slice(0, this.headerWidth).map((cell) => cell.trim().toLowerCase());
  }

  /** `'blank'` to skip the row, `'row'` to read it, or a problem that stops the import. */
  check(record: readonly string[], row: number): 'blank' | 'row' | Problem {
    if (record.length > LIMITS.columns) return { row, message: `${record.length} cells in this row; Parcours reads at most ${LIMITS.columns} columns` };
    if (isBlank(record)) return 'blank';
    if (this.repeatsHeader(record)) {
      // Two exports pasted one under the other: the second header is not a stage named "Stage".
      this.warnings.add('repeated header', { row, message: 'this row repeats the header (files pasted one after the other?): skipped' });
      return 'blank';
    }
    this.dataRows++;
    if (record.length > this.headerWidth) {
      const last = filledWidth(record) - 1;
      if (last >= this.headerWidth) {
        this.beyond++;
        this.width = Math.max(this.width, last + 1);
        this.warnings.add('values past the last named column', {
          row,
          column: `Column ${last + 1}`,
          message: `this row has values past the last named column (${this.headerWidth}); they are read under unnamed columns`,
        });
      }
    } else if (record.length < this.headerWidth) {
      this.warnings.add('short rows', { row, message: `this row has ${record.length} cells where the header has ${this.headerWidth}; the missing cells are read as empty` });
    }
    return 'row';
  }

  /** The same names as the header, column for column (any case, blanks around): at least two of them. */
  private repeatsHeader(record: readonly string[]): boolean {
    if (this.headerWidth < 2 || filledWidth(record) !== this.headerWidth) return false;
    for (let index = 0; index < this.headerWidth; index++) {
      if ((record[index] ?? '').trim().toLowerCase() !== this.headerKeys[index]) return false;
    }
    return true;
  }

  /** A problem when most rows carry values past the header: then the header does not fit the data. */
  verdict(headerRow: number): Problem | undefined {
    if (this.dataRows < 2 || this.beyond * 2 <= this.dataRows) return undefined;
    return {
      row: headerRow,
      message: `${this.beyond} of ${this.dataRows} rows have more values than the header has names (${this.headerWidth}); check the delimiter or name every column`,
    };
  }
}

/** Nothing but empty or blank cells. */
function isBlank(record: readonly string[]): boolean {
  for (const cell of record) if (!isBlankCell(cell)) return false;
  return true;
}

/** The record's width without its trailing empty or blank cells. */
export function filledWidth(record: readonly string[]): number {
  let width = record.length;
  while (width > 0 && isBlankCell(record[width - 1])) width--;
  return width;
}

/**
 * `cell.trim() === ''`, answered from the first character for most cells (printable ASCII is never
 * white space): it runs on every row of 100,000-row files.
 */
function isBlankCell(cell: string | undefined): boolean {
  if (cell === undefined || cell.length === 0) return true;
  const first = cell.charCodeAt(0);
  return first > 0x20 && first < 0x7f ? false : cell.trim() === '';
}
