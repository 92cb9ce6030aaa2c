import { HostTimeoutError } from './answer-in-time.js';
import { say } from '../words/say.js';
import type { Said } from '../words/wording.js';
import type { HostErrorReasonWords } from '../words/en.js';

/**
 * Why a host call failed, as far as its words tell: what a user can act on (wait, check the
 * connection, ask for edit rights…). Hosts throw English developer text (Miro's Web SDK, Figma's
 * plugin API), so each language words the reason and the host's own text stays beside it for English
 * readers and logs.
 */
export type HostErrorReason = HostErrorReasonWords;

/** A failure Parcours itself words: thrown by an adapter with its coded message, shown as such. */
export class SaidError extends Error {
  constructor(readonly said: Said) {
    super(said.message);
    this.name = 'SaidError';
  }
}

/**
 * The reasons, first match wins, read from the host's words. The categories are those of Miro's
 * Web SDK error reference (authorization, invalid input, rate limiting, backend, unknown id:
 * https://developers.miro.com/docs/web-sdk-error-handling) and of Figma's plugin API errors (a text
 * written before its font is loaded, a node that no longer exists:
 * https://www.figma.com/plugin-docs/api/properties/figma-loadfontasync/).
 */
const REASONS: readonly (readonly [HostErrorReason, RegExp])[] = [
  ['timeout', /timed? ?out|timeout|did not answer|no answer/i],
  ['rateLimit', /rate.?limit|too many requests|tooManyRequests|\bcredits?\b|\b429\b/i],
  ['network', /network|failed to fetch|backend|server error|exchange with the server|unavailable|connection|ECONN|socket|\b50\d\b/i],
  ['font', /\bfont\b/i],
  ['permission', /permission|scope|forbidden|unauthori[sz]ed|not allowed|denied|read.?only|view.?only|\blocked\b/i],
  ['notFound', /not found|unknown id|does not exist|doesn't exist|no longer|no item|has been (removed|deleted)|\b404\b/i],
  ['tooLarge', /too (large|long|big|many)|limit|at most|exceed/i],
  ['invalid', /invalid|must|cannot|can't|not supported|unsupported|required|\b4\d\d\b/i],
];

/**
 * A host's error as a coded message: a `SaidError`'s own, else `host.error` with the reason read
 * from its words and the host's text as `detail` (wrapped errors are read through their `cause`).
 *
 * @example hostErrorSaid(new Error('in set_characters: Cannot write to node with unloaded font "Inter Bold"')).params // { reason: 'font', detail: 'in set_characters: …' }
 */
export function hostErrorSaid(error: unknown): Said {
  if (error instanceof SaidError) return error.said;
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (cause instanceof SaidError) return cause.said;
  const detail = textOf(error);
  const reason: HostErrorReason = error instanceof HostTimeoutError || cause instanceof HostTimeoutError ? 'timeout' : (REASONS.find(([, words]) => words.test(detail))?.[0] ?? 'unknown');
  return say('host.error', { reason, detail });
}

/** The words of whatever was thrown: an `Error`'s message, a REST body's `message` or `detail`, else the value as text. */
function textOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null) {
    const body = error as Record<string, unknown>;
    for (const name of ['message', 'detail']) if (typeof body[name] === 'string' && body[name] !== '') return body[name];
    const status = body.status;
    if (typeof status === 'number' || typeof status === 'string') return `status ${status}`;
  }
  return String(error);
}
