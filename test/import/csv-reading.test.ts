import { describe, expect, it } from 'vitest';
import { encodeText } from '../../core/src/import/text/encode-text.js';
import { importJourney } from '../../core/src/import/import-journey.js';
import type { ImportResult } from '../../core/src/model/problem.js';
import { asWritten } from '../words/as-written.js';

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  return result;
}

describe('CSV reading', () => {
  it.each([
    [',', 'Stage,Actions,Emotion\nDiscover,Reads,4\nBuy,Pays,2\n'],
    [';', 'Étape;Actions;Émotion\nDécouverte;Lit;3,5\nAchat;Paie;2,5\n'],
    ['\t', 'Stage\tActions\tEmotion\nDiscover\tReads, compares\t4\nBuy\tPays\t2\n'],
  ] as const)('detects the delimiter %j', (delimiter, text) => {
    const result = ok(importJourney(text));
    expect(result.report.delimiter).toBe(delimiter);
    expect(result.journey.stages).toHaveLength(2);
  });

  it('prefers ";" over "," in a French file whose decimals hold commas', () => {
    const result = ok(importJourney('Étape;Émotion;Actions\nDécouverte;3,5;Lit\nAchat;2,5;Paie, puis part\nUsage;4;Utilise\n'));
    expect(result.report.delimiter).toBe(';');
    expect(asWritten(result.journey.emotions.map((emotion) => emotion.score))).toEqual([0.5, -0.5, 1]);
  });

  it('honours the delimiter the options give', () => {
    expect(asWritten(ok(importJourney('Stage;Actions\nA;x,y\n', { delimiter: ',' })).report)).toMatchObject({ delimiter: ',', notes: ['delimiter ",": set in the import options'] });
  });

  it('reads the sep=; line Excel writes, and a byte-order mark before it', () => {
    const bytes = encodeText('sep=;\r\nÉtape;Actions\r\nDécouverte;Lit, compare\r\n', 'utf-8-bom');
    const result = ok(importJourney(bytes));
    expect(asWritten(result.report)).toMatchObject({ delimiter: ';', encoding: 'utf-8-bom', notes: expect.arrayContaining(['delimiter ";": the first line says sep=; (written by Excel)']) });
    expect(asWritten(result.journey.cards.map((card) => card.text))).toEqual(['Lit, compare']);
  });

  it('refuses a sep= line naming a delimiter it does not read', () => {
    expect(asWritten(importJourney('sep=|\nStage|Actions\n', { filename: 'x.csv' }))).toEqual({
      ok: false,
      problems: [{ file: 'x.csv', row: 1, message: 'the first line declares the delimiter "|"; Parcours reads "," ";" or tab' }],
    });
  });

  it('reads quoted cells with line breaks, delimiters and doubled quotes, with CRLF rows', () => {
    const result = ok(importJourney('Stage,Actions\r\nDiscover,"Reads ""the"" ad\nCompares, twice"\r\nBuy,Pays\r\n'));
    expect(asWritten(result.journey.cards.map((card) => card.text))).toEqual(['Reads "the" ad', 'Compares, twice', 'Pays']);
  });

  it('ignores trailing empty columns, empty lines and blank rows as Excel writes them', () => {
    const text = 'Étape;Actions;Émotion;;;\r\nDécouverte;Lit;4;;;\r\n;;;;;\r\n\r\nAchat;Paie;2;;;\r\n';
    const result = ok(importJourney(text));
    expect(asWritten(result.report.columns.map((column) => column.header))).toEqual(['Étape', 'Actions', 'Émotion']);
    expect(asWritten(result.journey.stages.map((stage) => stage.name))).toEqual(['Découverte', 'Achat']);
    expect(result.report.rows).toBe(2);
    expect(asWritten(result.warnings)).toEqual([]);
  });

  it('reads a row of non-breaking spaces as blank, like an empty one', () => {
    const result = ok(importJourney('Étape;Actions\nDécouverte;Lit\n\u00a0;\u00a0\nAchat;Paie\n'));
    expect(result.report.rows).toBe(2);
    expect(asWritten(result.journey.stages.map((stage) => stage.name))).toEqual(['Découverte', 'Achat']);
  });

  it('reads a title line above the header as the map title, and says so', () => {
    const result = ok(importJourney('Parcours client 2024;;\nÉtape;Actions;Émotion\nDécouverte;Lit;4\n', { filename: 'p.csv' }));
    expect(result.journey.title).toBe('Parcours client 2024');
    expect(asWritten(result.journey.stages.map((stage) => stage.name))).toEqual(['Découverte']);
    expect(asWritten(result.report).notes).toContain('title "Parcours client 2024" read from row 1, above the header');
    expect(asWritten(result.warnings)).toEqual([]);
  });

  it('reads a title line without delimiters, and still finds the delimiter of the header below it', () => {
    const result = ok(importJourney('Ouverture de compte\nÉtape;Actions\nDécouverte;Lit\n'));
    expect(result.journey.title).toBe('Ouverture de compte');
    expect(result.report.delimiter).toBe(';');
  });

  it('prefers the title given in the options to the title line', () => {
    expect(ok(importJourney('Parcours client 2024\nÉtape;Actions\nDécouverte;Lit\n', { title: 'Banque' })).journey.title).toBe('Banque');
  });

  it('skips the notes under a title line, and says so', () => {
    const text = '\nParcours client 2024;;\nSource : entretiens;mars 2024;\nÉtape;Actions;Émotion\nDécouverte;Lit;4\n';
    const result = ok(importJourney(text, { filename: 'p.csv' }));
    expect(result.journey.title).toBe('Parcours client 2024');
    expect(asWritten(result.warnings)).toEqual([{ file: 'p.csv', row: 4, message: 'the header is on row 4; the 1 other line(s) above it were skipped' }]);
  });

  it('skips lines above the header that are no title (several cells), and keeps the file name as title', () => {
    const result = ok(importJourney('Source;entretiens\nÉtape;Actions;Émotion\nDécouverte;Lit;4\n', { filename: 'parcours_banque.csv' }));
    expect(result.journey.title).toBe('Parcours banque');
    expect(asWritten(result.warnings)).toEqual([{ file: 'parcours_banque.csv', row: 2, message: 'the header is on row 2; the 1 line(s) above it were skipped' }]);
  });

  it('reads a byte-order mark at the start of text input as nothing', () => {
    expect(ok(importJourney('\uFEFFStage,Actions\nA,x\n')).report.columns[0]?.header).toBe('Stage');
  });

  it('reads Windows-1252 bytes with French text', () => {
    const result = ok(importJourney(encodeText('Étape;Difficultés\r\nDécouverte;Frais de 2 € non affichés d’emblée\r\n', 'windows-1252')));
    expect(result.report.encoding).toBe('windows-1252');
    expect(result.journey.cards[0]?.text).toBe('Frais de 2 € non affichés d’emblée');
  });

  it.each(['utf-16le', 'utf-16be'] as const)('reads %s (Excel’s "Unicode text", tab-separated)', (encoding) => {
    const result = ok(importJourney(encodeText('Étape\tActions\r\nDécouverte\tLit\r\n', encoding)));
    expect(asWritten(result.report)).toMatchObject({ encoding, delimiter: '\t' });
    expect(result.journey.cards[0]?.text).toBe('Lit');
  });
});
