import { describe, expect, test, vi } from 'vitest';
import { layoutJourney, type Layout, type PlacementReport } from '../../core/src/index.js';
import { expandForMiro } from '../../miro-app/src/expand-for-miro.js';
import type { MiroBoardApi } from '../../miro-app/src/miro-board-api.js';
import { placeOnMiro, type MiroPlaceOptions } from '../../miro-app/src/place-on-miro.js';
import { createMiroFake, everyKth, hostError, type FakeCall, type FakeFailure, type MiroFake } from '../fakes/miro-fake.js';
import { boardSnapshot } from '../miro/board-snapshot.js';
import { hostileJourney } from './hostile-journey.js';
import { stallNthSticky } from './stalled-call.js';
import { VirtualClock } from './virtual-clock.js';

/** A real map: stages, five card lanes, a persona, the emotion curve (points and connectors on Miro). */
const layout: Layout = layoutJourney(hostileJourney(['Discover', 'Compare offers', '<b>Pay</b>', 'Use the app']));
const items = expandForMiro(layout).primitives.length;
/** Back-offs in virtual time, with a fixed jitter so that each run interleaves alike; otherwise the product's retry policy. */
const place = (fake: MiroFake, clock: VirtualClock, options: MiroPlaceOptions = {}) =>
  clock.drive(placeOnMiro(fake.board, layout, { clock, retry: { random: () => 0.5 }, ...options }));

async function cleanBoard(): Promise<ReturnType<typeof boardSnapshot>> {
  const fake = createMiroFake();
  await placeOnMiro(fake.board, layout);
  return boardSnapshot(fake);
}

/** The board a healthy resume must leave: exactly a clean placement, nothing unmarked or doubled. */
async function expectClean(fake: MiroFake): Promise<void> {
  const snapshot = boardSnapshot(fake);
  expect(snapshot.duplicates).toEqual([]);
  expect(snapshot.unmarked).toBe(0);
  expect(snapshot).toEqual(await cleanBoard());
}

const messages = (report: PlacementReport) => report.problems.map((problem) => problem.message);

/** How the report names the kind of error that stopped a placement (words, not the kinds' ids). */
const STOPPED: Record<string, string> = { permanent: 'permanent', rateLimit: 'rate-limit', transient: 'transient', unknown: 'unexpected' };

describe('Miro: every k-th host call fails', () => {
  test.each<[FakeFailure, number]>([
    ['transient', 2],
    ['transient', 3],
    ['transient', 7],
    ['rateLimit', 5],
    ['rateLimit', 9],
    ['unknown', 7],
    ['unknown', 11],
  ])('%s errors on every %i-th call are retried: one placement, a clean board, the retries reported', async (kind, k) => {
    const clock = new VirtualClock();
    const fake = createMiroFake({ now: () => clock.now(), fail: everyKth(k, kind) });
    const report = await place(fake, clock);
    expect(report).toMatchObject({ created: items, failed: 0, cancelled: false });
    const named = { rateLimit: 'rate-limit', transient: 'transient', unknown: 'unexpected', permanent: 'permanent' }[kind];
    expect(messages(report).at(-1)).toMatch(new RegExp(`^Host calls retried: \\d+ after ${named} errors\\.$`));
    await expectClean(fake);
  });

  // Half the calls refused, or permanent errors: retries run out, the placement stops and says so.
  test.each<[FakeFailure, number]>([
    ['rateLimit', 1],
    ['permanent', 2],
    ['permanent', 3],
    ['permanent', 11],
    // Three unexpected errors in a row on one call are reported: they may not be passing.
    ['unknown', 3],
  ])('%s errors on every %i-th call stop the placement cleanly; once the host is healthy a resume is clean', async (kind, k) => {
    let broken = true;
    const clock = new VirtualClock();
    const kth = everyKth(k, kind);
    const fake = createMiroFake({ now: () => clock.now(), fail: (call) => (broken ? kth(call) : undefined) });
    const first = await place(fake, clock);
    expect(first.failed).toBeGreaterThan(0);
    expect(first.created).toBeLessThan(items);
    expect(messages(first).join('\n')).toMatch(new RegExp(`Stopped after an error the host will not get over by retrying \\(${STOPPED[kind]}\\)|Could not read the board`));
    // What is on the board carries its metadata: nothing the resume cannot recognise.
    expect(boardSnapshot(fake).unmarked).toBe(0);
    broken = false;
    const resumed = await place(fake, clock);
    expect(resumed).toMatchObject({ failed: 0, removed: 0, cancelled: false });
    await expectClean(fake);
  });
});

