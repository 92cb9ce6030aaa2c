import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createCreditPacer } from '../../miro-app/src/credit-pacer.js';
import { placeOnMiro } from '../../miro-app/src/place-on-miro.js';
import { createMiroFake, type MiroFakeOptions } from '../fakes/miro-fake.js';
import { VirtualClock } from '../hardening/virtual-clock.js';
import { boardSnapshot } from './board-snapshot.js';
import { fixtureLayout, gridLayout } from './fixture-layout.js';

/** A fake board whose latency and budget run on `clock`: pacing is tested in virtual time, none of it real. */
const fakeOn = (clock: VirtualClock, options: MiroFakeOptions) => createMiroFake({ ...options, now: () => clock.now(), sleep: (ms) => clock.sleep(ms) });

describe('createCreditPacer', () => {
  test('starts calls in the order they were asked, never more than maxInFlight at once', async () => {
    const clock = new VirtualClock();
    const fake = fakeOn(clock, { latencyMs: 2, maxInFlight: 3 });
    const pacer = createCreditPacer({ windows: [], maxInFlight: 3, headroom: 0, clock });
    const started: number[] = [];
    await clock.drive(
      Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          pacer.run(50, () => {
            started.push(index);
            return fake.board.viewport.get();
          }),
        ),
      ),
    );
    expect(started).toEqual(Array.from({ length: 20 }, (_, index) => index));
    expect(fake.stats.refused).toBe(0);
    expect(pacer.stats.maxInFlight).toBe(3);
  });

  test('keeps every rolling window inside its budget: the host never answers with a rate-limit error', async () => {
    const clock = new VirtualClock();
    const fake = fakeOn(clock, { latencyMs: 1, budget: { credits: 500, windowMs: 100 } });
    const pacer = createCreditPacer({ windows: [{ credits: 500, ms: 100 }], maxInFlight: 8, headroom: 0, clock });
    await clock.drive(Promise.all(Array.from({ length: 40 }, () => pacer.run(50, () => fake.board.viewport.get()))));
    expect(fake.stats.rateLimitErrors).toBe(0);
    expect(pacer.stats).toMatchObject({ credits: 2000, calls: 40 });
  });

  test('for any mix of costs within the budget, no rolling window is ever overspent', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 5, maxLength: 25 }), fc.integer({ min: 1, max: 6 }), async (costs, slots) => {
        const clock = new VirtualClock();
        const starts: { at: number; credits: number }[] = [];
        const pacer = createCreditPacer({ windows: [{ credits: 6, ms: 30 }], maxInFlight: slots, headroom: 0, clock });
        await clock.drive(
          Promise.all(
            costs.map((credits) =>
              pacer.run(credits, async () => {
                starts.push({ at: clock.now(), credits });
              }),
            ),
          ),
        );
        for (const start of starts) {
          const spent = starts.filter((other) => other.at > start.at - 30 && other.at <= start.at).reduce((sum, other) => sum + other.credits, 0);
          expect(spent).toBeLessThanOrEqual(6);
        }
      }),
      { numRuns: 10 },
    );
  });

  test('pause holds new calls back', async () => {
    const clock = new VirtualClock();
    const pacer = createCreditPacer({ windows: [], maxInFlight: 2, headroom: 0, clock });
    pacer.pause(30);
    const calls: number[] = [];
    await clock.drive(pacer.run(0, async () => void calls.push(clock.now())));
    expect(calls).toEqual([30]);
  });
});

describe('placeOnMiro under a tight budget and few slots', () => {
  test('paces the placement: zero rate-limit errors, zero refused calls', async () => {
    const clock = new VirtualClock();
    const fake = fakeOn(clock, { latencyMs: 2, maxInFlight: 3, budget: { credits: 1_000, windowMs: 200 } });
    const report = await clock.drive(
      placeOnMiro(fake.board, gridLayout(40, 4), {
        pacing: { maxInFlight: 3, windows: [{ credits: 1_000, ms: 200 }], headroom: 0 },
        clock,
      }),
    );
    expect(report).toMatchObject({ failed: 0, cancelled: false, problems: [] });
    expect(fake.stats).toMatchObject({ rateLimitErrors: 0, refused: 0 });
    expect(fake.stats.maxInFlight).toBeLessThanOrEqual(3);
    expect(boardSnapshot(fake).duplicates).toEqual([]);
  });

  test('the fixture placed at the default pacing needs no more than the budget allows either', async () => {
    const clock = new VirtualClock();
    const fake = fakeOn(clock, { latencyMs: 1, maxInFlight: 8, budget: { credits: 100_000, windowMs: 60_000 } });
    const report = await clock.drive(placeOnMiro(fake.board, fixtureLayout(), { clock }));
    expect(report.failed).toBe(0);
    expect(fake.stats).toMatchObject({ rateLimitErrors: 0, refused: 0 });
  });
});
