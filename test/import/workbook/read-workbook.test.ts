import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../core/src/model/limits.js';
import { readWorkbook } from '../../../core/src/import/workbook/read-workbook.js';
import type { WorkbookSheet } from '../../../core/src/import/workbook/workbook.js';
import { workbookKind } from '../../../core/src/import/workbook/workbook-kind.js';
import { writeOds, writeXlsx, type TestSheet } from '../../fixtures/workbooks/write-workbook.js';
import { MAX_UNZIPPED_BYTES } from '../../../core/src/import/workbook/zip-entries.js';
import { say } from '../../../core/src/words/say.js';
import { wordMessage } from '../../../core/src/words/word-message.js';

const fixtures = join(__dirname, '../../fixtures/workbooks');

function sheetsOf(bytes: Uint8Array): WorkbookSheet[] {
  const read = readWorkbook(bytes);
  if (!read.ok) throw new Error(read.problem.message);
  return read.workbook.sheets;
}

const TYPED: TestSheet = {
  name: 'Feuil1',
  rows: [
    ['Étape', 'Note', 'Date', 'Vrai', 'Part'],
    ['Découverte', 3.5, new Date(Date.UTC(2024, 2, 1)), true, { percent: 0.35 }],
    ['Achat\nen ligne', 0.1 + 0.2, new Date(Date.UTC(2024, 2, 2, 10, 30)), false, null],
  ],
};

