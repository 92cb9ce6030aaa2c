import { asWritten } from '../words/as-written.js';
import type { Rect } from '@mirohq/websdk-types';
import { describe, expect, test, vi } from 'vitest';
import { layoutJourney } from '../../core/src/index.js';
import { CHECK_METADATA_KEY, checkMiroBoard, type CheckCall } from '../../miro-app/src/check-miro-board.js';
import { MIRO_STICKY_NOTE } from '../../miro-app/src/miro-sticky-size.js';
import type { MiroBoardApi } from '../../miro-app/src/miro-board-api.js';
import { createMiroPanelHost } from '../../miro-app/src/miro-panel-host.js';
import { journeyFromTemplate } from '../../ui/state/journey-from-template.js';
import { layoutOptionsFor } from '../../ui/state/layout-options-for.js';
import { defaultDraft } from '../../ui/state/panel-draft.js';
import { defaultTemplate } from '../../ui/state/template-form.js';
import { withMeasuredSticky } from '../../ui/state/with-measured-sticky.js';
import { createMiroFake, hostError, type MiroFake, type MiroFakeOptions } from '../fakes/miro-fake.js';

const direct: CheckCall = (_name, call) => call();
const quick = { retry: { baseMs: 1, maxMs: 2, random: () => 0 } };

/**
 * The fake board, with sticky notes sized as Miro documents them (a square one 199 × 228; set the
 * width, the height follows: developers.miro.com/docs/websdk-reference-sticky-note) and shapes and
 * texts reporting a font as Miro's items do, whatever the fake's own proportions: these tests are
 * about what the check reads back. `created` records every create's props.
 */
function miroBoard(options: MiroFakeOptions = {}, stickyShape: { w: number; h: number } = MIRO_STICKY_NOTE.square) {
  const fake = createMiroFake(options);
  const created: { method: string; x: number; y: number; width: number; height: number }[] = [];
  const board: MiroBoardApi = {
    ...fake.board,
    async createStickyNote(props) {
      const item = await fake.board.createStickyNote(props);
      item.height = (item.width * stickyShape.h) / stickyShape.w;
      fake.edit(item.id, { height: item.height });
      created.push({ method: 'createStickyNote', x: item.x, y: item.y, width: item.width, height: item.height });
      return item;
    },
    async createShape(props) {
      const item = await fake.board.createShape({ ...props, style: { fontFamily: 'open_sans', fontSize: 14, ...props.style } });
      created.push({ method: 'createShape', x: item.x, y: item.y, width: item.width, height: item.height });
      return item;
    },
    async createText(props) {
      const item = await fake.board.createText({ ...props, style: { fontFamily: 'open_sans', fontSize: 14, ...props.style } });
      created.push({ method: 'createText', x: item.x, y: item.y, width: item.width, height: item.height });
      return item;
    },
  };
  return { fake, board, created };
}

/** A user's frame with a sticky note in it, just left of the default viewport (x from −500). */
function userFrame(fake: MiroFake): string {
  const frame = fake.addByHand('frame', { x: -900, y: 0, width: 700, height: 500, title: 'Our research', childrenIds: [] });
  fake.addByHand('sticky_note', { x: 100, y: 100, width: 199, height: 228, content: '<p>Ours</p>' }, frame);
  return frame;
}

