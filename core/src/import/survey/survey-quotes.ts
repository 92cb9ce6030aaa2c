import type { CsvTable } from '../csv/csv-table.js';
import { normalizeKey } from '../names/normalize-key.js';
import { SURVEY_WORDS } from './survey-words.js';

/** One quote kept from a free-text survey column. */
export interface SurveyQuote {
  text: string;
  /** How many respondents wrote it (case and accents aside). */
  count: number;
  /** File rows (`row 12`): never the respondent's name or e-mail. */
  sources: string[];
}

const EMAIL = /[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[A-Za-z]{2,}/g;
const PHONE = /(?<![\w])\+?\d[\d .()-]{7,}\d(?![\w])/g;

/**
 * The quotes of a free-text survey column ("What could we improve?"): every answer, the same words
 * counted once, most often written first, then longest, then in file order; the `max` first kept.
 * E-mail addresses and phone numbers written in an answer are masked: personal data never reaches
 * the board.
 *
 * @example surveyQuotes(table, 7, 3, 'en') // [{ text: 'More legroom', count: 4, sources: ['row 5', …] }, …]
 */
export function surveyQuotes(table: CsvTable, column: number, max: number, locale: 'fr' | 'en'): SurveyQuote[] {
  const byKey = new Map<string, SurveyQuote & { first: number }>();
  for (let index = 0; index < table.rows.length; index++) {
    if (table.blank[index] === 1) continue;
    const raw = (table.rows[index]?.[column] ?? '').trim();
    if (raw === '' || raw.length < 2) continue;
    const text = maskPersonal(raw, locale);
    const key = normalizeKey(text);
    const row = `row ${table.locate(index, column).row}`;
    const known = byKey.get(key);
    if (known === undefined) byKey.set(key, { text, count: 1, sources: [row], first: index });
    else {
      known.count++;
      known.sources.push(row);
    }
  }
  return [...byKey.values()]
    .sort((a, b) => b.count - a.count || b.text.length - a.text.length || a.first - b.first)
    .slice(0, max)
    .map(({ text, count, sources }) => ({ text, count, sources }));
}

/**
 * Masks e-mail addresses and phone numbers in a free-text answer.
 *
 * @example maskPersonal('Call me on +33 6 12 34 56 78', 'en') // 'Call me on [phone]'
 */
export function maskPersonal(text: string, locale: 'fr' | 'en'): string {
  const words = SURVEY_WORDS[locale];
  return text.replace(EMAIL, words.email).replace(PHONE, (found) => ((found.match(/\d/g)?.length ?? 0) >= 9 ? words.phone : found));
}
