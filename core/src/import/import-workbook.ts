import { say } from '../words/say.js';
import type { Said } from '../words/wording.js';
import type { ImportResult, Problem } from '../model/problem.js';
import { tooManyRows } from './csv/parse-records.js';
import { importRecords } from './import-csv.js';
import type { ImportOptions } from './import-options.js';
import type { Workbook, WorkbookSheet } from './workbook/workbook.js';
import type { WorkbookKind } from './workbook/workbook-kind.js';

/**
 * Imports a workbook's bytes: reads them with `options.readWorkbook`, chooses the sheet
 * (`options.sheet`, else the first that holds data), and sends its rows through the same table
 * pipeline as a CSV (`importRecords`): header and title row, formats, limits, messages. Problems and
 * warnings name the sheet; `sheets` names the sheet read and lists them all, even when it fails.
 *
 * @example importWorkbook(bytes, 'xlsx', { filename: 'parcours.xlsx', readWorkbook, sheet: 'Entretiens' }) // { ok: true, sheets: { read: 'Entretiens', names: ['Parcours', 'Entretiens'] }, … }
 */
export function importWorkbook(bytes: Uint8Array, kind: WorkbookKind, options: ImportOptions): ImportResult {
  const file = options.filename;
  const fail = (said: Said): ImportResult => ({ ok: false, problems: [{ ...(file === undefined ? {} : { file }), ...said }] });
  if (kind === 'encrypted') return fail(say('workbook.encrypted'));
  if (kind === 'xls') return fail(say('workbook.xls'));
  if (options.readWorkbook === undefined) return fail(say('workbook.noReader', { kind }));
  const read = options.readWorkbook(bytes);
  if (!read.ok) return { ok: false, problems: [{ ...(file === undefined ? {} : { file }), ...read.problem }] };
  const workbook = read.workbook;
  const names = workbook.sheets.map((sheet) => sheet.name);
  const chosen = chooseSheet(workbook, options.sheet);
  if (!chosen.ok) return fail(chosen.problem);
  const { sheet, reason } = chosen;
  if (sheet.truncated) return { ok: false, problems: [{ ...(file === undefined ? {} : { file }), sheet: sheet.name, ...tooManyRows() }] };
  const result = importRecords(evenRows(sheet.rows), { notes: [say('note.sheet', { sheet: sheet.name, reason })], warnings: [] }, options);
  const inSheet = (problem: Problem): Problem => ({ ...problem, sheet: sheet.name });
  // Even when this sheet fails, the others are offered: the first sheet holding data may be notes.
  const sheets = { read: sheet.name, names };
  return result.ok ? { ...result, warnings: result.warnings.map(inSheet), sheets } : { ...result, problems: result.problems.map(inSheet), sheets };
}

type Chosen = { ok: true; sheet: WorkbookSheet; reason: Said } | { ok: false; problem: Said };

/** The sheet asked for (name in any case, or 1-based position), else the first that holds data. */
function chooseSheet(workbook: Workbook, wanted: string | number | undefined): Chosen {
  const sheets = workbook.sheets;
  const names = sheets.map((sheet) => sheet.name);
  if (wanted !== undefined && wanted !== '') {
    const byName = sheets.find((sheet) => sheet.name === wanted) ?? sheets.find((sheet) => sheet.name.toLowerCase() === String(wanted).trim().toLowerCase());
    const position = typeof wanted === 'number' ? wanted : /^\d+$/.test(wanted.trim()) ? Number(wanted) : undefined;
    const sheet = byName ?? (position === undefined ? undefined : sheets[position - 1]);
    if (sheet) return { ok: true, sheet, reason: say('sheet.asked') };
    return { ok: false, problem: typeof wanted === 'number' ? say('workbook.noSheetNumber', { number: wanted, sheets: names }) : say('workbook.noSheetNamed', { name: wanted, sheets: names }) };
  }
  const index = sheets.findIndex(hasData);
  const sheet = sheets[index];
  if (sheet === undefined) return { ok: false, problem: sheets.length === 0 ? say('workbook.noVisibleSheet') : say('workbook.empty') };
  const others = sheets.length - 1;
  const reason = others === 0 ? say('sheet.only') : index === 0 ? say('sheet.first', { sheets: sheets.length }) : say('sheet.firstWithData', { sheets: sheets.length });
  return { ok: true, sheet, reason };
}

function hasData(sheet: WorkbookSheet): boolean {
  return sheet.rows.some((row) => row.some((cell) => cell.trim() !== ''));
}

/**
 * A sheet's rows padded to its widest row, as a spreadsheet's CSV export writes them: a workbook
 * stores no empty cell, and a row ending early is no short row.
 */
function evenRows(rows: string[][]): string[][] {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  for (const row of rows) while (row.length < width) row.push('');
  return rows;
}