describe('checkMiroBoard', () => {
  test('reads back sizes, fonts and metadata, then removes its three items: the board is as before', async () => {
    const { fake, board } = miroBoard();
    userFrame(fake);
    const before = structuredClone(fake.items());

    const check = await checkMiroBoard(board, direct);

    expect(check).toEqual({
      items: [
        { kind: 'sticky', expected: { w: 199, h: 228 }, size: { w: 199, h: 228 } },
        { kind: 'shape', expected: { w: 200, h: 100 }, size: { w: 200, h: 100 }, font: { family: 'open_sans', size: 14 } },
        { kind: 'text', expected: { w: 300 }, size: { w: 300, h: expect.any(Number) }, font: { family: 'open_sans', size: 14 } },
      ],
      fonts: [],
      hiddenData: { ok: true },
      cleanup: { created: 3, removed: 3 },
      measured: { sticky: { w: 199, h: 228 } },
    });
    expect(fake.items()).toEqual(before);
  });

  test('asks Miro for free space left of the view and creates everything there, at the top level', async () => {
    let asked: Rect | undefined;
    let found: Rect | undefined;
    // Miro finds free space near the point asked: here, 1,000 lower (something is in the way).
    const { fake, board, created } = miroBoard({
      emptySpace: (rect) => {
        asked = rect;
        found = { ...rect, y: rect.y + 1000 };
        return found;
      },
    });
    userFrame(fake);
    await checkMiroBoard(board, direct);

    expect(asked!.x + asked!.width / 2).toBeLessThanOrEqual(-500);
    expect(created.map((item) => item.method)).toEqual(['createStickyNote', 'createShape', 'createText']);
    for (const item of created) {
      expect(item.x - item.width / 2).toBeGreaterThanOrEqual(found!.x - found!.width / 2);
      expect(item.x + item.width / 2).toBeLessThanOrEqual(found!.x + found!.width / 2);
      expect(item.y - item.height / 2).toBeGreaterThanOrEqual(found!.y - found!.height / 2);
      expect(item.y + item.height / 2).toBeLessThanOrEqual(found!.y + found!.height / 2);
    }
    // Side by side, left to right, never overlapping.
    for (let index = 1; index < created.length; index++) {
      expect(created[index - 1]!.x + created[index - 1]!.width / 2).toBeLessThan(created[index]!.x - created[index]!.width / 2);
    }
    // Nothing was added to a frame.
    expect(fake.log.filter((call) => call.method === 'frame.add')).toEqual([]);
  });

  test('the metadata round trip writes under its own key (placement reads `parcours`), with accents, emoji and CJK', async () => {
    const { fake, board } = miroBoard();
    const written: [string, unknown][] = [];
    const create = board.createStickyNote.bind(board);
    board.createStickyNote = async (props) => {
      const sticky = await create(props);
      const set = sticky.setMetadata.bind(sticky);
      sticky.setMetadata = ((key: string, value: Parameters<typeof set>[1]) => (written.push([key, value]), set(key, value))) as typeof sticky.setMetadata;
      return sticky;
    };
    await checkMiroBoard(board, direct);
    expect(written).toEqual([[CHECK_METADATA_KEY, { v: 1, text: 'Parcours ✓ « é » 🙂 漢字' }]]);
    expect(CHECK_METADATA_KEY).not.toBe('parcours');
    expect(fake.log.filter((call) => /Metadata$/.test(call.method)).map((call) => call.method)).toEqual(['sticky_note.setMetadata', 'sticky_note.getMetadata']);
  });

  test('a sticky note Miro sizes differently is measured as it is, and maps are laid out for it', async () => {
    // A board whose square sticky notes come out 199 × 199.
    const { board } = miroBoard({}, { w: 1, h: 1 });
    const check = await checkMiroBoard(board, direct);
    expect(check.items[0]).toEqual({ kind: 'sticky', expected: { w: 199, h: 228 }, size: { w: 199, h: 199 } });
    expect(check.measured).toEqual({ sticky: { w: 199, h: 199 } });

    const documented = await checkMiroBoard(miroBoard().board, direct);
    const built = journeyFromTemplate(defaultTemplate('en'), 'en');
    if (!built.ok) throw new Error('the default template is a journey');
    // Large stickies (240 wide): the height follows the measured proportion, 240 × 228 / 199.
    const options = withMeasuredSticky(layoutOptionsFor(built.journey, defaultDraft('en').options), documented.measured, false);
    expect(options.stickySize).toEqual({ w: 240, h: 275 });
    const stickies = layoutJourney(built.journey, options).primitives.filter((primitive) => primitive.kind === 'sticky');
    expect(stickies.length).toBeGreaterThan(0);
    expect(stickies.every((primitive) => primitive.box.w === 240 && primitive.box.h === 275)).toBe(true);
  });
});

