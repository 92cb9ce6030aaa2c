/**
 * A value as tests before coded messages wrote it: every coded message (`{ code, params, message }`)
 * without its `code` and `params`, and a report's `notes` (and the reasons and warnings of scale and
 * delimiter detection) as their English `message`, and a column's `said` left out (its English is
 * the column's `note`). The English
 * wording is what these tests check; `test/words/` checks the codes and both languages.
 *
 * @example asWritten({ code: 'file.empty', params: {}, message: 'the file is empty' }) // { message: 'the file is empty' }
 */
export function asWritten<T>(value: T): T {
  return strip(value) as T;
}

/** Where a message was a plain English string before it had a code. */
const WORDED = new Set(['notes', 'reason', 'why', 'warning', 'delimiterReason']);

function strip(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((item) => (key === 'notes' && isMessage(item) ? item.message : strip(item)));
  if (key !== undefined && WORDED.has(key) && isMessage(value) && 'code' in value) return value.message;
  if (typeof value !== 'object' || value === null) return value;
  const coded = isMessage(value) && 'code' in value;
  const out: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) {
    if (coded && (name === 'code' || name === 'params')) continue;
    if (name === 'said' && isMessage(item) && 'code' in item) continue;
    out[name] = strip(item, name);
  }
  return out;
}

function isMessage(value: unknown): value is { message: string } {
  return typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string';
}
