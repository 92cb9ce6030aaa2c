import { LIMITS } from '../../model/limits.js';
import type { Problem } from '../../model/problem.js';
import type { ProblemList } from '../problem-list.js';
import { DELIMITERS, type Delimiter } from './detect-delimiter.js';
import { filledWidth, isBlankCell } from './filled-width.js';
import { say } from '../../words/say.js';

/**
 * Checks the shape of data rows one by one against the header: blank rows (an empty line, or
 * Excel's `;;;;`), rows with fewer cells than the header (missing cells read as empty), values past
 * the last named column, rows wider than the column limit. A short row that another delimiter would
split into the header's columns is said to be written with it (a line pasted from another file).
Ragged rows become warnings; `verdict`
 * then says whether the header fits the data at all. It looks at cell contents only where the shape
 * requires, so it costs little per row.
 *
 * @example const shape = new RowShape(['a', 'b'], warnings, ';'); shape.check(['1'], 2) // 'row', and a warning for row 2
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
    /** The CSV's delimiter; `undefined` for a workbook's sheet, whose cells no delimiter splits. */
    private readonly delimiter: Delimiter | undefined,
  ) {
    this.headerWidth = filledWidth(header);
    this.width = this.headerWidth;
    this.headerKeys = header.slice(0, this.headerWidth).map((cell) => cell.trim().toLowerCase());
  }

  /** `'blank'` to skip the row, `'row'` to read it, or a problem that stops the import. */
  check(record: readonly string[], row: number): 'blank' | 'row' | Problem {
    if (record.length > LIMITS.columns) return { row, ...say('csv.rowTooWide', { cells: record.length, max: LIMITS.columns }) };
    if (isBlank(record)) return 'blank';
    if (this.repeatsHeader(record)) {
      // Two exports pasted one under the other: the second header is not a stage named "Stage".
      this.warnings.add('repeated header', { row, ...say('csv.repeatedHeader') });
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
          ...say('csv.pastLastColumn', { width: this.headerWidth }),
        });
      }
    } else if (record.length < this.headerWidth) {
      const other = this.otherDelimiter(record);
      if (other === undefined) {
        this.warnings.add('short rows', { row, ...say('csv.shortRow', { cells: record.length, width: this.headerWidth }) });
      } else {
        this.warnings.add('rows with another delimiter', { row, ...say('csv.otherDelimiter', { cells: record.length, width: this.headerWidth, other, delimiter: this.delimiter ?? ',' }) });
      }
    }
    return 'row';
  }

  /** The same names as the header, column for column (any case, blanks around): at least two of them. */
  private repeatsHeader(record: readonly string[]): boolean {
    if (this.headerWidth < 2 || !mayBeName(record[0] ?? '', this.headerKeys[0] ?? '') || filledWidth(record) !== this.headerWidth) return false;
    for (let index = 0; index < this.headerWidth; index++) {
      if ((record[index] ?? '').trim().toLowerCase() !== this.headerKeys[index]) return false;
    }
    return true;
  }

  /** The delimiter that would split a short row into exactly the header's columns, if one does. */
  private otherDelimiter(record: readonly string[]): Delimiter | undefined {
    if (this.delimiter === undefined) return undefined;
    const text = record.join(this.delimiter);
    return DELIMITERS.find((delimiter) => delimiter !== this.delimiter && text.split(delimiter).length === this.headerWidth);
  }

  /** A problem when most rows carry values past the header: then the header does not fit the data. */
  verdict(headerRow: number): Problem | undefined {
    if (this.dataRows < 2 || this.beyond * 2 <= this.dataRows) return undefined;
    return {
      row: headerRow,
      ...say('csv.headerTooNarrow', { beyond: this.beyond, rows: this.dataRows, width: this.headerWidth }),
    };
  }
}

/**
 * False when `cell.trim().toLowerCase()` cannot be `key`, told from the cell's first character and
 * length without copying it; true when it may be. Run on the first cell of every row, it spares
 * nearly every data row the reading of its last cells. A first character in printable ASCII is the
 * trimmed text's own; lower case only lengthens a text where it holds an İ (one becomes two).
 */
function mayBeName(cell: string, key: string): boolean {
  const first = cell.charCodeAt(0);
  if (!(first > 0x20 && first < 0x7f)) return true;
  const lower = first >= 0x41 && first <= 0x5a ? first + 0x20 : first;
  return lower === key.charCodeAt(0) && (cell.length >= key.length || cell.includes('\u0130'));
}

/** Nothing but empty or blank cells. */
function isBlank(record: readonly string[]): boolean {
  for (const cell of record) if (!isBlankCell(cell)) return false;
  return true;
}
