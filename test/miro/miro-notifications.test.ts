import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LIMITS } from '../../core/src/model/limits.js';
import { describeMiroEstimate, describeSeconds } from '../../miro-app/src/describe-miro-estimate.js';
import { fitMiroNotification, MIRO_NOTIFICATION_MAX } from '../../miro-app/src/fit-miro-notification.js';
import { createMiroPanelHost } from '../../miro-app/src/miro-panel-host.js';
import { createMiroFake } from '../fakes/miro-fake.js';
import { fixtureLayout } from './fixture-layout.js';

const locales = fc.constantFrom<'fr' | 'en'>('fr', 'en');
/** Any estimate at all, absurd ones included. */
const anyEstimate = fc.record({
  items: fc.nat(),
  calls: fc.nat(),
  writes: fc.nat(),
  credits: fc.oneof(fc.nat(), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
  seconds: fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e15, noNaN: true })),
});
/** Estimates of maps Parcours places: up to its item limit, five calls an item, ten hours. */
const realEstimate = fc.record({
  items: fc.integer({ min: 1, max: LIMITS.itemsPerMap }),
  calls: fc.integer({ min: 1, max: LIMITS.itemsPerMap * 5 }),
  writes: fc.integer({ min: 1, max: LIMITS.itemsPerMap * 5 }),
  credits: fc.integer({ min: 50, max: LIMITS.itemsPerMap * 5 * 50 }),
  seconds: fc.integer({ min: 0, max: 36_000 }),
});

describe('Miro notifications fit in 80 characters', () => {
  test('the placement estimate fits for every input, in French and English', () => {
    fc.assert(
      fc.property(anyEstimate, locales, (estimate, locale) => {
        expect(describeMiroEstimate(estimate, locale).length).toBeLessThanOrEqual(MIRO_NOTIFICATION_MAX);
      }),
      { numRuns: 2_000 },
    );
  });

  test('for every map Parcours places, it keeps the item count, the credits and the duration', () => {
    fc.assert(
      fc.property(realEstimate, locales, (estimate, locale) => {
        const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB');
        const words = describeMiroEstimate(estimate, locale);
        expect(words.length).toBeLessThanOrEqual(MIRO_NOTIFICATION_MAX);
        expect(words).toContain(number.format(estimate.items));
        expect(words).toContain(number.format(estimate.credits));
        expect(words).toContain(describeSeconds(estimate.seconds));
      }),
      { numRuns: 2_000 },
    );
  });

  test.each([
    ['en', { items: 1, calls: 4, writes: 3, credits: 200, seconds: 0 }, 'Placing 1 item: 200 credits, about 1 s.'],
    ['fr', { items: 1, calls: 4, writes: 3, credits: 200, seconds: 0 }, 'Placement de 1 élément : 200 crédits, environ 1 s.'],
    ['fr', { items: 25_000, calls: 75_006, writes: 75_005, credits: 3_750_300, seconds: 9_000 }, 'Placement de 25\u202f000 éléments : 3\u202f750\u202f300 crédits, environ 3 h.'],
    ['en', { items: 1e12, calls: 1, writes: 1, credits: 1e15, seconds: 1e12 }, 'Placing 1,000,000,000,000 items, about 277777778 h.'],
    ['fr', { items: 1e30, calls: 1, writes: 1, credits: 1e30, seconds: 1e30 }, 'Placement de la carte : le détail est dans le panneau.'],
  ] as const)('%s: %j', (locale, estimate, words) => {
    expect(describeMiroEstimate(estimate, locale)).toBe(words);
  });

  test.each([
    [0, '1 s'],
    [0.2, '1 s'],
    [89, '89 s'],
    [90, '2 min'],
    [5_399, '90 min'],
    [5_400, '2 h'],
  ])('describeSeconds(%d) is %s', (seconds, words) => {
    expect(describeSeconds(seconds)).toBe(words);
  });

  test('fitMiroNotification takes the first wording that fits, else cuts the last one visibly', () => {
    const long = 'x'.repeat(MIRO_NOTIFICATION_MAX + 1);
    expect(fitMiroNotification([long, 'short'])).toBe('short');
    expect(fitMiroNotification(['x'.repeat(MIRO_NOTIFICATION_MAX)])).toHaveLength(MIRO_NOTIFICATION_MAX);
    expect(fitMiroNotification([long])).toBe(`${'x'.repeat(MIRO_NOTIFICATION_MAX - 1)}…`);
  });

  test('the fake refuses a notification past 80 characters, as Miro does', async () => {
    const fake = createMiroFake();
    await fake.board.notifications.showInfo('x'.repeat(80));
    await expect(fake.board.notifications.showInfo('x'.repeat(81))).rejects.toMatchObject({ message: expect.stringMatching(/at most 80 characters/) });
    await expect(fake.board.notifications.showError('é'.repeat(81))).rejects.toMatchObject({ message: expect.stringMatching(/at most 80 characters/) });
    expect(fake.notifications).toEqual([{ type: 'info', message: 'x'.repeat(80) }]);
  });

  test.each(['fr', 'en'] as const)('the Miro panel shows the estimate as a notification that fits (%s)', async (locale) => {
    const fake = createMiroFake();
    const host = createMiroPanelHost(fake.board, { locale, userId: 'u1', place: { pacing: { maxInFlight: 4 }, retry: { baseMs: 2, maxMs: 10 } } });
    await host.place(fixtureLayout(), {});
    expect(fake.notifications).toHaveLength(1);
    expect(fake.notifications[0]!.message.length).toBeLessThanOrEqual(MIRO_NOTIFICATION_MAX);
    expect(fake.notifications[0]!.message).toMatch(locale === 'fr' ? /^Placement de 12 éléments : / : /^Placing 12 items: /);
  });
});