describe('Miro: a write that took effect but whose answer was lost', () => {
  const CREATES = ['createFrame', 'createStickyNote', 'createShape', 'createText', 'createCard', 'createConnector'] as const;

  /** The board, but the first create of each item fails with `kind`, after creating it or not. */
  function firstCreateFails(fake: MiroFake, kind: FakeFailure, landed: boolean): MiroBoardApi {
    const seen = new Set<string>();
    const board: MiroBoardApi = { ...fake.board };
    for (const method of CREATES) {
      const create = fake.board[method] as (props: object) => Promise<unknown>;
      (board as unknown as Record<string, unknown>)[method] = async (props: object) => {
        const key = `${method} ${JSON.stringify(props)}`;
        if (seen.has(key)) return create(props);
        seen.add(key);
        if (landed) await create(props);
        throw hostError(kind);
      };
    }
    return board;
  }

  test.each<[FakeFailure, boolean]>([
    ['transient', true],
    ['transient', false],
    ['unknown', true],
    ['unknown', false],
  ])('every create fails once (%s, landed: %s): it is looked for before it is made again; no duplicate, nothing unmarked', async (kind, landed) => {
    const clock = new VirtualClock();
    const fake = createMiroFake({ now: () => clock.now() });
    const report = await clock.drive(placeOnMiro(firstCreateFails(fake, kind, landed), layout, { clock, retry: { random: () => 0.5 } }));
    expect(report).toMatchObject({ created: items, failed: 0, cancelled: false });
    await expectClean(fake);
    // One look per failed create (after the board read), and a create made again only when the look found nothing.
    expect(fake.log.filter((call) => call.method === 'board.get')).toHaveLength(1 + items);
    // The wrapper forwards one create per item: the one that landed, or the retry after the look found nothing.
    expect(fake.log.filter((call) => call.method.startsWith('board.create'))).toHaveLength(items);
  });

  test('frame.add whose answer was lost: the board is read, the item is not added twice', async () => {
    const clock = new VirtualClock();
    let lost = 0;
    const fake = createMiroFake({ now: () => clock.now(), fail: (call) => (call.method === 'frame.add' && lost++ % 2 === 0 ? 'transient' : undefined) });
    const report = await place(fake, clock);
    expect(report).toMatchObject({ created: items, failed: 0 });
    await expectClean(fake);
    // Each lost answer is followed by a look, which finds the child: one frame.add per child, never two.
    const adds = fake.log.filter((call) => call.method === 'frame.add');
    const children = Object.values(boardSnapshot(fake).items).filter((item) => item.parent !== null);
    expect(adds).toHaveLength(children.length);
    expect(adds.filter((call) => call.outcome === 'failed')).toHaveLength(Math.ceil(children.length / 2));
  });

  test('removals whose answer was lost: the item is gone, which is what was asked', async () => {
    const clock = new VirtualClock();
    let removals = 0;
    const fake = createMiroFake({ now: () => clock.now(), fail: (call) => (call.method === 'board.remove' && removals++ % 2 === 0 ? 'transient' : undefined) });
    await place(fake, clock);
    const smaller = layoutJourney(hostileJourney(['Discover', 'Use the app']));
    const report = await clock.drive(placeOnMiro(fake.board, smaller, { clock, retry: { random: () => 0.5 } }));
    expect(report).toMatchObject({ failed: 0, cancelled: false });
    expect(report.removed).toBeGreaterThan(0);
    expect(fake.log.filter((call) => call.method === 'board.remove' && call.outcome === 'failed').length).toBeGreaterThan(0);
    const clean = createMiroFake();
    await placeOnMiro(clean.board, smaller);
    expect(boardSnapshot(fake)).toEqual({ ...boardSnapshot(clean), items: expect.anything() });
    expect(Object.keys(boardSnapshot(fake).items).sort()).toEqual(Object.keys(boardSnapshot(clean).items).sort());
  });

  test('unknown errors that never end stop the placement after three attempts of a call; a healthy resume is clean', async () => {
    let broken = true;
    const clock = new VirtualClock();
    const fake = createMiroFake({
      now: () => clock.now(),
      fail: (call) => (broken && call.method === 'board.createStickyNote' ? { kind: 'unknown', landed: false } : undefined),
    });
    const first = await place(fake, clock);
    expect(first.failed).toBeGreaterThan(0);
    expect(messages(first)).toContain('Stopped after an error the host will not get over by retrying (unexpected). What was placed is recorded on the items: place again to resume without duplicates.');
    expect(messages(first)).toContainEqual(expect.stringMatching(/^Could not create (the \w+ ".+"|an? \w+ without text): the board gave an unexpected error \(Something went wrong\)$/));
    expect(fake.log.filter((call) => call.method === 'board.createStickyNote' && call.outcome === 'ok')).toEqual([]);
    expect(boardSnapshot(fake).unmarked).toBe(0);
    broken = false;
    const resumed = await place(fake, clock);
    expect(resumed).toMatchObject({ failed: 0, cancelled: false });
    await expectClean(fake);
  });
});

