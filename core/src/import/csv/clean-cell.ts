/** The CSV export's formula neutralisation: one `'` before `= + - @`, tab or carriage return. */
export const NEUTRALISED_FORMULA = /^'(?='*[=+\-@\t\r])/;

/**
 * A single-value cell (stage name, phase, persona) as the user meant it: trimmed, and without the
 * `'` the CSV export puts before text a spreadsheet would run as a formula.
 *
 * @example cleanCell("  '=Total ") // '=Total'
 */
export function cleanCell(cell: string | undefined): string {
  if (cell === undefined) return '';
  const text = cell.trim();
  return text.charCodeAt(0) === 0x27 ? text.replace(NEUTRALISED_FORMULA, '') : text;
}
