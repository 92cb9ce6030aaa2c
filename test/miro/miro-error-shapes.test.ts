import { describe, expect, test } from 'vitest';
import { HostTimeoutError } from '../../core/src/sync/answer-in-time.js';
import { callWithRetry, MiroCallError } from '../../miro-app/src/call-with-retry.js';
import { classifyMiroError, type MiroErrorKind } from '../../miro-app/src/classify-miro-error.js';
import type { Clock } from '../../miro-app/src/clock.js';
import { createCreditPacer } from '../../miro-app/src/credit-pacer.js';
import { miroErrorMessage } from '../../miro-app/src/miro-error-message.js';
import { hostError, type FakeFailure } from '../fakes/miro-fake.js';
import { recordingClock } from './recording-clock.js';

const rest429 = { status: 429, code: 'tooManyRequests', message: 'Request rate limit exceed', context: null, type: 'error' };
const scim429 = { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '429', scimType: 'tooManyRequests', detail: 'The user has sent too many requests in a given amount of time' };

describe('classifyMiroError: each documented shape', () => {
  test.each<[string, unknown, MiroErrorKind]>([
    // https://developers.miro.com/v1.0/reference/ratelimiting: the REST 429 body.
    ['the REST 429 body, thrown as is', rest429, 'rateLimit'],
    ['an Error carrying the REST 429 fields', Object.assign(new Error('Request rate limit exceed'), { status: 429 }), 'rateLimit'],
    ['an Error with the REST message only', new Error('Request rate limit exceed'), 'rateLimit'],
    ['the REST body as the cause of a plain Error', new Error('Request failed', { cause: rest429 }), 'rateLimit'],
    ['the REST body as JSON in the message', new Error(`Request failed: ${JSON.stringify(rest429)}`), 'rateLimit'],
    // https://developers.miro.com/docs/errors: the SCIM 429 body (status as a string).
    ['the SCIM 429 body', scim429, 'rateLimit'],
    // https://developers.miro.com/docs/websdk-reference-rate-limiting: "wait for new credits".
    ['the Web SDK rate-limit wording', new Error('Rate limit exceeded: wait for new credits'), 'rateLimit'],
    // https://developers.miro.com/docs/web-sdk-error-handling, "Backend".
    ['a Backend error', new Error('Backend error: failed data exchange with the server'), 'transient'],
    ['a 503 body', { status: 503, message: 'Service Unavailable', type: 'error' }, 'transient'],
    ['a 500 body without words', { status: 500 }, 'transient'],
    ['a 408 body', { status: 408, message: 'Request Timeout' }, 'transient'],
    // WHATWG Fetch: a network error rejects with a TypeError.
    ['Chromium’s failed fetch', new TypeError('Failed to fetch'), 'transient'],
    ['Firefox’s failed fetch', new TypeError('NetworkError when attempting to fetch resource.'), 'transient'],
    ['our own time limit', new HostTimeoutError(30_000, 'the host'), 'transient'],
    // https://developers.miro.com/docs/web-sdk-error-handling, "Invalid input", "Authorization", "Unknown ID".
    ['an Invalid input error', new Error('Invalid input: width must be a positive number'), 'permanent'],
    ['a missing scope', new Error('Missing required scope boards:write'), 'permanent'],
    ['an unknown id', new Error('Item not found: unknown id 3458764'), 'permanent'],
    ['the metadata limit', new Error('Invalid input: metadata is 300 bytes, the limit is 256'), 'permanent'],
    // https://developers.miro.com/docs/errors: SCIM 400 and 404 bodies.
    ['a SCIM 400 body', { status: '400', scimType: 'invalidValue', detail: "User name 'x' is invalid: 'not unique'" }, 'permanent'],
    ['a 404 body', { status: '404', detail: 'No valid resources' }, 'permanent'],
    // No documented shape: tried a few times, then reported.
    ['a bare string', 'something odd', 'unknown'],
    ['an Error no shape names', new Error('Something went wrong'), 'unknown'],
    ['an empty object', {}, 'unknown'],
    ['undefined', undefined, 'unknown'],
    ['null', null, 'unknown'],
  ])('%s is %s', (_name, error, kind) => {
    expect(classifyMiroError(error)).toBe(kind);
  });

  test.each<[FakeFailure, MiroErrorKind]>([
    ['rateLimit', 'rateLimit'],
    ['transient', 'transient'],
    ['permanent', 'permanent'],
    ['unknown', 'unknown'],
  ])('every shape the fake throws for %s is classified %s', (failure, kind) => {
    for (let turn = 0; turn < 6; turn++) expect(classifyMiroError(hostError(failure, undefined, turn))).toBe(kind);
  });
});

describe('miroErrorMessage', () => {
  test.each<[unknown, string]>([
    [new Error('Invalid input: x'), 'Invalid input: x'],
    [rest429, 'Request rate limit exceed'],
    [scim429, 'The user has sent too many requests in a given amount of time'],
    [{ status: 500 }, '{"status":500}'],
    ['plain words', 'plain words'],
    [undefined, 'undefined'],
  ])('%o reads %j', (error, words) => {
    expect(miroErrorMessage(error)).toBe(words);
  });
});

