import type { ZipEntries } from './zip-entries.js';
import type { WorkbookSheet } from './workbook.js';
import { numberText, RowLimitReached, SheetRows } from './sheet-rows.js';
import { spreadMerges, type CellRange } from './spread-merges.js';
import { xmlEvents } from './xml-events.js';

type Zip = Extract<ZipEntries, { ok: true }>;

/** Repeats materialised at most: a sheet ends with a row "repeated" to the last of 1,048,576. */
const MAX_REPEAT = 16_384;

/**
 * Reads the sheets of an OpenDocument spreadsheet (ODF 1.2 part 1, §9.1) from `content.xml`: rows
 * and cells with their repeat counts (empty repeats are counted, never materialised, so trailing
 * filler costs nothing), the value by `office:value-type` (floats as stored, dates as ISO, text as its
 * paragraphs joined by line breaks), merged cells (`number-columns-spanned`, `number-rows-spanned`)
 * spread. Comments (`office:annotation`) are not cell text.
 *
 * @example readOds(zip) // [{ name: 'Feuille1', rows: [['Étape', 'Émotion'], ['Découverte', '3.5']], truncated: false }]
 */
export function readOds(zip: Zip): WorkbookSheet[] {
  const xml = zip.text('content.xml');
  if (xml === undefined) throw new Error('no content.xml');
  const sheets: WorkbookSheet[] = [];
  let rows = new SheetRows();
  let merges: CellRange[] = [];
  let sheetName = '';
  let row = 0;
  let rowRepeat = 1;
  let rowCells: { text: string; repeat: number }[] = [];
  let column = 0;
  let cell: { value: string | undefined; repeat: number; paragraphs: string[] } | undefined;
  let paragraph: string | undefined;
  let annotation = 0;
  let stopped = false;

  const finishRow = () => {
    const filled = rowCells.some((entry) => entry.text !== '');
    const times = filled ? Math.min(rowRepeat, MAX_REPEAT) : 0;
    for (let copy = 0; copy < times; copy++) {
      let at = 0;
      for (const entry of rowCells) {
        const count = entry.text === '' ? entry.repeat : Math.min(entry.repeat, MAX_REPEAT);
        if (entry.text !== '') for (let index = 0; index < count; index++) rows.set(row + copy, at + index, entry.text);
        at += count;
      }
    }
    row += rowRepeat;
  };

  try {
    xmlEvents(xml, {
      open: (tag, attributes) => {
        if (stopped) return;
        if (annotation > 0) {
          if (tag === 'office:annotation') annotation++;
          return;
        }
        switch (tag) {
          case 'table:table':
            rows = new SheetRows();
            merges = [];
            sheetName = attributes['table:name'] ?? `Sheet${sheets.length + 1}`;
            row = 0;
            break;
          case 'table:table-row':
            rowRepeat = Math.max(1, Number(attributes['table:number-rows-repeated'] ?? 1) || 1);
            rowCells = [];
            column = 0;
            break;
          case 'table:table-cell':
          case 'table:covered-table-cell': {
            const repeat = Math.max(1, Number(attributes['table:number-columns-repeated'] ?? 1) || 1);
            cell = { value: officeValue(attributes), repeat, paragraphs: [] };
            const across = Number(attributes['table:number-columns-spanned'] ?? 1);
            const down = Number(attributes['table:number-rows-spanned'] ?? 1);
            if (across > 1 || down > 1) merges.push({ top: row, left: column, bottom: row + down - 1, right: column + across - 1 });
            break;
          }
          case 'text:p':
          case 'text:h':
            if (cell) paragraph = '';
            break;
          case 'text:s':
            if (paragraph !== undefined) paragraph += ' '.repeat(Math.min(Number(attributes['text:c'] ?? 1) || 1, 1000));
            break;
          case 'text:tab':
            if (paragraph !== undefined) paragraph += '\t';
            break;
          case 'text:line-break':
            if (paragraph !== undefined) paragraph += '\n';
            break;
          case 'office:annotation':
            annotation = 1;
            break;
        }
      },
      close: (tag) => {
        if (stopped) return;
        if (annotation > 0) {
          if (tag === 'office:annotation') annotation--;
          return;
        }
        switch (tag) {
          case 'text:p':
          case 'text:h':
            if (cell && paragraph !== undefined) cell.paragraphs.push(paragraph);
            paragraph = undefined;
            break;
          case 'table:table-cell':
          case 'table:covered-table-cell':
            if (cell) {
              rowCells.push({ text: cell.value ?? cell.paragraphs.join('\n'), repeat: cell.repeat });
              column += cell.repeat;
            }
            cell = undefined;
            break;
          case 'table:table-row':
            finishRow();
            break;
          case 'table:table':
            sheets.push({ name: sheetName, rows: spreadMerges(rows.records, merges), truncated: false });
            break;
        }
      },
      text: (text) => {
        if (!stopped && annotation === 0 && paragraph !== undefined) paragraph += text;
      },
    });
  } catch (error) {
    if (!(error instanceof RowLimitReached)) throw error;
    // The row limit is Parcours' whole-file limit: the sheet being read is the one too long.
    sheets.push({ name: sheetName, rows: rows.records, truncated: true });
    stopped = true;
  }
  return sheets;
}

/**
 * A typed cell's value as text (ODF 1.2 part 1, §19.385–19.387): numbers as stored, dates as ISO
 * (midnight dropped), times from `PT10H30M00S` to `10:30`, booleans as `TRUE`/`FALSE`, percentages
 * as `35%`. `undefined` for text cells, whose paragraphs are the value.
 */
function officeValue(attributes: Readonly<Record<string, string>>): string | undefined {
  switch (attributes['office:value-type']) {
    case 'float':
    case 'currency':
      return attributes['office:value'] === undefined ? undefined : numberText(attributes['office:value']);
    case 'percentage': {
      const value = Number(attributes['office:value']);
      return Number.isFinite(value) ? `${String(Math.round(value * 100 * 1e9) / 1e9)}%` : undefined;
    }
    case 'date':
      return attributes['office:date-value']?.replace(/T00:00(:00(\.\d+)?)?Z?$/, '').replace(/(T\d\d:\d\d):00(\.\d+)?Z?$/, '$1');
    case 'time': {
      const match = /^PT(\d+)H(\d+)M(\d+(?:\.\d+)?)S$/.exec(attributes['office:time-value'] ?? '');
      if (!match) return undefined;
      const seconds = Math.round(Number(match[3]));
      const clock = `${match[1]!.padStart(2, '0')}:${match[2]!.padStart(2, '0')}`;
      return seconds === 0 ? clock : `${clock}:${String(seconds).padStart(2, '0')}`;
    }
    case 'boolean':
      return attributes['office:boolean-value'] === 'true' ? 'TRUE' : 'FALSE';
    default:
      return undefined;
  }
}