describe('checkMiroBoard when Miro fails', () => {
  test.each([
    {
      name: 'the shape cannot be created',
      fails: 'board.createShape',
      expect: { items: { shape: { step: 'create', message: 'Invalid input: the board refused the request' } }, cleanup: { created: 2, removed: 2 }, hiddenData: { ok: true } },
    },
    {
      name: 'the sticky note cannot be created',
      fails: 'board.createStickyNote',
      expect: { items: { sticky: { step: 'create', message: 'Invalid input: the board refused the request' } }, cleanup: { created: 2, removed: 2 }, hiddenData: { ok: false } },
    },
    {
      name: 'the metadata cannot be written',
      fails: 'sticky_note.setMetadata',
      expect: { items: {}, cleanup: { created: 3, removed: 3 }, hiddenData: { ok: false, error: { step: 'write', message: 'Invalid input: the board refused the request' } } },
    },
    {
      name: 'the metadata cannot be read back',
      fails: 'sticky_note.getMetadata',
      expect: { items: {}, cleanup: { created: 3, removed: 3 }, hiddenData: { ok: false, error: { step: 'read', message: 'Invalid input: the board refused the request' } } },
    },
    {
      name: 'the viewport cannot be read',
      fails: 'viewport.get',
      expect: {
        items: {
          sticky: { step: 'place', message: 'Invalid input: the board refused the request' },
          shape: { step: 'place', message: 'Invalid input: the board refused the request' },
          text: { step: 'place', message: 'Invalid input: the board refused the request' },
        },
        cleanup: { created: 0, removed: 0 },
        hiddenData: { ok: false },
      },
    },
  ])('$name: said, and every item it made is removed', async ({ fails, expect: wanted }) => {
    const { fake, board } = miroBoard({ fail: (call) => (call.method === fails ? 'permanent' : undefined) });
    userFrame(fake);
    const before = structuredClone(fake.items());
    const check = await checkMiroBoard(board, direct);
    for (const item of check.items) expect(asWritten(item.error)).toEqual(wanted.items[item.kind as keyof typeof wanted.items]);
    expect(asWritten(check.cleanup)).toEqual(wanted.cleanup);
    expect(asWritten(check.hiddenData)).toEqual(wanted.hiddenData);
    expect(fake.items()).toEqual(before);
  });

  test('metadata that comes back changed is said', async () => {
    const { board } = miroBoard();
    const create = board.createStickyNote.bind(board);
    board.createStickyNote = async (props) => {
      const sticky = await create(props);
      sticky.getMetadata = (async () => ({ v: 1, text: 'Parcours ? « e »' })) as typeof sticky.getMetadata;
      return sticky;
    };
    const check = await checkMiroBoard(board, direct);
    expect(asWritten(check.hiddenData)).toEqual({ ok: false, error: { step: 'compare', message: 'read back {"v":1,"text":"Parcours ? « e »"}' } });
  });

  test('through the panel host, calls are retried: a transient error on create or remove changes nothing', async () => {
    let failures = 0;
    const { fake, board } = miroBoard({
      fail: (call) => ((call.method === 'board.createStickyNote' || call.method === 'board.remove') && failures++ < 2 ? 'transient' : undefined),
    });
    const host = createMiroPanelHost({ ...fake.board, ...board }, { locale: 'en', userId: 'u1', place: quick });
    const check = await host.checkBoard!();
    expect(check.items.map((item) => item.error)).toEqual([undefined, undefined, undefined]);
    expect(check.cleanup).toEqual({ created: 3, removed: 3 });
    expect(fake.stats.failed).toBe(2);
    expect(fake.items()).toEqual([]);
  });

  test('an item Miro keeps refusing to remove is counted and said; the others are removed', async () => {
    const { fake, board } = miroBoard();
    let textId: string | undefined;
    const createText = board.createText.bind(board);
    const remove = board.remove.bind(board);
    const refusing = {
      ...board,
      createText: async (props: Parameters<MiroBoardApi['createText']>[0]) => {
        const text = await createText(props);
        textId = text.id;
        return text;
      },
      remove: async (item: { id: string; type: string }) => {
        if (item.id === textId) throw hostError('permanent', `Item ${item.id} is locked`);
        return remove(item);
      },
    };
    const check = await createMiroPanelHost({ ...fake.board, ...refusing }, { locale: 'en', userId: 'u1', place: quick }).checkBoard!();
    expect(asWritten(check.cleanup)).toEqual({ created: 3, removed: 2, error: `Item ${textId} is locked` });
    expect(fake.items().map((item) => item.type)).toEqual(['text']);
  });

  test('a create answered after it was given up on is removed when it lands', async () => {
    const { fake, board } = miroBoard();
    // The text's create times out on our side, yet reaches the board once the check has ended.
    let land = () => {};
    let landed: Promise<unknown> = Promise.resolve();
    const call: CheckCall = (name, run, how) => {
      if (name !== 'board.createText') return run();
      const late = new Promise<void>((resolve) => {
        land = resolve;
      }).then(run);
      landed = late;
      how?.onAbandoned?.(late);
      return Promise.reject(hostError('transient', 'Board call timed out'));
    };
    const check = await checkMiroBoard(board, call);
    expect(check.items[2]).toMatchObject({ kind: 'text', error: { step: 'create', message: 'Board call timed out' } });
    expect(fake.items()).toEqual([]);
    land();
    await landed;
    await vi.waitFor(() => expect(fake.items()).toEqual([]));
  });
});
