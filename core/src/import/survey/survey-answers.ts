import type { CsvTable } from '../csv/csv-table.js';
import { readEmotion, type EmotionReading } from '../emotion/read-emotion.js';
import { RecentCells } from '../names/recent-cells.js';

/** One column's answers, read once. */
export interface ColumnAnswers {
  /** Per data row (indexed like the table's rows): its answer, an index into `texts`; −1 for a blank row. */
  readonly ids: Int32Array;
  /** The distinct cells as written (`''` for an empty one), in the order first met. */
  readonly texts: readonly string[];
  /** How many rows gave each of `texts`. */
  readonly rows: readonly number[];
  /** The length of the longest cell. */
  readonly longest: number;
}

/**
 * The answers of a survey's used columns, read in one pass over the rows when first asked for, and
 * each distinct answer read once: a 50,000-respondent export repeats a few ratings, segments and
 * comments thousands of times, and its rows are read once, all the columns it uses together, instead
 * of once per step (the summaries, the scale, the ratings, the quotes). Steps then work on the
 * answers' indexes, row by row in file order as before, so sums add up in the same order.
 *
 * @example const answers = new SurveyAnswers(table, [3, 4]); answers.of(3).texts // ['4', '5', '', '2']
 */
export class SurveyAnswers {
  private readonly columns = new Map<number, ColumnAnswers>();
  private readonly readingLists = new Map<number, EmotionReading[]>();

  /** `planned`: the columns the import reads, read together on the first request for any of them; another column is read on its own. */
  constructor(
    private readonly table: CsvTable,
    private readonly planned: readonly number[],
  ) {}

  /** The answers of the column at `column` (0-based). */
  of(column: number): ColumnAnswers {
    const known = this.columns.get(column);
    if (known !== undefined) return known;
    const rowCount = this.table.rows.length;
    const asked = new ColumnReader(column, rowCount);
    const readers = [asked];
    if (this.planned.includes(column)) {
      for (const other of this.planned) if (other !== column && !this.columns.has(other)) readers.push(new ColumnReader(other, rowCount));
    }
    readColumns(this.table, readers);
    for (const reader of readers) this.columns.set(reader.column, reader);
    return asked;
  }

  /** Each distinct answer of a column read as an emotion (`readEmotion`), by index into its `texts`. */
  readings(column: number): readonly EmotionReading[] {
    const known = this.readingLists.get(column);
    if (known !== undefined) return known;
    const readings = this.of(column).texts.map((text) => readEmotion(text));
    this.readingLists.set(column, readings);
    return readings;
  }
}

/** One column's answers while the rows are read. */
class ColumnReader {
  readonly ids: Int32Array;
  readonly texts: string[] = [];
  readonly rows: number[] = [];
  longest = 0;
  private readonly byText = new Map<string, number>();
  // A column's answers mostly repeat the one before them in their slot: answered without hashing.
  private readonly recent = new RecentCells<number>();

  constructor(
    readonly column: number,
    rowCount: number,
  ) {
    this.ids = new Int32Array(rowCount).fill(-1);
  }

  read(cell: string, rowIndex: number): void {
    let id = this.recent.get(cell);
    if (id === undefined) {
      id = this.byText.get(cell);
      if (id === undefined) {
        id = this.texts.length;
        this.texts.push(cell);
        this.rows.push(0);
        this.byText.set(cell, id);
        if (cell.length > this.longest) this.longest = cell.length;
      }
      this.recent.set(cell, id);
    }
    this.rows[id] = (this.rows[id] ?? 0) + 1;
    this.ids[rowIndex] = id;
  }
}

/** Gives each reader its column's cells, in one pass over the rows (blank rows skipped). */
function readColumns(table: CsvTable, readers: readonly ColumnReader[]): void {
  const { rows, blank } = table;
  for (let index = 0; index < rows.length; index++) {
    if (blank[index] === 1) continue;
    const row = rows[index] ?? [];
    for (const reader of readers) reader.read(row[reader.column] ?? '', index);
  }
}
