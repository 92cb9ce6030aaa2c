/**
 * How a failed host call should be handled:
 * - `rateLimit`: refused for credits; nothing was done; wait, then try again;
 * - `transient`: the host or the network failed; the call may or may not have taken effect;
 * - `permanent`: the host said what is wrong with the call; trying again cannot help;
 * - `unknown`: none of the above; tried again a few times, since it may be either.
 */
export type MiroErrorKind = 'rateLimit' | 'transient' | 'permanent' | 'unknown';

/** One error shape we recognise, and where it is documented. */
interface ErrorShape {
  kind: MiroErrorKind;
  /** Where the shape comes from. */
  source: string;
  test: (error: ErrorFields) => boolean;
}

/** What an error carries, wherever the host put it. */
interface ErrorFields {
  status: number | undefined;
  code: string;
  message: string;
}

/**
 * The shapes, first match wins. The Web SDK's error reference names the categories (authorization,
 * invalid input, rate limiting, backend, unknown ID…) but gives no object shape; its rate-limit
 * page says only that the app "receives an error" and must "wait for new credits". So we recognise
 * the REST API's documented bodies (which the SDK relays from the same backend) and the words of
 * each documented category.
 */
const SHAPES: ErrorShape[] = [
  {
    kind: 'rateLimit',
    // REST API body: { status: 429, code: 'tooManyRequests', message: 'Request rate limit exceed', type: 'error' };
    // Miro's "Errors" page: { status: "429", scimType: "tooManyRequests", detail: "… too many requests …" }.
    source: 'https://developers.miro.com/v1.0/reference/ratelimiting, https://developers.miro.com/docs/errors',
    test: ({ status, code }) => status === 429 || /^tooManyRequests$/i.test(code),
  },
  {
    kind: 'rateLimit',
    // Web SDK: "If your app exceeds either limit, it receives an error … it needs to wait for new credits".
    source: 'https://developers.miro.com/docs/websdk-reference-rate-limiting',
    test: ({ message }) => /rate.?limit|too many requests|credits? (limit|exceeded)|new credits|out of credits/i.test(message),
  },
  {
    kind: 'transient',
    // HTTP 5xx (server side) and 408 (request timeout): RFC 9110 §15.6 and §15.5.9.
    source: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6',
    test: ({ status }) => status !== undefined && (status >= 500 || status === 408),
  },
  {
    kind: 'transient',
    // Web SDK "Backend: failed data exchange with the server"; a browser's failed fetch is a
    // TypeError "Failed to fetch" / "NetworkError …" (WHATWG Fetch); our own time limit says "(timed out)".
    source: 'https://developers.miro.com/docs/web-sdk-error-handling (Backend), https://fetch.spec.whatwg.org/#concept-network-error',
    test: ({ message }) =>
      /backend|server error|exchange with the server|network|failed to fetch|timed? ?out|timeout|temporar|unavailable|connection|ECONN|socket|try again|in flight|busy/i.test(message),
  },
  {
    kind: 'permanent',
    // Client errors other than 408 and 429 (Miro's "Errors" page: 400 invalid value, 404 no valid
    // resources, 409 conflict), and HTTP's own meaning of 4xx: RFC 9110 §15.5.
    source: 'https://developers.miro.com/docs/errors, https://www.rfc-editor.org/rfc/rfc9110#section-15.5',
    test: ({ status }) => status !== undefined && status >= 400 && status < 500,
  },
  {
    kind: 'permanent',
    // Web SDK categories: Authorization, Installation, Initialization, Invalid input, Unknown ID.
    source: 'https://developers.miro.com/docs/web-sdk-error-handling',
    test: ({ code, message }) =>
      /invalid|not found|unknown id|does not exist|no item|permission|scope|forbidden|unauthori[sz]ed|not allowed|denied|limit is|exceed|too (large|long|big)|required|must|cannot|can't|not supported|unsupported/i.test(
        `${code} ${message}`,
      ),
  },
];

/**
 * Sorts an error thrown by a Web SDK call by the shapes above (each with its source). The error
 * may be an `Error`, a plain REST-style body, or either wrapped once (`cause`, or a JSON body in
 * the message); what no shape names is `unknown`, never silently permanent nor retried forever.
 *
 * @example classifyMiroError({ status: 429, code: 'tooManyRequests' }) // 'rateLimit'
 * @example classifyMiroError(new Error('Invalid input: width must be positive')) // 'permanent'
 * @example classifyMiroError(new Error('Something odd')) // 'unknown'
 */
export function classifyMiroError(error: unknown): MiroErrorKind {
  for (const fields of layers(error)) {
    const shape = SHAPES.find((candidate) => candidate.test(fields));
    if (shape) return shape.kind;
  }
  return 'unknown';
}

/** The error's own fields, then those of what it wraps: `cause` (ES2022) or a JSON body in its message. */
function layers(error: unknown): ErrorFields[] {
  const found: ErrorFields[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current !== undefined && current !== null; depth++) {
    found.push(fieldsOf(current));
    current = field(current, 'cause') ?? jsonBody(found.at(-1)!.message);
  }
  return found;
}

function fieldsOf(value: unknown): ErrorFields {
  const rawStatus = field(value, 'status') ?? field(value, 'statusCode');
  const status = typeof rawStatus === 'number' ? rawStatus : typeof rawStatus === 'string' && /^\d{3}$/.test(rawStatus) ? Number(rawStatus) : undefined;
  // REST bodies say `code`/`message`, SCIM ones (Miro's "Errors" page) `scimType`/`detail`.
  const code = String(field(value, 'code') ?? field(value, 'scimType') ?? '');
  const message = value instanceof Error ? value.message : typeof value === 'string' ? value : String(field(value, 'message') ?? field(value, 'detail') ?? '');
  return { status, code, message };
}

/** A REST body carried as text, e.g. `Error: {"status":429,"code":"tooManyRequests",…}`. */
function jsonBody(message: string): unknown {
  const start = message.indexOf('{');
  if (start < 0) return undefined;
  try {
    return JSON.parse(message.slice(start)) as unknown;
  } catch {
    return undefined;
  }
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && name in value ? (value as Record<string, unknown>)[name] : undefined;
}
