import { describe, expect, test } from 'vitest';
import { callWithRetry, MiroCallError } from '../../miro-app/src/call-with-retry.js';
import { classifyMiroError } from '../../miro-app/src/classify-miro-error.js';
import type { Clock } from '../../miro-app/src/clock.js';
import { createCreditPacer } from '../../miro-app/src/credit-pacer.js';
import { expandForMiro } from '../../miro-app/src/expand-for-miro.js';
import { placeOnMiro } from '../../miro-app/src/place-on-miro.js';
import { createMiroFake, everyKth, hostError, type FakeCall, type FakeFailure, type MiroFake } from '../fakes/miro-fake.js';
import { VirtualClock } from '../hardening/virtual-clock.js';
import { boardSnapshot } from './board-snapshot.js';
import { fixtureLayout, gridLayout } from './fixture-layout.js';
import { recordingClock } from './recording-clock.js';

const quickRetry = { baseMs: 2, maxMs: 20 };
const fast = { pacing: { maxInFlight: 4 }, retry: quickRetry } as const;

async function clean(layout = fixtureLayout()): Promise<MiroFake> {
  const fake = createMiroFake();
  await placeOnMiro(fake.board, layout, fast);
  return fake;
}

describe('classifyMiroError', () => {
  test.each([
    [hostError('rateLimit'), 'rateLimit'],
    [{ status: 429 }, 'rateLimit'],
    [new Error('Rate limit exceeded: wait for new credits'), 'rateLimit'],
    [hostError('transient'), 'transient'],
    [new Error('Request timed out'), 'transient'],
    [{ status: 503, message: 'Service Unavailable' }, 'transient'],
    [hostError('permanent'), 'permanent'],
    [new Error('Missing required scope boards:write'), 'permanent'],
    ['something odd', 'unknown'],
  ])('%o is %s', (error, kind) => {
    expect(classifyMiroError(error)).toBe(kind);
  });
});

describe('callWithRetry', () => {
  const pacer = (clock: Clock) => createCreditPacer({ windows: [], maxInFlight: 4, headroom: 0, clock });
  const failing = (kinds: FakeFailure[]) => {
    let calls = 0;
    return async () => {
      const kind = kinds[calls++];
      if (kind) throw hostError(kind);
      return calls;
    };
  };

  test('backs off exponentially, with jitter between half and all of the ceiling, then succeeds', async () => {
    const low = recordingClock();
    await callWithRetry(pacer(low), 50, failing(['rateLimit', 'transient', 'rateLimit']), { baseMs: 100, maxMs: 1_000, random: () => 0, clock: low });
    expect(low.sleeps).toEqual([50, 100, 200]);
    const high = recordingClock();
    await callWithRetry(pacer(high), 50, failing(['rateLimit', 'transient', 'rateLimit']), { baseMs: 100, maxMs: 1_000, random: () => 0.5, clock: high });
    expect(high.sleeps).toEqual([75, 150, 300]);
  });

  test('never waits longer than maxMs', async () => {
    const clock = recordingClock();
    await callWithRetry(pacer(clock), 50, failing(Array(6).fill('transient')), { baseMs: 100, maxMs: 400, random: () => 0.999999, clock });
    expect(Math.max(...clock.sleeps)).toBeLessThanOrEqual(400);
    expect(clock.sleeps).toHaveLength(6);
  });

  test('a permanent error is not retried', async () => {
    const clock = recordingClock();
    const error = await callWithRetry(pacer(clock), 50, failing(['permanent']), { clock }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MiroCallError);
    expect(error).toMatchObject({ kind: 'permanent', attempts: 1 });
    expect(clock.sleeps).toEqual([]);
  });

  test('gives up after the retries allowed', async () => {
    const clock = recordingClock();
    const error = await callWithRetry(pacer(clock), 50, failing(Array(10).fill('rateLimit')), { retries: 3, clock }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'rateLimit', attempts: 4 });
  });
});

