import type { Problem } from '../../model/problem.js';

/**
 * One sheet of a workbook as the CSV pipeline reads it: records of cell texts, record index + 1 being
 * the sheet's row number, so every message points at the row the user sees. Cells are already
 * written as text from their type: numbers in JavaScript's shortest form (`3.5` whatever the locale),
 * dates as ISO dates, multi-line text with its line breaks, merged ranges spread (see `spreadMerges`).
 */
export interface WorkbookSheet {
  name: string;
  rows: string[][];
  /** More rows than Parcours reads: reading stopped past the row limit. */
  truncated: boolean;
}

/** A workbook's visible sheets, in tab order. */
export interface Workbook {
  kind: 'xlsx' | 'ods';
  sheets: WorkbookSheet[];
}

export type WorkbookRead = { ok: true; workbook: Workbook } | { ok: false; problem: Problem };

/**
 * Reads a workbook's bytes. The reader (`readWorkbook` in `read-workbook.ts`, with fflate and saxes)
 * is passed in rather than imported by `importJourney`, so that the panel loads it only when a
 * workbook is opened (PRODUCT.md §8: the bundle budgets).
 */
export type ReadWorkbook = (bytes: Uint8Array) => WorkbookRead;
