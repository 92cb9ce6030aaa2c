import type * as z from 'zod/mini';

/** Units of a length check, by what was measured. */
const UNITS: Readonly<Record<string, string>> = { string: 'characters', array: 'items' };

/**
 * The English message of a validation issue, worded as zod's English locale words it, for the
 * issues the journey schema can raise (types, enums and literals, lengths and ranges, patterns);
 * anything else is "Invalid input" (the locale names a discriminated union's options, for one).
 * zod/mini ships without messages, and its locale would carry texts for checks Parcours never uses
 * into the FigJam panel (about 1 KB gzipped of its 90 KB budget).
 *
 * @example zodMessage({ code: 'invalid_type', expected: 'string', input: 3, path: [] }) // 'Invalid input: expected string, received number'
 */
export function zodMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected === 'nan' ? 'NaN' : issue.expected}, received ${zodTypeName(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `Invalid input: expected ${zodQuoted(issue.values[0])}` : `Invalid option: expected one of ${issue.values.map(zodQuoted).join('|')}`;
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const bound = big ? issue.maximum : issue.minimum;
      const relation = `${issue.exact === true ? 'exactly ' : `${big ? '<' : '>'}${issue.inclusive === true ? '=' : ''}`}${String(bound)}`;
      const unit = UNITS[issue.origin];
      return `Too ${big ? 'big' : 'small'}: expected ${issue.origin} to ${unit === undefined ? `be ${relation}` : `have ${relation} ${unit}`}`;
    }
    case 'invalid_format':
      return issue.format === 'regex' ? `Invalid string: must match pattern ${issue.pattern ?? ''}` : `Invalid ${issue.format}`;
    default:
      return 'Invalid input';
  }
}

/** What a value is, in a message: `null`, `array`, `Infinity` for a number that is not finite… */
export function zodTypeName(input: unknown): string {
  if (typeof input === 'number') return Number.isFinite(input) ? 'number' : Number.isNaN(input) ? 'NaN' : String(input);
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

/** An allowed value as zod's English locale writes it: a string in double quotes, anything else as it prints. */
export function zodQuoted(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}