describe('placeOnMiro when host calls fail', () => {
  test('retries after rate-limit errors and ends with the same board as a clean placement', async () => {
    // The fake's budget is smaller than the one we pace for: the host says no, we back off.
    // On a virtual clock: the fake's window and our back-off pass in no real time.
    const clock = new VirtualClock();
    const fake = createMiroFake({ latencyMs: 1, budget: { credits: 600, windowMs: 60 }, now: () => clock.now(), sleep: (ms) => clock.sleep(ms) });
    const report = await clock.drive(
      placeOnMiro(fake.board, fixtureLayout(), { pacing: { maxInFlight: 4, windows: [{ credits: 100_000, ms: 60_000 }] }, retry: { baseMs: 20, maxMs: 80, retries: 12 }, clock }),
    );
    expect(fake.stats.rateLimitErrors).toBeGreaterThan(0);
    expect(report).toMatchObject({ created: 12, failed: 0 });
    expect(report.problems.at(-1)!.message).toMatch(/^Host calls retried: \d+ after rate-limit errors\.$/);
    expect(boardSnapshot(fake).items).toEqual(boardSnapshot(await clean()).items);
  });

  test('retries transient errors (every 4th call fails) without duplicating anything', async () => {
    const fake = createMiroFake({ latencyMs: 1, fail: everyKth(4, 'transient') });
    const report = await placeOnMiro(fake.board, fixtureLayout(), fast);
    expect(report).toMatchObject({ created: 12, failed: 0 });
    const snapshot = boardSnapshot(fake);
    expect(snapshot).toEqual(boardSnapshot(await clean()));
  });

  test('a permanent error stops cleanly: nothing new starts, the report says what happened', async () => {
    const failAt = (n: number) => (call: FakeCall) => (call.index === n ? ('permanent' as const) : undefined);
    const fake = createMiroFake({ latencyMs: 1, fail: failAt(10) });
    const report = await placeOnMiro(fake.board, fixtureLayout(), fast);
    expect(report.failed).toBe(1);
    expect(report.cancelled).toBe(false);
    expect(report.created).toBeLessThan(12);
    expect(report.problems.at(-1)!.message).toMatch(/^Stopped after an error the host will not get over by retrying \(permanent\)/);
    // Every item left on the board carries its metadata: a resume will recognise it.
    expect(boardSnapshot(fake).unmarked).toBe(0);
    // Calls already in flight when the error came back may finish; none starts after it.
    const failedAt = fake.log[10]!.end!;
    const startedAfter = fake.log.filter((call) => call.start > failedAt && call.method.startsWith('board.create'));
    expect(startedAfter).toEqual([]);
  });

  test('a placement stopped half-way resumes without duplicates and equals a clean placement', async () => {
    let broken = true;
    const fake = createMiroFake({ latencyMs: 1, fail: (call) => (broken && call.index === 40 ? 'permanent' : undefined) });
    const layout = gridLayout(30, 3);
    const first = await placeOnMiro(fake.board, layout, fast);
    expect(first.failed).toBe(1);
    broken = false;
    const second = await placeOnMiro(fake.board, layout, fast);
    expect(second).toMatchObject({ failed: 0, removed: 0 });
    expect(first.created + second.created).toBe(expandForMiro(layout).primitives.length);
    expect(boardSnapshot(fake)).toEqual(boardSnapshot(await clean(layout)));
  });

  test('cancel: no new item starts, started items finish with their metadata, the rest resumes later', async () => {
    const fake = createMiroFake({ latencyMs: 1 });
    const controller = new AbortController();
    const layout = gridLayout(30, 3);
    const report = await placeOnMiro(fake.board, layout, {
      ...fast,
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.phase === 'create' && progress.done === 10) controller.abort();
      },
    });
    expect(report.cancelled).toBe(true);
    expect(report.failed).toBe(0);
    expect(report.created).toBeLessThan(layout.primitives.length);
    expect(report.problems.at(-1)!.message).toBe('Cancelled: what was placed is recorded on the items; place again to resume.');
    expect(boardSnapshot(fake).unmarked).toBe(0);
    const resumed = await placeOnMiro(fake.board, layout, fast);
    expect(resumed.cancelled).toBe(false);
    expect(boardSnapshot(fake)).toEqual(boardSnapshot(await clean(layout)));
  });

  test('an already aborted signal places nothing', async () => {
    const fake = createMiroFake();
    const controller = new AbortController();
    controller.abort();
    const report = await placeOnMiro(fake.board, fixtureLayout(), { ...fast, signal: controller.signal });
    expect(report).toMatchObject({ created: 0, cancelled: true });
    expect(fake.log).toEqual([]);
  });

  test('a re-import interrupted half-way then resumed equals a clean placement of the new data plus the kept edit', async () => {
    const fake = createMiroFake({ latencyMs: 1 });
    await placeOnMiro(fake.board, gridLayout(30, 3), fast);
    const edited = fake.items().find((stored) => (stored.metadata.parcours as { k: string }).k === 'card:0')!;
    fake.edit(edited.id, { content: '<p>Edited by hand</p>' });
    const next = gridLayout(30, 4);
    next.primitives = next.primitives.map((primitive) => (primitive.kind === 'sticky' ? { ...primitive, text: `${primitive.text} v2` } : primitive));
    const controller = new AbortController();
    const interrupted = await placeOnMiro(fake.board, next, {
      ...fast,
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.phase !== 'plan' && progress.done === 12) controller.abort();
      },
    });
    expect(interrupted.cancelled).toBe(true);
    const resumed = await placeOnMiro(fake.board, next, fast);
    expect(resumed).toMatchObject({ kept: 1, failed: 0, cancelled: false });

    const expected = boardSnapshot(await clean(next));
    const actual = boardSnapshot(fake);
    expect(actual.duplicates).toEqual([]);
    expect(actual.items['card:0']!.text).toBe('<p>Edited by hand</p>');
    const withoutEdit = (items: typeof actual.items) => {
      const { ['card:0']: _, frame, ...rest } = items;
      return { ...rest, frame: { ...frame!, x: 0, y: 0 } };
    };
    expect(withoutEdit(actual.items)).toEqual(withoutEdit(expected.items));
  });
});
