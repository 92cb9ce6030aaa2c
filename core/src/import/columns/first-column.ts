import type { ColumnRole } from './column-role.js';
import type { Column } from './column.js';

/**
 * The first column with `role`, marked as used; later columns with the same role stay unused and
 * are reported as such.
 *
 * @example firstColumn(columns, 'stage')?.header // 'Étape'
 */
export function firstColumn(columns: readonly Column[], role: ColumnRole): Column | undefined {
  const column = columns.find((candidate) => candidate.role === role);
  if (column !== undefined) column.used = true;
  return column;
}
