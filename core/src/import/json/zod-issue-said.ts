import { zodQuoted, zodTypeName } from '../../model/zod-messages.js';
import { say } from '../../words/say.js';
import type { Said } from '../../words/wording.js';

/**
 * The fields of a zod 4 issue that say what is wrong, beside its `message`: its `code` and the
 * details each code carries (`expected` and the `input` it met, the allowed `values`, a bound). The
 * journey is checked with `reportInput`, so `input` is there to say what was received.
 */
export interface ZodIssueDetails {
  code?: string | undefined;
  expected?: unknown;
  input?: unknown;
  values?: readonly unknown[] | undefined;
  origin?: unknown;
  maximum?: unknown;
  minimum?: unknown;
  inclusive?: boolean | undefined;
  exact?: boolean | undefined;
  format?: unknown;
  pattern?: unknown;
}

/**
 * A zod issue as a coded message, worded from its issue code and details rather than zod's English
 * text, so each language says it (`json.type`, `json.value`, `json.size`, `json.format`); any other
 * issue is `json.invalid`. The English wording is the one `zodMessage` gives, without "Invalid input: ".
 *
 * @example zodIssueSaid({ code: 'invalid_type', expected: 'number', input: 'x' }).message // 'expected number, received string'
 */
export function zodIssueSaid(issue: ZodIssueDetails & { message: string }): Said {
  switch (issue.code) {
    case 'invalid_type':
      return say('json.type', { expected: String(issue.expected), received: zodTypeName(issue.input) });
    case 'invalid_value':
      return say('json.value', { values: (issue.values ?? []).map(zodQuoted) });
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const bound = Number(big ? issue.maximum : issue.minimum);
      return say('json.size', { big, origin: String(issue.origin), bound, inclusive: issue.inclusive === true, exact: issue.exact === true });
    }
    case 'invalid_format':
      return say('json.format', { format: String(issue.format), pattern: typeof issue.pattern === 'string' ? issue.pattern : '' });
    default:
      return say('json.invalid', { detail: issue.message.replace(/^Invalid input: /, '') });
  }
}
