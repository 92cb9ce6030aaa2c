/** How a failed host call should be handled. */
export type MiroErrorKind = 'rateLimit' | 'transient' | 'permanent';

/**
 * Sorts an error thrown by a Web SDK call. Miro documents a rate-limit error for calls past the
 * credit budget ("wait for new credits") without a stable error shape, so we recognise the REST
 * API's documented 429 body (`status: 429`, `code: 'tooManyRequests'`) and rate-limit wording;
 * network and backend hiccups are transient; anything else (invalid input, missing permission,
 * unknown id) is permanent and retrying would not help.
 *
 * @example classifyMiroError({ status: 429, code: 'tooManyRequests' }) // 'rateLimit'
 */
export function classifyMiroError(error: unknown): MiroErrorKind {
  const status = field(error, 'status');
  const code = String(field(error, 'code') ?? '');
  const message = error instanceof Error ? error.message : String(field(error, 'message') ?? error);
  if (status === 429 || /^tooManyRequests$/i.test(code) || /rate.?limit|too many requests|credits? (limit|exceeded)/i.test(message)) {
    return 'rateLimit';
  }
  if (
    (typeof status === 'number' && status >= 500) ||
    /network|timed? ?out|timeout|temporar|unavailable|backend|connection|ECONN|socket|try again|in flight|busy/i.test(message)
  ) {
    return 'transient';
  }
  return 'permanent';
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && name in value ? (value as Record<string, unknown>)[name] : undefined;
}
