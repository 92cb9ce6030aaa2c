import type { ProblemList } from '../problem-list.js';
import { COLUMN_ROLES, type ColumnRole } from './column-role.js';
import type { Column } from './column.js';
import { headerKey } from './header-key.js';
import { recognizeHeader } from './recognize-header.js';
import { say } from '../../words/say.js';

/**
 * Reads every header of the table: recognised role, title, language, scale hint. Blank headers are
 * named `Column N`. The caller's `columnMap` (header as written, or any spelling of it, → role)
 * overrides recognition; entries that name no column or no role are warned about. `remembered`
 * (`ImportOptions.rememberedColumnMap`) is matched the same way but skips such entries quietly, and
 * yields to `columnMap` for the same column.
 *
 * @example mapColumns(['Étape', 'Irritants', 'Durée'], undefined, warnings).map((column) => column.role) // ['stage', 'painPoint', 'attribute']
 * @example mapColumns(['Étape', 'Ressenti'], { ressenti: 'emotion' }, warnings, { Ressenti: 'ignore', Canal: 'channel' })[1]?.role // 'emotion', no warning
 */
export function mapColumns(
  header: readonly string[],
  columnMap: Readonly<Record<string, ColumnRole>> | undefined,
  warnings: ProblemList,
  remembered?: Readonly<Record<string, ColumnRole>> | undefined,
): Column[] {
  // Remembered roles first, so that an explicit entry for the same column replaces them.
  const forced = forcedRoles(header, remembered, undefined);
  for (const [index, role] of forcedRoles(header, columnMap, warnings)) forced.set(index, role);
  return header.map((raw, index) => {
    const name = raw.trim() === '' ? `Column ${index + 1}` : raw.trim();
    const recognized = recognizeHeader(name);
    const role = forced.get(index) ?? recognized.role;
    const column: Column = {
      index,
      header: name,
      role,
      title: recognized.title,
      bareTitle: recognized.bareTitle,
      forced: forced.has(index) || recognized.tagged,
      used: false,
    };
    if (recognized.language !== undefined) column.language = recognized.language;
    if (recognized.scale !== undefined) column.scale = recognized.scale;
    return column;
  });
}

/** The columns `columnMap` gives a role to, by index; without `warnings`, entries that do not apply are skipped quietly. */
function forcedRoles(header: readonly string[], columnMap: Readonly<Record<string, ColumnRole>> | undefined, warnings: ProblemList | undefined): Map<number, ColumnRole> {
  const forced = new Map<number, ColumnRole>();
  for (const [name, role] of Object.entries(columnMap ?? {})) {
    if (!(COLUMN_ROLES as readonly string[]).includes(role)) {
      warnings?.add('column map', { column: name, ...say('columns.badRole', { role: String(role), roles: COLUMN_ROLES }) });
      continue;
    }
    let index = header.findIndex((raw) => raw.trim() === name.trim());
    if (index === -1) index = header.findIndex((raw) => headerKey(raw) === headerKey(name) && headerKey(name) !== '');
    if (index === -1) {
      warnings?.add('column map', { column: name, ...say('columns.notInFile') });
      continue;
    }
    forced.set(index, role);
  }
  return forced;
}
