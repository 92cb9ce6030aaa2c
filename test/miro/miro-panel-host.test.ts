import { describe, expect, test, vi } from 'vitest';
import { createMiroPanelHost, panelLocale } from '../../miro-app/src/miro-panel-host.js';
import { createMiroFake } from '../fakes/miro-fake.js';
import { fixtureLayout } from './fixture-layout.js';

const quick = { pacing: { maxInFlight: 4 }, retry: { baseMs: 2, maxMs: 10 } };

describe('createMiroPanelHost', () => {
  test('previews without writing, then places what it previewed without reading the board again', async () => {
    const fake = createMiroFake();
    const host = createMiroPanelHost(fake.board, { locale: 'en', userId: 'u1', place: quick });
    const layout = fixtureLayout();
    const plan = await host.preview(layout);
    expect(plan.add).toHaveLength(12);
    expect(fake.writes()).toEqual([]);
    const reads = fake.log.length;
    const report = await host.place(layout, {});
    expect(report.created).toBe(12);
    expect(fake.log.slice(reads).filter((call) => call.method === 'board.get')).toEqual([]);
  });

  test('a stale preview, or one of another layout, is read again', async () => {
    let clock = 0;
    const fake = createMiroFake();
    const host = createMiroPanelHost(fake.board, { locale: 'en', userId: 'u1', place: quick, now: () => clock });
    const layout = fixtureLayout();
    await host.preview(layout);
    clock += 61_000;
    const reads = fake.log.length;
    await host.place(layout, {});
    expect(fake.log.slice(reads).filter((call) => call.method === 'board.get')).toHaveLength(1);
  });

  test('tells the user the cost in a board notification before the first write', async () => {
    const fake = createMiroFake();
    const host = createMiroPanelHost(fake.board, { locale: 'fr', userId: 'u1', place: quick });
    await host.place(fixtureLayout(), {});
    const methods = fake.log.map((call) => call.method);
    const notified = methods.indexOf('notifications.showInfo');
    expect(notified).toBeGreaterThan(-1);
    expect(methods.slice(0, notified).some((method) => /create|sync|setMetadata|remove|add$/.test(method))).toBe(false);
  });

  test('keeps one draft per user in the board app storage, writes coalesced', async () => {
    vi.useFakeTimers();
    try {
      const fake = createMiroFake();
      const host = createMiroPanelHost(fake.board, { locale: 'en', userId: 'u1' });
      const other = createMiroPanelHost(fake.board, { locale: 'en', userId: 'u2' });
      const first = host.saveDraft({ title: 'a' });
      const second = host.saveDraft({ title: 'ab', skipped: undefined });
      await vi.advanceTimersByTimeAsync(2_000);
      await Promise.all([first, second]);
      expect(fake.log.filter((call) => call.method === 'storage.set')).toHaveLength(1);
      expect(await host.loadDraft()).toEqual({ title: 'ab' });
      expect(await other.loadDraft()).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  test('a storage failure gives no draft rather than no panel', async () => {
    const fake = createMiroFake({ fail: (call) => (call.method === 'storage.get' ? 'permanent' : undefined) });
    const host = createMiroPanelHost(fake.board, { locale: 'en', userId: 'u1' });
    expect(await host.loadDraft()).toBeUndefined();
  });
});

describe('panelLocale', () => {
  test.each([
    ['fr', 'fr'],
    ['FR', 'fr'],
    ['en', 'en'],
    ['de', 'en'],
    ['pt_BR', 'en'],
  ] as const)('a %s board gets a %s panel', (board, panel) => {
    expect(panelLocale(board)).toBe(panel);
  });
});
