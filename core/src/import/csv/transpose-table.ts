import type { CsvTable } from './csv-table.js';

/**
 * Turns a template laid out like the map itself (stages as columns, lanes as rows, lane names in
 * the first column) into one row per stage, keeping every cell's true position in the file for
 * messages. The first column of the result holds the stage names, titled `stageHeader`.
 *
 * @example transposeTable(table, 'Étape').header // ['Étape', 'Actions', 'Points de contact']
 */
export function transposeTable(table: CsvTable, stageHeader: string): CsvTable {
  const laneRows: number[] = [];
  table.rows.forEach((_, index) => {
    if (table.blank[index] !== 1) laneRows.push(index);
  });
  const header = [stageHeader, ...laneRows.map((index) => (table.rows[index]?.[0] ?? '').trim())];
  const rows: string[][] = [];
  for (let column = 1; column < table.header.length; column++) {
    rows.push([table.header[column] ?? '', ...laneRows.map((index) => table.rows[index]?.[column] ?? '')]);
  }
  const blank = new Uint8Array(rows.length);
  rows.forEach((row, index) => {
    if (row.every((cell) => cell.trim() === '')) blank[index] = 1;
  });
  return {
    header,
    rows,
    blank,
    locate: (rowIndex, columnIndex) => {
      const stageColumn = rowIndex + 1;
      const stageName = (table.header[stageColumn] ?? '').trim() || `Column ${stageColumn + 1}`;
      if (columnIndex === 0) return { row: table.locate(0, stageColumn).row - 1, column: stageName };
      return { row: table.locate(laneRows[columnIndex - 1] ?? 0, stageColumn).row, column: stageName };
    },
  };
}
