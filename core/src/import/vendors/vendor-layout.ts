import type { ColumnQuestion } from '../columns/column-question.js';

import type { SurveyVendor } from '../../model/problem.js';

/** The survey tools whose export layouts Parcours recognises. */
export type VendorName = SurveyVendor;

/**
 * A survey tool's export recognised in a table's first records: which tool, where its header starts
 * and how many records it takes, one display header per column (what a researcher reads: the
 * question, with its row), and what each column asked.
 */
export interface VendorLayout {
  vendor: VendorName;
  /** The record index of the first header record. */
  firstHeader: number;
  /** How many records the header takes (Qualtrics 3, SurveyMonkey 2, the others 1). */
  headerRows: number;
  header: string[];
  /** Per column; `undefined` for a column that asked nothing (a blank header). */
  questions: (ColumnQuestion | undefined)[];
}