describe('Miro: the board refuses with a rate limit for a while', () => {
  test('30 s of rate-limit errors: the default back-off waits them out in one placement and says so', async () => {
    const clock = new VirtualClock();
    const wallUntil = 30_000;
    const fake = createMiroFake({ now: () => clock.now(), fail: (call) => (call.start < wallUntil ? 'rateLimit' : undefined) });
    const report = await place(fake, clock);
    expect(fake.stats.failed).toBeGreaterThan(0);
    expect(clock.now()).toBeGreaterThanOrEqual(wallUntil);
    expect(report).toMatchObject({ created: items, failed: 0, cancelled: false });
    expect(messages(report)).toEqual([expect.stringMatching(/^Host calls retried: \d+ after rate-limit errors\.$/)]);
    await expectClean(fake);
  });

  test('a rate limit that outlasts every retry stops cleanly, names every item it could not mark, and a later resume is clean', async () => {
    const clock = new VirtualClock();
    const wallUntil = 10 * 60_000;
    const fake = createMiroFake({ now: () => clock.now(), fail: (call) => (call.index >= 20 && call.start < wallUntil ? 'rateLimit' : undefined) });
    const first = await place(fake, clock);
    expect(first.failed).toBeGreaterThan(0);
    expect(messages(first).join('\n')).toContain('Stopped after an error the host will not get over by retrying (rate-limit)');
    // Created just before the wall, their metadata refused and so their removal: each one is named.
    const orphans = fake.items().filter((stored) => stored.metadata.parcours === undefined);
    expect(orphans.length).toBeGreaterThan(0);
    expect(messages(first).filter((message) => message.endsWith('delete it by hand, or placing again adds it a second time.'))).toHaveLength(orphans.length);
    await clock.drive(clock.sleep(wallUntil));
    for (const orphan of orphans) await fake.board.remove({ id: orphan.id, type: orphan.type });
    const resumed = await place(fake, clock);
    expect(resumed).toMatchObject({ failed: 0, cancelled: false });
    await expectClean(fake);
  });
});

describe('Miro: the panel closes mid-placement', () => {
  test.each([1, 10, 25])('closed after %i changes while calls fail now and then: no orphan, and a resume is clean', async (after) => {
    const clock = new VirtualClock();
    const fake = createMiroFake({ now: () => clock.now(), fail: everyKth(4, 'transient') });
    const panel = new AbortController();
    const progress: number[] = [];
    const first = await place(fake, clock, {
      signal: panel.signal,
      onProgress: ({ phase, done }) => {
        if (phase !== 'plan') progress.push(done);
        if (phase !== 'plan' && done >= after) panel.abort();
      },
    });
    expect(first.cancelled).toBe(true);
    expect(messages(first)).toContain('Cancelled: what was placed is recorded on the items; place again to resume.');
    expect(boardSnapshot(fake).unmarked).toBe(0);
    expect(progress.length).toBeGreaterThan(0);
    const resumed = await place(fake, clock);
    expect(resumed).toMatchObject({ failed: 0, cancelled: false });
    expect(first.created + resumed.created).toBe(items);
    await expectClean(fake);
  });
});

