/**
 * Host-fault properties of both adapters, run short by `npm test` and long by `npm run fuzz`: for
 * any pattern of failing calls (which kind, how often, from where) and any moment the panel closes,
 * the placement ends with a report (never a throw), leaves nothing it cannot recognise unless the
 * report names it, and once the host is healthy one more placement gives exactly a clean board.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { layoutJourney, type Layout, type PlacementReport } from '../../core/src/index.js';
import { placeOnFigJam } from '../../figma-plugin/src/place-on-figjam.js';
import { placeOnMiro } from '../../miro-app/src/place-on-miro.js';
import { FakeFigma } from '../fakes/figma-fake.js';
import { createMiroFake, type FakeFailure } from '../fakes/miro-fake.js';
import { boardShape } from '../figjam/board-tree.js';
import { boardSnapshot } from '../miro/board-snapshot.js';
import { FaultyFigma } from './faulty-figma.js';
import { hostileJourney } from './hostile-journey.js';
import { VirtualClock } from './virtual-clock.js';

const STAGES = ['Discover', 'Compare offers', '<b>Pay</b>', 'Use the app'];
const before: Layout = layoutJourney(hostileJourney(STAGES));
const after: Layout = layoutJourney(hostileJourney([...STAGES.map((stage) => `${stage} (v2)`), 'Renew']));

/** Which calls fail: every k-th from an offset, of one kind; when the panel closes; first placement or re-sync. */
const faults = fc.record({
  kind: fc.constantFrom<FakeFailure>('transient', 'rateLimit', 'permanent', 'unknown'),
  k: fc.integer({ min: 2, max: 40 }),
  offset: fc.nat(39),
  closeAfter: fc.option(fc.nat(90), { nil: undefined }),
  resync: fc.boolean(),
});

/** Every placement at the same spot, so that a re-synced map compares with a fresh one. */
const ORIGIN = { x: 0, y: 0 };

const orphanNotes = (report: PlacementReport) => report.problems.filter((problem) => /delete it by hand|remove those by hand/.test(problem.message)).length;

let cleanMiro: ReturnType<typeof boardSnapshot> | undefined;
async function cleanMiroBoard(): Promise<ReturnType<typeof boardSnapshot>> {
  if (cleanMiro === undefined) {
    const fake = createMiroFake();
    await placeOnMiro(fake.board, after, { origin: ORIGIN });
    cleanMiro = boardSnapshot(fake);
  }
  return cleanMiro;
}

/** Miro: faults, a possible close, then a healthy placement equals a clean one. */
export const miroFaultsThenResume = () =>
  fc.asyncProperty(faults, async ({ kind, k, offset, closeAfter, resync }) => {
    const clock = new VirtualClock();
    let broken = false;
    const fake = createMiroFake({ now: () => clock.now(), fail: (call) => (broken && (call.index + offset) % k === 0 ? kind : undefined) });
    const place = (layout: Layout, signal?: AbortSignal, onProgress?: (done: number) => void) =>
      clock.drive(
        placeOnMiro(fake.board, layout, {
          clock,
          origin: ORIGIN,
          retry: { random: () => 0.5 },
          ...(signal ? { signal } : {}),
          ...(onProgress ? { onProgress: ({ phase, done }) => phase !== 'plan' && onProgress(done) } : {}),
        }),
      );
    if (resync) await place(before);
    broken = true;
    const panel = new AbortController();
    const first = await place(after, panel.signal, (done) => closeAfter !== undefined && done >= closeAfter && panel.abort());
    if (first.failed > 0 || first.cancelled) expect(first.problems.length).toBeGreaterThan(0);
    const orphans = fake.items().filter((stored) => stored.metadata.parcours === undefined);
    expect(orphanNotes(first)).toBe(orphans.length);
    broken = false;
    for (const orphan of orphans) await fake.board.remove({ id: orphan.id, type: orphan.type });
    const resumed = await place(after);
    expect(resumed).toMatchObject({ failed: 0, cancelled: false });
    const snapshot = boardSnapshot(fake);
    expect(snapshot.duplicates).toEqual([]);
    expect(snapshot.items).toEqual((await cleanMiroBoard()).items);
  });

let cleanFigJam: unknown;
function cleanFigJamBoard(): Promise<unknown> {
  cleanFigJam ??= (async () => {
    const figma = new FakeFigma();
    await placeOnFigJam(figma, after, { origin: ORIGIN });
    return boardShape(figma);
  })();
  return cleanFigJam as Promise<unknown>;
}

/** FigJam: refused writes, a possible close, then a healthy placement equals a clean one. */
export const figJamFaultsThenResume = () =>
  fc.asyncProperty(faults, async ({ k, offset, closeAfter, resync }) => {
    const figma = new FaultyFigma();
    const place = (layout: Layout, signal?: AbortSignal, onProgress?: (done: number) => void) =>
      placeOnFigJam(figma, layout, { origin: ORIGIN, ...(signal ? { signal } : {}), ...(onProgress ? { onProgress: ({ done }) => onProgress(done) } : {}) });
    if (resync) await place(before);
    figma.refuse = (n) => ((n + offset) % k === 0 ? 'the document is busy' : undefined);
    const panel = new AbortController();
    const first = await place(after, panel.signal, (done) => closeAfter !== undefined && done >= closeAfter && panel.abort());
    if (first.failed > 0 || first.cancelled) expect(first.problems.length).toBeGreaterThan(0);
    const bare = figma.allNodes().filter((node) => node.getPluginData('parcours') === '');
    if (bare.length > 0) expect(orphanNotes(first)).toBeGreaterThan(0);
    figma.refuse = () => undefined;
    for (const node of bare) node.remove();
    const resumed = await place(after);
    expect(resumed).toMatchObject({ failed: 0, cancelled: false });
    expect(boardShape(figma)).toEqual(await cleanFigJamBoard());
  });
