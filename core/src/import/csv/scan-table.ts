import type { Problem } from '../../model/problem.js';
import type { ProblemList } from '../problem-list.js';
import type { Delimiter } from './detect-delimiter.js';
import { RowShape } from './row-shape.js';

/** What one pass over the records found. */
export interface TableScan {
  /** 1 where a data row (after the header) holds nothing but empty cells. */
  blank: Uint8Array;
  /** Non-blank data rows. */
  dataRows: number;
  /** Columns that hold a header name or a value anywhere: trailing empty columns (Excel) are not counted. */
  width: number;
  /** Limits broken or a header that does not fit the data: the import stops. */
  problems: Problem[];
}

/**
 * Checks the shape of every data row below the header (`RowShape`) before any interpretation, and
 * flags blank rows so importers skip them while row numbers stay true.
 *
 * @example scanTable([['a', 'b'], ['1']], 0, warnings, ',') // { dataRows: 1, width: 2, … } and a warning for row 2
 */
export function scanTable(records: readonly (readonly string[])[], headerIndex: number, warnings: ProblemList, delimiter: Delimiter | undefined): TableScan {
  const shape = new RowShape(records[headerIndex] ?? [], warnings, delimiter);
  const blank = new Uint8Array(Math.max(0, records.length - headerIndex - 1));
  for (let index = headerIndex + 1; index < records.length; index++) {
    const verdict = shape.check(records[index] ?? [], index + 1);
    if (verdict === 'blank') blank[index - headerIndex - 1] = 1;
    else if (verdict !== 'row') return { blank, dataRows: shape.dataRows, width: shape.width, problems: [verdict] };
  }
  const misfit = shape.verdict(headerIndex + 1);
  return { blank, dataRows: shape.dataRows, width: shape.width, problems: misfit === undefined ? [] : [misfit] };
}
