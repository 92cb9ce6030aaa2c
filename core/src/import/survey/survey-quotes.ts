import type { CsvTable } from '../csv/csv-table.js';
import { normalizeKey } from '../names/normalize-key.js';
import type { SurveyAnswers } from './survey-answers.js';
import { SURVEY_WORDS } from './survey-words.js';

/** One quote kept from a free-text survey column. */
export interface SurveyQuote {
  text: string;
  /** How many respondents wrote it (case and accents aside). */
  count: number;
  /** File rows (`row 12`): never the respondent's name or e-mail. */
  sources: string[];
}

/** An answer while the column is read: the rows (0-based data rows) that wrote it. */
interface Tally {
  text: string;
  count: number;
  rows: number[];
  first: number;
}

const EMAIL = /[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[A-Za-z]{2,}/g;
const PHONE = /(?<![\w])\+?\d[\d .()-]{7,}\d(?![\w])/g;

/**
 * The quotes of a free-text survey column ("What could we improve?"): every answer, the same words
 * counted once, most often written first, then longest, then in file order; the `max` first kept.
 * E-mail addresses and phone numbers written in an answer are masked: personal data never reaches
 * the board.
 *
 * @example surveyQuotes(table, answers, 7, 3, 'en') // [{ text: 'More legroom', count: 4, sources: ['row 5', …] }, …]
 */
export function surveyQuotes(table: CsvTable, answers: SurveyAnswers, column: number, max: number, locale: 'fr' | 'en'): SurveyQuote[] {
  const byKey = new Map<string, Tally>();
  const { ids, texts } = answers.of(column);
  // Each answer as written (`SurveyAnswers`) is masked and normalised once, however many respondents
  // wrote it; `null` for one too short to quote.
  const byAnswer: (Tally | null | undefined)[] = [];
  for (let index = 0; index < ids.length; index++) {
    const id = ids[index] ?? -1;
    if (id === -1) continue;
    let quote = byAnswer[id];
    if (quote === null) continue;
    if (quote === undefined) {
      const raw = (texts[id] ?? '').trim();
      if (raw.length < 2) {
        byAnswer[id] = null;
        continue;
      }
      const text = maskPersonal(raw, locale);
      const key = normalizeKey(text);
      quote = byKey.get(key);
      if (quote === undefined) {
        quote = { text, count: 0, rows: [], first: index };
        byKey.set(key, quote);
      }
      byAnswer[id] = quote;
    }
    quote.count++;
    quote.rows.push(index);
  }
  // Sources are written for the quotes kept only: a 50,000-answer column would make 50,000 strings.
  return [...byKey.values()]
    .sort((a, b) => b.count - a.count || b.text.length - a.text.length || a.first - b.first)
    .slice(0, max)
    .map(({ text, count, rows }) => ({ text, count, sources: rows.map((index) => `row ${table.locate(index, column).row}`) }));
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