describe('Miro: a host call that answers late, or never', () => {
  test('a create that answers late, after the panel closed: the item still gets its metadata, and a resume is clean', async () => {
    const fake = createMiroFake();
    const { board, stalled } = stallNthSticky(fake.board, 3);
    const panel = new AbortController();
    const placing = placeOnMiro(board, layout, { signal: panel.signal });
    await stalled.asked;
    panel.abort();
    stalled.release();
    const first = await placing;
    expect(first.cancelled).toBe(true);
    expect(boardSnapshot(fake).unmarked).toBe(0);
    const resumed = await placeOnMiro(fake.board, layout);
    expect(resumed).toMatchObject({ failed: 0, cancelled: false });
    expect(first.created + resumed.created).toBe(items);
    await expectClean(fake);
  });

  test('a create that never answers lets Cancel end the placement at once, naming the item; a resume is clean', async () => {
    const fake = createMiroFake();
    const { board, stalled } = stallNthSticky(fake.board, 3);
    const panel = new AbortController();
    const placing = placeOnMiro(board, layout, { signal: panel.signal });
    await stalled.asked;
    panel.abort();
    const first = await placing;
    expect(first.cancelled).toBe(true);
    expect(messages(first)).toContainEqual(expect.stringMatching(/^The host did not answer when asked to create ".+" \(timed out, or Cancel came first\)\. .*delete it by hand/));
    expect(boardSnapshot(fake).unmarked).toBe(0);
    const resumed = await placeOnMiro(fake.board, layout);
    expect(resumed.failed).toBe(0);
    expect(first.created + resumed.created).toBe(items);
    await expectClean(fake);
  });

  test('a create that never answers times out after 30 s, is retried and named; when it lands late it is removed: no duplicate', async () => {
    const clock = new VirtualClock();
    const fake = createMiroFake({ now: () => clock.now() });
    const { board, stalled } = stallNthSticky(fake.board, 3);
    const report = await clock.drive(placeOnMiro(board, layout, { clock, retry: { random: () => 0.5, timeoutClock: clock } }));
    expect(clock.now()).toBeGreaterThanOrEqual(30_000);
    expect(report).toMatchObject({ created: items, failed: 0, cancelled: false });
    expect(messages(report)).toContainEqual(expect.stringMatching(/^The host did not answer when asked to create ".+"/));
    expect(messages(report).at(-1)).toBe('Host calls retried: 1 after transient errors.');
    await expectClean(fake);
    stalled.release();
    await vi.waitFor(() => expect(fake.items()).toHaveLength(items));
    await expectClean(fake);
  });

  test('a call that never answers, retries included, stops the placement and names the item; a healthy resume is clean', async () => {
    const clock = new VirtualClock();
    const fake = createMiroFake({ now: () => clock.now() });
    const hung = { ...fake.board, createStickyNote: () => new Promise<never>(() => undefined) };
    const first = await clock.drive(placeOnMiro(hung, layout, { clock, retry: { random: () => 0.5, timeoutClock: clock } }));
    expect(first.failed).toBeGreaterThan(0);
    expect(messages(first)).toContainEqual(expect.stringMatching(/^Could not create the \w+ ".+": the board did not answer in time \(the host did not answer within 30 s \(timed out\)\)$/));
    expect(messages(first)).toContain('Stopped after an error the host will not get over by retrying (transient). What was placed is recorded on the items: place again to resume without duplicates.');
    expect(boardSnapshot(fake).unmarked).toBe(0);
    const resumed = await placeOnMiro(fake.board, layout);
    expect(resumed).toMatchObject({ failed: 0, cancelled: false });
    await expectClean(fake);
  });
});

describe('Miro: what a failed metadata write leaves behind', () => {
  /** The first metadata write after call 5 fails for good, and so do the next `removals` removals. */
  function metadataThenRemovalsFail(removals: number) {
    let metadataFailed = false;
    let removalsFailed = 0;
    return (call: FakeCall): FakeFailure | undefined => {
      if (!metadataFailed && call.method.endsWith('.setMetadata') && call.index > 5) {
        metadataFailed = true;
        return 'permanent';
      }
      if (metadataFailed && call.method === 'board.remove' && removalsFailed < removals) {
        removalsFailed++;
        return 'permanent';
      }
      return undefined;
    };
  }

  test('an item whose metadata failed and whose removal failed once is removed at the end: no orphan', async () => {
    const fake = createMiroFake({ fail: metadataThenRemovalsFail(1) });
    const first = await placeOnMiro(fake.board, layout);
    expect(first.failed).toBe(1);
    expect(boardSnapshot(fake).unmarked).toBe(0);
    const resumed = await placeOnMiro(fake.board, layout);
    expect(resumed.failed).toBe(0);
    await expectClean(fake);
  });

  test('an item the host will not let us mark nor remove is named in the report; once deleted by hand, a resume is clean', async () => {
    const fake = createMiroFake({ fail: metadataThenRemovalsFail(2) });
    const first = await placeOnMiro(fake.board, layout);
    const orphans = fake.items().filter((stored) => stored.metadata.parcours === undefined);
    expect(orphans).toHaveLength(1);
    expect(first.problems).toContainEqual({
      code: 'miro.unmarked',
      params: { text: expect.any(String) },
      message: expect.stringMatching(/^".+" was placed but could neither be marked as Parcours's nor removed: delete it by hand, or placing again adds it a second time\.$/),
      field: expect.any(String),
    });
    await fake.board.remove({ id: orphans[0]!.id, type: orphans[0]!.type });
    await placeOnMiro(fake.board, layout);
    await expectClean(fake);
  });
});
