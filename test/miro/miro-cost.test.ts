import { describe, expect, test } from 'vitest';
import { describeMiroCost } from '../../miro-app/src/describe-miro-cost.js';
import { createMiroPanelHost } from '../../miro-app/src/miro-panel-host.js';
import { createMiroFake } from '../fakes/miro-fake.js';
import { fixtureLayout } from './fixture-layout.js';

const quick = { pacing: { maxInFlight: 4 }, retry: { baseMs: 2, maxMs: 10 } };

describe('describeMiroCost', () => {
  test.each([
    ['en', { items: 181, calls: 544, writes: 543, credits: 27_200, seconds: 7 }, 'On Miro: 181 items to create, 27,200 credits, about 7 s.'],
    ['en', { items: 1, calls: 4, writes: 3, credits: 200, seconds: 0 }, 'On Miro: 1 item to create, 200 credits, about 1 s.'],
    ['en', { items: 0, calls: 15, writes: 2, credits: 750, seconds: 1 }, 'On Miro: 750 credits, about 1 s.'],
    ['fr', { items: 3_100, calls: 9_301, writes: 9_300, credits: 465_050, seconds: 300 }, 'Sur Miro : 3\u202f100 éléments à créer, 465\u202f050 crédits, environ 5 min.'],
  ] as const)('%s: %j', (locale, estimate, words) => {
    expect(describeMiroCost(estimate, locale)).toBe(words);
  });

  test('a plan that writes nothing says nothing (the plan already says the map is up to date)', () => {
    expect(describeMiroCost({ items: 0, calls: 13, writes: 0, credits: 650, seconds: 1 }, 'en')).toBeUndefined();
  });
});

describe('the Miro panel host’s estimate', () => {
  test('before a first placement: every item of the map, in the panel’s language', async () => {
    const fake = createMiroFake();
    const host = createMiroPanelHost(fake.board, { locale: 'en', userId: 'u1', place: quick });
    const layout = fixtureLayout();
    await host.preview(layout);
    // 12 items (the curve is one connector); 38 calls × 50 credits, as placeOnMiro counts them.
    expect(host.estimate?.(layout)).toBe('On Miro: 12 items to create, 1,900 credits, about 1 s.');
  });

  test('after a placement, the preview of the same map finds nothing to write', async () => {
    const fake = createMiroFake();
    const host = createMiroPanelHost(fake.board, { locale: 'en', userId: 'u1', place: quick });
    const layout = fixtureLayout();
    await host.place(layout, {});
    await host.preview(layout);
    expect(host.estimate?.(layout)).toBeUndefined();
  });
});