describe('callWithRetry: errors of no documented shape, and calls that may have landed', () => {
  const pacer = (clock: Clock) => createCreditPacer({ windows: [], maxInFlight: 4, headroom: 0, clock });
  /** A call that fails with each kind in turn, then answers the number of calls made. */
  const failing = (kinds: FakeFailure[]) => {
    const calls = { count: 0 };
    const call = async () => {
      const kind = kinds[calls.count++];
      if (kind) throw hostError(kind);
      return calls.count;
    };
    return Object.assign(call, { calls });
  };

  test('an unknown error is retried twice with back-off by default, then reported as unknown', async () => {
    const clock = recordingClock();
    const call = failing(Array(10).fill('unknown'));
    const error = await callWithRetry(pacer(clock), 50, call, { baseMs: 100, random: () => 0, clock }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MiroCallError);
    expect(error).toMatchObject({ kind: 'unknown', attempts: 3, message: 'Something went wrong' });
    expect(call.calls.count).toBe(3);
    expect(clock.sleeps).toEqual([50, 100]);
  });

  test('unknownRetries bounds them: 0 reports the first unknown error at once', async () => {
    const clock = recordingClock();
    const call = failing(['unknown']);
    const error = await callWithRetry(pacer(clock), 50, call, { unknownRetries: 0, clock }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'unknown', attempts: 1 });
    expect(clock.sleeps).toEqual([]);
  });

  test('an unknown error among others succeeds once the host answers', async () => {
    const clock = recordingClock();
    const call = failing(['unknown', 'transient', 'unknown']);
    expect(await callWithRetry(pacer(clock), 50, call, { clock })).toBe(4);
  });

  test('unknown errors count within the overall retries', async () => {
    const clock = recordingClock();
    const call = failing(['transient', 'transient', 'unknown', 'transient']);
    const error = await callWithRetry(pacer(clock), 50, call, { retries: 2, clock }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'unknown', attempts: 3 });
  });

  test('after a transient or unknown failure, the board is looked at before the call is made again', async () => {
    for (const kind of ['transient', 'unknown'] as const) {
      const clock = recordingClock();
      const order: string[] = [];
      const call = async () => {
        order.push('call');
        if (order.length === 1) throw hostError(kind);
        return 'made';
      };
      const recover = async () => {
        order.push('look');
        return undefined;
      };
      expect(await callWithRetry(pacer(clock), 50, call, { clock }, { recover })).toBe('made');
      expect(order).toEqual(['call', 'look', 'call']);
    }
  });

  test('what the look finds is the answer: the call is not made a second time', async () => {
    const clock = recordingClock();
    const call = failing(['transient']);
    expect(await callWithRetry(pacer(clock), 50, call, { clock }, { recover: async () => 42 })).toBe(42);
    expect(call.calls.count).toBe(1);
  });

  test('a rate-limit error is a refusal: the call is made again without looking', async () => {
    const clock = recordingClock();
    let looks = 0;
    const call = failing(['rateLimit']);
    expect(await callWithRetry(pacer(clock), 50, call, { clock }, { recover: async () => (looks++, 0) })).toBe(2);
    expect(looks).toBe(0);
  });

  test('a look that fails is tried again before the call is', async () => {
    const clock = recordingClock();
    const order: string[] = [];
    const call = async () => {
      order.push('call');
      if (order.length === 1) throw hostError('transient');
      return 'made';
    };
    let looks = 0;
    const recover = async () => {
      order.push('look');
      if (looks++ === 0) throw hostError('transient');
      return undefined;
    };
    expect(await callWithRetry(pacer(clock), 50, call, { clock }, { recover })).toBe('made');
    expect(order).toEqual(['call', 'look', 'look', 'call']);
  });

  test('cancelled while backing off after a failure that may have landed: it is still looked for, never made again', async () => {
    /** A clock whose every back-off is cut short by the user's Cancel. */
    const cancelledDuringBackOff = (panel: AbortController): Clock => ({
      now: () => performance.now(),
      sleep: (_ms, signal) => {
        panel.abort(new Error('cancelled'));
        return signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve();
      },
    });
    const found = new AbortController();
    const landed = failing(['transient']);
    expect(await callWithRetry(pacer(cancelledDuringBackOff(found)), 50, landed, { clock: cancelledDuringBackOff(found) }, { signal: found.signal, recover: async () => 7 })).toBe(7);
    expect(landed.calls.count).toBe(1);

    const notFound = new AbortController();
    const lost = failing(['transient']);
    const error = await callWithRetry(pacer(cancelledDuringBackOff(notFound)), 50, lost, { clock: cancelledDuringBackOff(notFound) }, { signal: notFound.signal, recover: async () => undefined }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toEqual(new Error('cancelled'));
    expect(lost.calls.count).toBe(1);
  });
});