describe('workbookKind: a workbook is known by its bytes', () => {
  const oleHeader = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const utf16 = (text: string) => [...text].flatMap((letter) => [letter.charCodeAt(0), 0]);
  it.each([
    ['an .xlsx', writeXlsx([TYPED]), 'xlsx'],
    ['an .ods with mimetype first', writeOds([TYPED]), 'ods'],
    ['an .ods written by SheetJS (mimetype later)', new Uint8Array(readFileSync(join(fixtures, 'sheetjs-title-merged.ods'))), 'ods'],
    ['an .xlsx written by SheetJS', new Uint8Array(readFileSync(join(fixtures, 'sheetjs-title-merged.xlsx'))), 'xlsx'],
    ['a Word document (Office Open XML too)', zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') }), undefined],
    ['a ZIP of something else', zipSync({ 'notes.txt': strToU8('hello') }), undefined],
    ['an old .xls', new Uint8Array([...oleHeader, ...new Array(100).fill(0), ...utf16('Workbook')]), 'xls'],
    ['a password-protected workbook', new Uint8Array([...oleHeader, ...new Array(100).fill(0), ...utf16('EncryptedPackage')]), 'encrypted'],
    ['CSV text', strToU8('Étape;Émotion\nDécouverte;3'), undefined],
  ])('%s', (_, bytes, kind) => {
    expect(workbookKind(bytes)).toBe(kind);
  });
});

describe('readWorkbook: .xlsx', () => {
  it('writes each cell from its type: text with its line breaks, numbers as stored, dates as ISO, booleans, percentages', () => {
    const [sheet] = sheetsOf(writeXlsx([TYPED]));
    expect(sheet).toEqual({
      name: 'Feuil1',
      truncated: false,
      rows: [
        ['Étape', 'Note', 'Date', 'Vrai', 'Part'],
        ['Découverte', '3.5', '2024-03-01', 'TRUE', '35%'],
        ['Achat\nen ligne', '0.30000000000000004', '2024-03-02T10:30', 'FALSE'],
      ],
    });
  });

  it('reads inline strings, rich text runs, formulas by their cached value and errors as shown', () => {
    const [sheet] = sheetsOf(writeXlsx([{ name: 'S', rows: [['Étape', 'Texte', 'Calcul', 'Erreur'], [{ inline: 'Découverte' }, 'a', { formula: 'CONCAT("x","y")', cached: 'xy' }, { error: '#N/A' }]] }], { sharedStrings: false }));
    expect(sheet?.rows).toEqual([
      ['Étape', 'Texte', 'Calcul', 'Erreur'],
      ['Découverte', 'a', 'xy', '#N/A'],
    ]);
  });

  it('counts dates from 1904 when the workbook says so', () => {
    const [sheet] = sheetsOf(writeXlsx([{ name: 'S', rows: [['Date'], [new Date(Date.UTC(2024, 2, 1))]] }], { date1904: true }));
    expect(sheet?.rows[1]).toEqual(['2024-03-01']);
  });

  it('keeps rows and columns where the sheet has them: a gap is empty cells, so row numbers stay true', () => {
    const [sheet] = sheetsOf(writeXlsx([{ name: 'S', rows: [[], ['Étape', null, 'Émotion'], [], ['A', null, 4]] }]));
    expect(sheet?.rows).toEqual([[], ['Étape', '', 'Émotion'], [], ['A', '', '4']]);
  });

  it('spreads a merged header over its range, but keeps a merged title alone on its row', () => {
    const [sheet] = sheetsOf(writeXlsx([{ name: 'S', rows: [['Parcours client'], ['Étape', 'Satisfaction', null], ['A', 4, 5]], merges: ['A1:C1', 'B2:C2'] }]));
    expect(sheet?.rows).toEqual([['Parcours client'], ['Étape', 'Satisfaction', 'Satisfaction'], ['A', '4', '5']]);
  });

  it('spreads a cell merged down over the rows it covers', () => {
    const [sheet] = sheetsOf(writeXlsx([{ name: 'S', rows: [['Étape', 'Verbatim'], ['Achat', 'a'], [null, 'b']], merges: ['A2:A3'] }]));
    expect(sheet?.rows).toEqual([['Étape', 'Verbatim'], ['Achat', 'a'], ['Achat', 'b']]);
  });

  it('lists visible sheets in tab order and leaves hidden ones out', () => {
    const sheets = sheetsOf(writeXlsx([{ name: 'Parcours', rows: [['a']] }, { name: 'Calculs', rows: [['b']], hidden: true }, { name: 'Entretiens', rows: [['c']] }]));
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Parcours', 'Entretiens']);
  });

  it('stops past the row limit and says the sheet was cut', () => {
    const rows = Array.from({ length: LIMITS.rows + 1001 }, (_, index) => [index]);
    const [sheet] = sheetsOf(writeXlsx([{ name: 'S', rows }]));
    expect(sheet?.truncated).toBe(true);
    expect(sheet?.rows.length).toBe(LIMITS.rows + 1000);
  });

  it('reads the workbook SheetJS wrote (shared strings, merged title and header)', () => {
    const sheets = sheetsOf(new Uint8Array(readFileSync(join(fixtures, 'sheetjs-title-merged.xlsx'))));
    expect(sheets).toEqual([
      {
        name: 'Feuil1',
        truncated: false,
        rows: [['Mon parcours'], ['Étape', 'Satisfaction', 'Satisfaction', 'Date'], ['Découverte', '3.5', '4', '2024-03-01'], ['Achat', '2', '1', '2024-03-02T10:30']],
      },
      { name: 'Autre', truncated: false, rows: [['x']] },
    ]);
  });
});

describe('readWorkbook: .ods', () => {
  it('reads the same cells as the .xlsx of the same sheet', () => {
    expect(sheetsOf(writeOds([TYPED]))).toEqual(sheetsOf(writeXlsx([TYPED])));
  });

  it('expands repeated cells, leaves the filler rows and columns out, keeps spaces and skips comments', () => {
    const [sheet] = sheetsOf(writeOds([{ name: 'Feuille1', rows: [['Étape', 'Verbatim'], ['A', 'deux  espaces'], ['B', 'B']] }]));
    expect(sheet?.rows).toEqual([['Étape', 'Verbatim'], ['A', 'deux  espaces'], ['B', 'B']]);
  });

  it('spreads merged cells like the .xlsx reader', () => {
    const sheet: TestSheet = { name: 'S', rows: [['Parcours client', null, null], ['Étape', 'Satisfaction', null], ['A', 4, 5]], merges: ['A1:C1', 'B2:C2'] };
    expect(sheetsOf(writeOds([sheet]))[0]?.rows).toEqual([['Parcours client'], ['Étape', 'Satisfaction', 'Satisfaction'], ['A', '4', '5']]);
  });

  it('reads the spreadsheet SheetJS wrote', () => {
    const sheets = sheetsOf(new Uint8Array(readFileSync(join(fixtures, 'sheetjs-title-merged.ods'))));
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Feuil1', 'Autre']);
    expect(sheets[0]?.rows.slice(1)).toEqual([['Étape', 'Satisfaction', 'Satisfaction', 'Date'], ['Découverte', '3.5', '4', '2024-03-01'], ['Achat', '2', '1', '2024-03-02T10:30']]);
  });
});

describe('readWorkbook: damaged files get a problem, never a throw', () => {
  const damaged = /the workbook cannot be read: it is damaged/;
  it.each([
    ['a truncated .xlsx', writeXlsx([TYPED]).slice(0, 400)],
    ['an .xlsx cut in its last bytes', writeXlsx([TYPED]).slice(0, -30)],
    ['an .xlsx whose sheet is not XML', zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="A" r:id="rId1"/></sheets></workbook>'), 'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'), 'xl/worksheets/sheet1.xml': strToU8('<worksheet><sheetData><row><c><v>1</v></row>') })],
    ['an .xlsx with no workbook part', zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/styles.xml': strToU8('<styleSheet/>') })],
  ])('%s', (_, bytes) => {
    const read = readWorkbook(bytes);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.problem.message).toMatch(damaged);
  });
});

describe('readWorkbook: its problems are coded messages', () => {
  // The reader writes its coded problems out rather than importing `say` (and the whole word table);
  // each must be what `say` makes, so both languages word it.
  it('a damaged workbook: workbook.damaged, as say() words it', () => {
    const read = readWorkbook(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/styles.xml': strToU8('<styleSheet/>') }));
    expect(read.ok ? undefined : read.problem).toEqual(say('workbook.damaged'));
  });

  it('the unzipped limit: workbook.tooBig, as say() words it', () => {
    const mb = MAX_UNZIPPED_BYTES / 1024 / 1024;
    const problem = say('workbook.tooBig', { mb });
    expect(wordMessage(problem, 'fr')).toContain('Mo de données');
    expect(problem.message).toBe(`the workbook holds more than ${mb} MB of data once unzipped, more than Parcours reads; copy the sheet you need into a new workbook, or save it as CSV`);
    const source = readFileSync(join(__dirname, '../../../core/src/import/workbook/read-workbook.ts'), 'utf8');
    expect(source).toContain("code: 'workbook.tooBig'");
    expect(source).toContain('`the workbook holds more than ${mb} MB of data once unzipped, more than Parcours reads; copy the sheet you need into a new workbook, or save it as CSV`');
  });
});
