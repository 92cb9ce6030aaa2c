/**
 * Workbook import speed (issue 16) on a 10 MB `.xlsx` of 100,000 interview rows:
 * - `import.workbook_ratio_vs_csv`: `importJourney` of the workbook (unzip, read the sheet, then the
 *   CSV pipeline) ÷ `importJourney` of the same rows saved as CSV, in interleaved pairs, each after
 *   a full garbage collection, as process CPU time; the median of the pairs' ratios. The reader's
 *   own cost is what the ratio shows. Target 6: the workbook holds twice the CSV's bytes as XML
 *   (42 MB unzipped for a 21 MB CSV), every cell an element with attributes, so even a reader as
 *   fast per byte as papaparse would sit near 3.
 * - `import.workbook_ms_10mb`: the median wall time of that workbook import, for the record: the
 *   panel runs it in a worker, so it never freezes the page, but the user waits for it.
 */
import { runInNewContext } from 'node:vm';
import v8 from 'node:v8';
import { importJourney } from '../../core/src/import/import-journey.js';
import { readWorkbook } from '../../core/src/import/workbook/read-workbook.js';
import { bigInterviews } from '../../test/fixtures/workbooks/big-interviews.js';
import { writeXlsx, type TestCell } from '../../test/fixtures/workbooks/write-workbook.js';
import type { BenchLine } from '../bench.js';
import { cpuTime } from './cpu-time.js';
import { median } from './median.js';

const PAIRS = 5;

export async function run(): Promise<BenchLine[]> {
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const { workbook, csv, rows } = benchFiles();
  const fromWorkbook = () => imported(importJourney(workbook, { filename: 'bench.xlsx', readWorkbook }));
  const fromCsv = () => imported(importJourney(csv, { filename: 'bench.csv' }));
  fromWorkbook();
  fromCsv();
  const ratios: number[] = [];
  const workbookMs: number[] = [];
  const csvMs: number[] = [];
  for (let pair = 0; pair < PAIRS; pair++) {
    gc();
    const plain = cpuTime(fromCsv);
    gc();
    const ours = cpuTime(fromWorkbook);
    csvMs.push(plain.wall);
    workbookMs.push(ours.wall);
    ratios.push(ours.cpu / plain.cpu);
  }
  const details = { workbook_mb: round(workbook.byteLength / 1e6), csv_mb: round(csv.byteLength / 1e6), rows };
  return [
    { name: 'import.workbook_ratio_vs_csv', value: round(median(ratios)), unit: 'ratio', target: 6, workbook_wall_ms: round(median(workbookMs)), csv_wall_ms: round(median(csvMs)), ...details },
    { name: 'import.workbook_ms_10mb', value: Math.round(median(workbookMs)), unit: 'ms', target: 15_000, ...details },
  ];
}

/** The workbook and its CSV, made in a function of their own so that the rows they came from are garbage by the time we measure. */
function benchFiles(): { workbook: Uint8Array; csv: Uint8Array; rows: number } {
  const sheet = bigInterviews(100_000);
  return { workbook: writeXlsx([sheet]), csv: new TextEncoder().encode(asCsv(sheet.rows)), rows: sheet.rows.length - 1 };
}

function imported(result: ReturnType<typeof importJourney>): number {
  if (!result.ok) throw new Error(`bench import failed: ${result.problems[0]?.message ?? ''}`);
  return result.journey.cards.length;
}

/** The rows as a spreadsheet saves them as CSV: comma-separated, quoted where needed, dates as ISO. */
function asCsv(rows: readonly TestCell[][]): string {
  const text = (cell: TestCell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : cell === null || typeof cell === 'object' ? '' : String(cell));
  return rows.map((row) => row.map((cell) => { const value = text(cell); return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value; }).join(',')).join('\r\n');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
