import type { ColumnQuestion } from '../columns/column-question.js';

/** A grid row in brackets at the end: Google Forms and LimeSurvey's `Question [Row]`. */
const BRACKET_ROW = /^(.*\S)\s*\[([^\]]+)\]\s*$/s;
/** LimeSurvey's question code in front of its text: `Q1[SQ001]. ` or `Q1. `. */
const LIMESURVEY_CODE = /^([A-Za-z][A-Za-z0-9_]*(?:\[[A-Za-z0-9_]+\])?)[.:]\s+(?=\S)/;
/** A bare LimeSurvey array code: `Q1[SQ001]`. */
const ARRAY_CODE = /^([A-Za-z][A-Za-z0-9_]*)\[([A-Za-z0-9_]+)\]$/;

/**
 * What a one-row header asked: a grid's question and row (`Question [Row]`), LimeSurvey's codes in
 * front of the text or alone (`Q1[SQ001]`: the sub-question code is all the row there is), or the
 * question alone.
 *
 * @example splitGridHeader('Notez chaque étape de votre voyage [Réservation]') // { text: 'Notez chaque étape de votre voyage', row: 'Réservation' }
 * @example splitGridHeader('Q1[SQ001]') // { text: 'Q1', row: 'SQ001', code: 'Q1[SQ001]' }
 */
export function splitGridHeader(header: string): ColumnQuestion {
  const trimmed = header.trim();
  const bare = ARRAY_CODE.exec(trimmed);
  if (bare !== null) return { text: bare[1] ?? trimmed, row: bare[2] ?? '', code: trimmed };
  const coded = LIMESURVEY_CODE.exec(trimmed);
  const code = coded?.[1];
  const text = coded === null ? trimmed : trimmed.slice(coded[0].length);
  const grid = BRACKET_ROW.exec(text);
  const question: ColumnQuestion = grid === null ? { text } : { text: (grid[1] ?? '').trim(), row: (grid[2] ?? '').trim() };
  if (code !== undefined) question.code = code;
  return question;
}

/**
 * Splits Qualtrics' matrix header `Question - Row` on its last ` - `, when the column is one row of a
 * matrix (its code ends in `_N`, or another column shares the question). Otherwise the whole text
 * is the question.
 *
 * @example splitMatrixHeader('Rate each step of your trip - Booking', 'Q1_1') // { text: 'Rate each step of your trip', row: 'Booking', code: 'Q1_1' }
 */
export function splitMatrixHeader(text: string, code: string, shared: (prefix: string) => boolean): ColumnQuestion {
  const at = text.lastIndexOf(' - ');
  const question: ColumnQuestion = { text: text.trim(), code };
  if (at <= 0) return question;
  const prefix = text.slice(0, at).trim();
  const row = text.slice(at + 3).trim();
  if (row === '' || !(/_\d+$/.test(code) || shared(prefix))) return question;
  return { text: prefix, row, code };
}
