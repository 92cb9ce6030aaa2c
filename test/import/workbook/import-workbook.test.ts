import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importJourney } from '../../../core/src/import/import-journey.js';
import type { ImportOptions } from '../../../core/src/import/import-options.js';
import { readWorkbook } from '../../../core/src/import/workbook/read-workbook.js';
import { LIMITS } from '../../../core/src/model/limits.js';
import { formatProblem, type ImportResult } from '../../../core/src/model/problem.js';
import { writeOds, writeXlsx, type TestCell, type TestSheet } from '../../fixtures/workbooks/write-workbook.js';

const fixtures = join(__dirname, '../../fixtures/workbooks');

function imported(bytes: Uint8Array, options: ImportOptions = {}) {
  const result = importJourney(bytes, { filename: 'parcours.xlsx', readWorkbook, ...options });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result;
}

function problems(result: ImportResult): string[] {
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** The rows as a spreadsheet's "Save as CSV (semicolon)" writes them, for the same-as-CSV checks. */
function asCsv(rows: readonly TestCell[][]): string {
  const width = Math.max(...rows.map((row) => row.length));
  const text = (cell: TestCell | undefined) => (cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell));
  const quote = (cell: string) => (/[;"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => Array.from({ length: width }, (_, index) => quote(text(row[index]))).join(';')).join('\r\n');
}

/** The mean of ratings on 1–5 as Parcours' −2…+2 score: the mean minus 3, to three decimals. */
const score15 = (...ratings: number[]) => Math.round((ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length - 3) * 1000) / 1000;

const WIDE_FR: TestSheet = {
  name: 'Feuil1',
  rows: [
    ['Ouverture d’un compte en ligne'],
    ['Étape', 'Phase', 'Actions', 'Points de contact', 'Difficultés', 'Émotion', 'Opportunités'],
    ['Découverte', 'Sensibilisation', 'Voit une publicité\nEn parle avec un collègue', 'Instagram', 'Offre difficile à comparer', 3.5, 'Comparatif des frais'],
    ['Souscription', 'Achat', 'Remplit le formulaire', 'Site web', 'Trop de pièces demandées', 2, 'Moins de pièces'],
    ['Premier usage', 'Usage', 'Active sa carte', 'Appli mobile', null, 4.5, null],
  ],
  merges: ['A1:G1'],
};

const INTERVIEWS: TestSheet = {
  name: 'Entretiens',
  rows: [
    ['Participant', 'Étape', 'Verbatim', 'Émotion', 'Date'],
    ['P1', 'Découverte', 'Trop de pubs', 4, new Date(Date.UTC(2024, 2, 1))],
    ['P2', 'Découverte', 'Clair\net rapide', 5, new Date(Date.UTC(2024, 2, 1))],
    ['P3', 'Découverte', 'Bof', 3, new Date(Date.UTC(2024, 2, 2))],
    ['P1', 'Achat', 'Long', 1, new Date(Date.UTC(2024, 2, 1))],
    ['P2', 'Achat', 'Cher', 2, new Date(Date.UTC(2024, 2, 1))],
  ],
};

describe('workbooks import as their sheet would as a CSV', () => {
  it('the French wide template: title row above the header, multi-line cell as several cards, emotions from typed numbers', () => {
    const { journey, report, warnings, sheets } = imported(writeXlsx([WIDE_FR]));
    expect(sheets).toEqual({ read: 'Feuil1', names: ['Feuil1'] });
    expect(journey.title).toBe('Ouverture d’un compte en ligne');
    expect(journey.locale).toBe('fr');
    expect(journey.stages.map((stage) => [stage.name, stage.phase])).toEqual([
      ['Découverte', 'Sensibilisation'],
      ['Souscription', 'Achat'],
      ['Premier usage', 'Usage'],
    ]);
    expect(journey.emotions.map((emotion) => emotion.score)).toEqual([score15(3.5), score15(2), score15(4.5)]);
    const actions = journey.lanes.find((lane) => lane.kind === 'actions')?.id;
    expect(journey.cards.filter((card) => card.laneId === actions).map((card) => card.text)).toEqual(['Voit une publicité', 'En parle avec un collègue', 'Remplit le formulaire', 'Active sa carte']);
    expect(report).toMatchObject({ format: 'wide-csv', scale: '1-5', rows: 3, stages: 3 });
    expect(report.delimiter).toBeUndefined();
    expect(report.encoding).toBeUndefined();
    expect(report.notes?.map((note) => note.message)).toContain('title "Ouverture d’un compte en ligne" read from row 1, above the header');
    expect(warnings).toEqual([]);
  });

  it('gives the same journey as the same rows saved as CSV (wide, interview)', () => {
    for (const sheet of [WIDE_FR, INTERVIEWS]) {
      const fromCsv = importJourney(asCsv(sheet.rows), { filename: 'parcours.csv' });
      const fromXlsx = imported(writeXlsx([sheet]));
      const fromOds = imported(writeOds([sheet]), { filename: 'parcours.ods' });
      expect(fromCsv.ok && fromXlsx.journey).toEqual(fromCsv.ok && fromCsv.journey);
      expect(fromOds.journey).toEqual(fromXlsx.journey);
    }
  });

  it('an interview sheet: stage means from the ratings, a multi-line verbatim kept as one quote, dates as ISO dates', () => {
    const { journey, report } = imported(writeXlsx([INTERVIEWS]));
    expect(report.format).toBe('interview-csv');
    expect(journey.stages.map((stage) => stage.name)).toEqual(['Découverte', 'Achat']);
    expect(journey.emotions.map((emotion) => [emotion.score, emotion.n])).toEqual([
      [score15(4, 5, 3), 3],
      [score15(1, 2), 2],
    ]);
    expect(journey.cards.map((card) => card.text)).toContain('Clair\net rapide');
    expect(report.columns.find((column) => column.header === 'Date')?.role).toBe('date');
  });

  it('a survey sheet: one rating column per touchpoint, means per column', () => {
    const rows: TestCell[][] = [
      ['Répondant', 'Type de client', 'Réservation / Site web', 'Gare / Accueil', 'À bord / Confort'],
      ['R1', 'Abonné', 7, 4, 9],
      ['R2', 'Occasionnel', 8, 6, 5],
      ['R3', 'Abonné', 6, 5, 10],
      ['R4', 'Occasionnel', 9, 2, 6],
    ];
    const fromCsv = importJourney(asCsv(rows), { filename: 'parcours.csv' });
    const { journey, report } = imported(writeXlsx([{ name: 'Enquête', rows }]));
    expect(report.format).toBe('survey-csv');
    expect(journey.stages.map((stage) => stage.name)).toEqual(['Réservation', 'Gare', 'À bord']);
    expect(fromCsv.ok && journey).toEqual(fromCsv.ok && fromCsv.journey);
  });

  it('reads a number cell 3.5 as 3.5 whatever the language of the headers', () => {
    const rows: TestCell[][] = [['Stage', 'Emotion'], ['Discover', 3.5], ['Buy', 1.25]];
    const french: TestCell[][] = [['Étape', 'Émotion'], ['Découverte', 3.5], ['Achat', 1.25]];
    expect(imported(writeXlsx([{ name: 'S', rows }])).journey.emotions.map((emotion) => emotion.score)).toEqual([score15(3.5), score15(1.25)]);
    expect(imported(writeXlsx([{ name: 'S', rows: french }])).journey.emotions.map((emotion) => emotion.score)).toEqual([score15(3.5), score15(1.25)]);
  });

  it('a merged header names every column it covers', () => {
    const sheet: TestSheet = { name: 'S', rows: [['Étape', 'Actions', null, 'Émotion'], ['Découverte', 'Voit une pub', 'Lit un avis', 4]], merges: ['B1:C1'] };
    const { report } = imported(writeXlsx([sheet]));
    expect(report.columns.map((column) => column.header)).toEqual(['Étape', 'Actions', 'Actions', 'Émotion']);
    const csv = importJourney('Étape;Actions;Actions;Émotion\nDécouverte;Voit une pub;Lit un avis;4', { filename: 'parcours.csv' });
    expect(csv.ok && imported(writeXlsx([sheet])).journey).toEqual(csv.ok && csv.journey);
  });

  it('reads the workbook SheetJS wrote: merged title and header, typed numbers', () => {
    const { journey, sheets } = imported(new Uint8Array(readFileSync(join(fixtures, 'sheetjs-title-merged.xlsx'))), { filename: 'sheetjs.xlsx' });
    expect(journey.title).toBe('Mon parcours');
    expect(journey.stages.map((stage) => stage.name)).toEqual(['Découverte', 'Achat']);
    expect(journey.emotions.map((emotion) => emotion.score)).toEqual([score15(3.5), score15(2)]);
    expect(sheets?.names).toEqual(['Feuil1', 'Autre']);
  });
});

describe('choosing the sheet', () => {
  const workbook = writeXlsx([{ name: 'Notes', rows: [] }, WIDE_FR, INTERVIEWS]);

  it('reads the first sheet that holds data by default, and says so', () => {
    const { report, sheets } = imported(workbook);
    expect(sheets).toEqual({ read: 'Feuil1', names: ['Notes', 'Feuil1', 'Entretiens'] });
    expect(report.format).toBe('wide-csv');
    expect(report.notes?.[0]?.message).toBe('sheet "Feuil1": the first sheet that holds data (of 3); choose another to read it');
  });

  it.each([
    ['by name', 'Entretiens'],
    ['by name in another case', 'entretiens'],
    ['by position', 3],
    ['by position written as text (the CLI)', '3'],
  ])('reads the sheet asked for %s', (_, sheet) => {
    const { report, sheets } = imported(workbook, { sheet });
    expect([sheets?.read, report.format]).toEqual(['Entretiens', 'interview-csv']);
  });

  it('names the sheets there are when the one asked for is not', () => {
    expect(problems(importJourney(workbook, { filename: 'parcours.xlsx', readWorkbook, sheet: 'Résumé' }))).toEqual(['parcours.xlsx: the workbook has no sheet "Résumé"; its sheets are "Notes", "Feuil1", "Entretiens"']);
    expect(problems(importJourney(workbook, { filename: 'parcours.xlsx', readWorkbook, sheet: 4 }))).toEqual(['parcours.xlsx: the workbook has no sheet number 4; its sheets are "Notes", "Feuil1", "Entretiens"']);
  });

  it('offers the other sheets when the one read is no table', () => {
    const result = importJourney(writeXlsx([{ name: 'Consignes', rows: [['Remplir une ligne par étape'], ['Merci']] }, WIDE_FR]), { filename: 'parcours.xlsx', readWorkbook });
    expect(result.ok).toBe(false);
    expect(result.sheets).toEqual({ read: 'Consignes', names: ['Consignes', 'Feuil1'] });
  });

  it('says when no sheet holds data', () => {
    expect(problems(importJourney(writeXlsx([{ name: 'A', rows: [] }, { name: 'B', rows: [[null]] }]), { filename: 'vide.xlsx', readWorkbook }))).toEqual(['vide.xlsx: the file is empty: no sheet of the workbook holds data']);
  });
});

describe('workbook messages: located like CSV, with the sheet', () => {
  it('names the sheet, the row and the column', () => {
    const sheet: TestSheet = { name: 'Feuil1', rows: [['Participant', 'Étape', 'Émotion'], ['P1', 'A', 4], ['P2', 'A', 2], ['P3', 'B', 'beaucoup'], ['P1', 'B', 1]] };
    const { warnings } = imported(writeXlsx([sheet]), { filename: 'entretiens.xlsx' });
    expect(warnings.map(formatProblem)).toContain('entretiens.xlsx, Feuil1, row 4, column "Émotion": "beaucoup" is not a number, a percentage or an emotion word: left out');
  });

  it('the row limit, as for a CSV', () => {
    const rows: TestCell[][] = [['Participant', 'Étape', 'Émotion'], ...Array.from({ length: LIMITS.rows + 1 }, (_, index): TestCell[] => [`P${index % 50}`, `S${index % 5}`, (index % 5) + 1])];
    expect(problems(importJourney(writeXlsx([{ name: 'Feuil1', rows }]), { filename: 'gros.xlsx', readWorkbook }))).toEqual([`gros.xlsx, Feuil1: the file has more than ${LIMITS.rows.toLocaleString('en')} rows, the most Parcours reads; split it`]);
  });

  it('the size limit, before the workbook is read', () => {
    const bytes = new Uint8Array(LIMITS.fileBytes + 1);
    bytes.set(writeXlsx([WIDE_FR]));
    expect(problems(importJourney(bytes, { filename: 'gros.xlsx', readWorkbook }))[0]).toMatch(/^gros\.xlsx: the file is more than 50 MB; Parcours reads files up to 50 MB/);
  });

  it.each([
    ['a damaged workbook', writeXlsx([WIDE_FR]).slice(0, 300), 'abîmé.xlsx: the workbook cannot be read: it is damaged or not a complete .xlsx/.ods file. Open it in your spreadsheet and save it again, or save the sheet as CSV'],
    [
      'a password-protected workbook',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...[...'EncryptedPackage'].flatMap((letter) => [letter.charCodeAt(0), 0])]),
      'abîmé.xlsx: the workbook is protected by a password: open it in your spreadsheet, remove the password (File › Info › Protect workbook) or save a copy as CSV, and import that',
    ],
    ['an old .xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'abîmé.xlsx: this is an old Excel workbook (.xls), which Parcours does not read: open it in Excel and save it as .xlsx or CSV'],
  ])('%s gets a clear message', (_, bytes, message) => {
    expect(problems(importJourney(bytes, { filename: 'abîmé.xlsx', readWorkbook }))).toEqual([message]);
  });

  it('without a reader (a caller that did not load it), a workbook is refused, not read as text', () => {
    expect(problems(importJourney(writeXlsx([WIDE_FR]), { filename: 'parcours.xlsx' }))).toEqual(['parcours.xlsx: this is an Excel (.xlsx) workbook, which cannot be read here: save the sheet as CSV']);
  });
});
