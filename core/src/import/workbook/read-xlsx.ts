import type { ZipEntries } from './zip-entries.js';
import type { WorkbookSheet } from './workbook.js';
import { cellText, numberText, RowLimitReached, SheetRows } from './sheet-rows.js';
import { isDateFormat, isoDate, isPercentFormat } from './spreadsheet-dates.js';
import { cellRange, spreadMerges, type CellRange } from './spread-merges.js';
import { xmlEvents } from './xml-events.js';

type Zip = Extract<ZipEntries, { ok: true }>;
type NumberStyle = 'date' | 'percent' | 'number';

/**
 * Reads the visible sheets of an Office Open XML workbook (ECMA-376 part 1, SpreadsheetML) from its
 * unzipped parts: the workbook and its relationships name the sheets and their parts, the shared
 * strings and the cell styles (which number formats are dates) say what each cell holds. Formulas
 * give their cached value, as Excel shows it. Throws on malformed XML (the caller says "corrupt").
 *
 * @example readXlsx(zip) // [{ name: 'Feuil1', rows: [['Parcours'], ['Étape', 'Émotion'], ['Découverte', '3.5']], truncated: false }]
 */
export function readXlsx(zip: Zip): WorkbookSheet[] {
  const workbookPath = officeDocument(zip) ?? 'xl/workbook.xml';
  const workbookXml = zip.text(workbookPath);
  if (workbookXml === undefined) throw new Error(`no ${workbookPath}`);
  const targets = relationshipTargets(zip, workbookPath);
  let date1904 = false;
  const sheets: { name: string; path: string }[] = [];
  xmlEvents(workbookXml, {
    open: (name, attributes) => {
      if (name === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      if (name !== 'sheet' || attributes.state === 'hidden' || attributes.state === 'veryHidden') return;
      const path = targets.get(attributes['r:id'] ?? '');
      if (path !== undefined && attributes.name !== undefined) sheets.push({ name: attributes.name, path });
    },
  });
  const strings = sharedStrings(zip, targets);
  const styles = numberStyles(zip, targets);
  return sheets.map(({ name, path }) => readSheet(name, zip.text(path) ?? '', strings, styles, date1904));
}

/** The workbook part named by the package's relationships (`_rels/.rels`). */
function officeDocument(zip: Zip): string | undefined {
  const rels = zip.text('_rels/.rels');
  if (rels === undefined) return undefined;
  let target: string | undefined;
  xmlEvents(rels, {
    open: (name, attributes) => {
      if (name === 'Relationship' && attributes.Type?.endsWith('/officeDocument')) target = attributes.Target?.replace(/^\//, '');
    },
  });
  return target;
}

/** Relationship ids of the workbook to part paths, and `#type` entries for its shared strings and styles. */
function relationshipTargets(zip: Zip, workbookPath: string): Map<string, string> {
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const rels = zip.text(`${folder}_rels/${workbookPath.slice(folder.length)}.rels`) ?? '';
  const targets = new Map<string, string>();
  xmlEvents(rels, {
    open: (name, attributes) => {
      const target = attributes.Target;
      if (name !== 'Relationship' || target === undefined || attributes.TargetMode === 'External') return;
      const path = target.startsWith('/') ? target.slice(1) : `${folder}${target}`;
      if (attributes.Id !== undefined) targets.set(attributes.Id, path);
      const type = attributes.Type?.slice(attributes.Type.lastIndexOf('/') + 1);
      if (type !== undefined) targets.set(`#${type}`, path);
    },
  });
  return targets;
}

/** The shared string table: rich text runs joined, phonetic hints (`rPh`) left out. */
function sharedStrings(zip: Zip, targets: ReadonlyMap<string, string>): string[] {
  const xml = zip.text(targets.get('#sharedStrings') ?? 'xl/sharedStrings.xml');
  const strings: string[] = [];
  if (xml === undefined) return strings;
  let current = '';
  let inText = false;
  let phonetic = 0;
  xmlEvents(xml, {
    open: (name) => {
      if (name === 'si') current = '';
      else if (name === 't') inText = phonetic === 0;
      else if (name === 'rPh') phonetic++;
    },
    close: (name) => {
      if (name === 'si') strings.push(cellText(current));
      else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
    },
    text: (text) => {
      if (inText) current += text;
    },
  });
  return strings;
}

/** What each cell style (`s`, an index into `cellXfs`) does to a number: date, percentage or plain. */
function numberStyles(zip: Zip, targets: ReadonlyMap<string, string>): NumberStyle[] {
  const xml = zip.text(targets.get('#styles') ?? 'xl/styles.xml');
  const styles: NumberStyle[] = [];
  if (xml === undefined) return styles;
  const codes = new Map<number, string>();
  let inCellXfs = false;
  xmlEvents(xml, {
    open: (name, attributes) => {
      if (name === 'numFmt') codes.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        const code = codes.get(id);
        styles.push(isDateFormat(id, code) ? 'date' : isPercentFormat(id, code) ? 'percent' : 'number');
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

/** One worksheet part: its cells by type (ECMA-376 part 1 §18.3.1.4, `t`), then its merged ranges spread. */
function readSheet(name: string, xml: string, strings: readonly string[], styles: readonly NumberStyle[], date1904: boolean): WorkbookSheet {
  const rows = new SheetRows();
  const merges: CellRange[] = [];
  let row = -1;
  let column = -1;
  let type = 'n';
  let style = 0;
  let value = '';
  let collecting = false;
  let inInline = false;
  let phonetic = 0;
  // A sheet repeats few dates many times (one per interview day): each is worked out once.
  const dates = new Map<string, string>();
  const finishCell = () => {
    if (value === '') return;
    const numberStyle = styles[style] ?? 'number';
    if (numberStyle === 'date' && (type === 'n' || type === '')) {
      let text = dates.get(value);
      if (text === undefined) dates.set(value, (text = typedText(type, value, numberStyle, strings, date1904)));
      rows.set(row, column, text);
    } else rows.set(row, column, typedText(type, value, numberStyle, strings, date1904));
  };
  try {
    xmlEvents(xml, {
      open: (tag, attributes) => {
        switch (tag) {
          case 'row':
            row = attributes.r === undefined ? row + 1 : Number(attributes.r) - 1;
            column = -1;
            break;
          case 'c':
            column = attributes.r === undefined ? column + 1 : columnOf(attributes.r, column + 1);
            type = attributes.t ?? 'n';
            style = attributes.s === undefined ? 0 : Number(attributes.s);
            value = '';
            break;
          case 'v':
            collecting = true;
            break;
          case 'is':
            inInline = true;
            break;
          case 't':
            collecting = inInline && phonetic === 0;
            break;
          case 'rPh':
            phonetic++;
            break;
          case 'mergeCell': {
            const range = cellRange(attributes.ref ?? '');
            if (range) merges.push(range);
            break;
          }
        }
      },
      close: (tag) => {
        if (tag === 'v' || tag === 't') collecting = false;
        else if (tag === 'is') inInline = false;
        else if (tag === 'rPh') phonetic--;
        else if (tag === 'c') finishCell();
      },
      text: (text) => {
        if (collecting) value += text;
      },
    });
  } catch (error) {
    if (!(error instanceof RowLimitReached)) throw error;
  }
  return { name, rows: spreadMerges(rows.records, merges), truncated: rows.truncated };
}

/**
 * The 0-based column of an A1 reference (`AB12` → 27), read from its letters without a regular
 * expression: it runs for every cell. `fallback` when the reference has no letters.
 */
function columnOf(reference: string, fallback: number): number {
  let column = 0;
  for (let index = 0; index < reference.length; index++) {
    const code = reference.charCodeAt(index) & ~0x20;
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column === 0 ? fallback : column - 1;
}

function typedText(type: string, value: string, style: NumberStyle, strings: readonly string[], date1904: boolean): string {
  switch (type) {
    case 's':
      return strings[Number(value)] ?? '';
    case 'str':
    case 'inlineStr':
    case 'e':
      return cellText(value);
    case 'b':
      return value === '1' || value === 'true' ? 'TRUE' : 'FALSE';
    case 'd':
      return value.replace(/T00:00(:00(\.0+)?)?Z?$/, '');
    default: {
      const number = Number(value);
      if (!Number.isFinite(number)) return cellText(value);
      if (style === 'date') return isoDate(number, date1904);
      if (style === 'percent') return `${numberText(String(Math.round(number * 100 * 1e9) / 1e9))}%`;
      return numberText(value);
    }
  }
}
