/**
 * The record's width without its trailing empty or blank cells (Excel pads rows with `;;;`).
 *
 * @example filledWidth(['Étape', 'Actions', '', ' ']) // 2
 */
export function filledWidth(record: readonly string[]): number {
  let width = record.length;
  while (width > 0 && isBlankCell(record[width - 1])) width--;
  return width;
}

/**
 * `cell.trim() === ''`, answered from the first character for most cells (printable ASCII is never
 * white space): it runs on every row of 100,000-row files.
 */
export function isBlankCell(cell: string | undefined): boolean {
  if (cell === undefined || cell.length === 0) return true;
  const first = cell.charCodeAt(0);
  return first > 0x20 && first < 0x7f ? false : cell.trim() === '';
}
