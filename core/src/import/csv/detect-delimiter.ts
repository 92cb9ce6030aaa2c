import Papa from 'papaparse';
import { filledWidth } from './filled-width.js';
import { say } from '../../words/say.js';
import type { Said } from '../../words/wording.js';

export type Delimiter = ',' | ';' | '\t';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/** Records looked at; enough to see a pattern, few enough to cost nothing on a 50 MB file. */
const SAMPLE_RECORDS = 30;

/**
 * Chooses the delimiter among `,` `;` and tab: the one that splits the header (the first record it
 * splits, so that a title line above is passed over) into several columns and gives the same number
 * of cells on most of the first records. A French Excel file with
 * decimals like `3,5` thus gets `;` even though it holds commas. Papaparse's own guess breaks ties.
 *
 * @example detectDelimiter('Étape;Émotion\nDécouverte;3,5\nAchat;2,5', '\n') // { delimiter: ';', … }
 */
export function detectDelimiter(text: string, newline: '\r\n' | '\n' | '\r'): { delimiter: Delimiter; reason: Said; headerWidth: number } {
  const guessed = Papa.parse<string[]>(text, { delimitersToGuess: [...DELIMITERS], preview: SAMPLE_RECORDS, newline }).meta.delimiter;
  let best = { delimiter: DELIMITERS[0] as Delimiter, score: -1, headerWidth: 0, consistent: 0, records: 0 };
  for (const delimiter of DELIMITERS) {
    const records = Papa.parse<string[]>(text, { delimiter, preview: SAMPLE_RECORDS, newline }).data.filter(
      (record) => record.some((cell) => cell.trim() !== ''),
    );
    // A title line above the header (one cell, no delimiter) is not the header.
    const header = records.find((record) => filledWidth(record) >= 2) ?? records[0] ?? [];
    const headerWidth = filledWidth(header);
    const consistent = records.filter((record) => record.length === header.length).length;
    const share = records.length === 0 ? 0 : consistent / records.length;
    const score = (headerWidth >= 2 ? 10 : 0) + share * 5 + (delimiter === guessed ? 0.5 : 0) + Math.min(headerWidth, 500) / 1000;
    if (score > best.score) best = { delimiter, score, headerWidth, consistent, records: records.length };
  }
  const reason =
    best.headerWidth >= 2
      ? say('delimiter.splits', { delimiter: best.delimiter, columns: best.headerWidth, alike: best.consistent, lines: best.records })
      : say('delimiter.assumed', { delimiter: best.delimiter });
  return { delimiter: best.delimiter, reason, headerWidth: best.headerWidth };
}
