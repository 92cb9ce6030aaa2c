/** A merged range of cells, 0-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Writes each merged range's value (its top-left cell's) into every cell of the range, as a reader
 * sees a merged header: `Satisfaction` over three columns heads all three. A range that is the only
 * filled cell of a single row is a title or banner and stays one cell, so the title row above a
 * header is still read as the title (the same rule as CSV).
 *
 * @example spreadMerges([['Étape', 'Note', ''], ['a', '1', '2']], [{ top: 0, left: 1, bottom: 0, right: 2 }]) // [['Étape', 'Note', 'Note'], ['a', '1', '2']]
 */
export function spreadMerges(rows: string[][], merges: readonly CellRange[]): string[][] {
  for (const range of merges) {
    const value = rows[range.top]?.[range.left] ?? '';
    if (value === '') continue;
    if (range.top === range.bottom && filledCells(rows[range.top] ?? []) === 1) continue;
    for (let row = range.top; row <= range.bottom && row < rows.length; row++) {
      const cells = (rows[row] ??= []);
      while (cells.length <= range.right) cells.push('');
      for (let column = range.left; column <= range.right; column++) cells[column] = value;
    }
  }
  return rows;
}

function filledCells(cells: readonly string[]): number {
  return cells.reduce((count, cell) => (cell.trim() === '' ? count : count + 1), 0);
}

/**
 * An A1-style range (`B2:D3`, or one cell `B2`) as 0-based rows and columns.
 *
 * @example cellRange('B2:D3') // { top: 1, left: 1, bottom: 2, right: 3 }
 */
export function cellRange(reference: string): CellRange | undefined {
  const [from, to = from] = reference.split(':');
  const start = cellAddress(from ?? '');
  const end = cellAddress(to ?? '');
  return start && end ? { top: start.row, left: start.column, bottom: end.row, right: end.column } : undefined;
}

/**
 * An A1-style cell address as 0-based row and column (`$` anchors allowed).
 *
 * @example cellAddress('AB12') // { row: 11, column: 27 }
 */
export function cellAddress(reference: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(reference.trim());
  if (!match) return undefined;
  let column = 0;
  for (const letter of match[1]!.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}
