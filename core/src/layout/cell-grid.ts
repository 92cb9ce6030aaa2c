/** How the cards of one stage × lane cell are arranged. */
export interface CellGrid {
  columns: number;
  rows: number;
  /** Size of the grid of cards, gaps included (0 × 0 when the cell is empty). */
  w: number;
  h: number;
}

/**
 * Arranges `count` items of one size in a small grid, as square as possible and at most
 * `maxColumns` wide: 1 → 1×1, 2 → 2×1, 3–4 → 2×2, 5–9 → 3×3, more → 3 columns and more rows.
 *
 * @example cellGrid(3, { w: 200, h: 200 }, 16, 3) // { columns: 2, rows: 2, w: 416, h: 416 }
 */
export function cellGrid(count: number, item: { w: number; h: number }, gap: number, maxColumns: number): CellGrid {
  if (count <= 0) return { columns: 0, rows: 0, w: 0, h: 0 };
  const columns = Math.min(Math.max(1, maxColumns), Math.ceil(Math.sqrt(count)));
  const rows = Math.ceil(count / columns);
  return { columns, rows, w: columns * item.w + (columns - 1) * gap, h: rows * item.h + (rows - 1) * gap };
}
