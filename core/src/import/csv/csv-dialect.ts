import { LIMITS } from '../../model/limits.js';
import type { Problem } from '../../model/problem.js';
import { DELIMITERS, detectDelimiter, type Delimiter } from './detect-delimiter.js';
import { detectNewline } from './detect-newline.js';
import { say } from '../../words/say.js';
import type { Said } from '../../words/wording.js';

/** How a CSV text is written: what to parse, and with which delimiter and line break. */
export interface CsvDialect {
  /** The text without Excel's `sep=` line. */
  body: string;
  delimiter: Delimiter;
  newline: '\r\n' | '\n' | '\r';
  delimiterReason: Said;
}

const SEP_LINE = /^sep=(.)[^\S\r\n]*(?:\r\n|\n|\r|$)/i;

/**
 * Works out how a CSV text is written before parsing it: Excel's `sep=;` first line, the line
 * break, the delimiter (detected, unless given), and refuses a header wider than the column limit.
 *
 * @example csvDialect('sep=;\nÉtape;Actions\n', undefined) // { ok: true, dialect: { delimiter: ';', newline: '\n', … } }
 */
export function csvDialect(text: string, given: Delimiter | undefined): { ok: true; dialect: CsvDialect } | { ok: false; problems: Problem[] } {
  let body = text;
  let delimiter = given;
  let delimiterReason: Said = say('delimiter.options');
  const sep = SEP_LINE.exec(text);
  if (sep !== null) {
    body = text.slice(sep[0].length);
    const declared = sep[1] as Delimiter;
    if (!DELIMITERS.includes(declared)) {
      return { ok: false, problems: [{ row: 1, ...say('csv.sepUnknown', { sep: sep[1] ?? '' }) }] };
    }
    if (delimiter === undefined) {
      delimiter = declared;
      delimiterReason = say('delimiter.sepLine', { sep: declared });
    }
  }
  const newline = detectNewline(body);
  const detected = detectDelimiter(body, newline);
  if (detected.headerWidth > LIMITS.columns) {
    return { ok: false, problems: [{ row: 1, ...say('csv.headerTooWide', { columns: detected.headerWidth, max: LIMITS.columns }) }] };
  }
  if (delimiter === undefined) {
    delimiter = detected.delimiter;
    delimiterReason = detected.reason;
  }
  return { ok: true, dialect: { body, delimiter, newline, delimiterReason } };
}
