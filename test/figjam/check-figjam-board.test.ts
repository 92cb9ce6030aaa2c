import { asWritten } from '../words/as-written.js';
import { describe, expect, test } from 'vitest';
import { checkFigJamBoard } from '../../figma-plugin/src/check-figjam-board.js';
import { FIGJAM_BOARD } from '../../figma-plugin/src/figjam-board.js';
import { createFigJamPanelHost, type PanelChannel } from '../../figma-plugin/src/figjam-panel-host.js';
import { handlePanelMessages } from '../../figma-plugin/src/handle-panel-message.js';
import { parsePluginMessage } from '../../figma-plugin/src/messages.js';
import { layoutOptionsFor } from '../../ui/state/layout-options-for.js';
import { defaultDraft } from '../../ui/state/panel-draft.js';
import { withMeasuredSticky } from '../../ui/state/with-measured-sticky.js';
import { layoutJourney } from '../../core/src/index.js';
import { journeyFromTemplate } from '../../ui/state/journey-from-template.js';
import { defaultTemplate } from '../../ui/state/template-form.js';
import { FakeFigma, FakeSection } from '../fakes/figma-fake.js';

type Maker = 'createSticky' | 'createShapeWithText' | 'createText';

/** Every sticky, shape and text the fake creates from now on, kept aside (removed nodes keep their place). */
function watchCreates(figma: FakeFigma) {
  const made: { id: string; type: string; x: number; y: number; width: number }[] = [];
  for (const name of ['createSticky', 'createShapeWithText', 'createText'] as const satisfies readonly Maker[]) {
    const create = figma[name].bind(figma);
    Object.assign(figma, {
      [name]: () => {
        const node = create();
        made.push(node);
        return node;
      },
    });
  }
  return made;
}

/**
 * A sticky that grows with its text as FigJam's does (240 × 240 empty; PRODUCT.md §11): the fake's
 * stays 240 × 240, and the check must report what the host does.
 */
function growingStickies(figma: FakeFigma): void {
  const create = figma.createSticky.bind(figma);
  figma.createSticky = () => {
    const sticky = create();
    Object.defineProperty(sticky, 'height', { get: () => (sticky.text.characters.length > 100 ? 336 : 240) });
    return sticky;
  };
}

/** A user's section on the page, 1,000 wide from x = 0, with a sticky inside. */
function userSection(figma: FakeFigma): FakeSection {
  const section = figma.createSection();
  section.resizeWithoutConstraints(1000, 600);
  section.x = 0;
  section.y = -300;
  section.appendChild(figma.createSticky());
  return section;
}

describe('checkFigJamBoard', () => {
  test('reports sizes, the growth of a sticky with text, fonts and the plugin-data round trip, and removes its three nodes', async () => {
    const figma = new FakeFigma();
    growingStickies(figma);
    const section = userSection(figma);
    const before = figma.allNodes();

    const check = await checkFigJamBoard(figma);

    expect(check).toEqual({
      items: [
        {
          kind: 'sticky',
          expected: { w: 240, h: 240 },
          size: { w: 240, h: 240 },
          withLongText: { w: 240, h: 336 },
          font: { family: 'Inter', style: 'Medium', size: 16 },
        },
        { kind: 'shape', expected: { w: 200, h: 100 }, size: { w: 200, h: 100 }, font: { family: 'Inter', style: 'Medium', size: 16 } },
        { kind: 'text', expected: { w: 300 }, size: { w: 300, h: expect.any(Number) }, font: { family: 'Inter', style: 'Medium', size: 12 } },
      ],
      fonts: [
        { family: 'Inter', style: 'Medium', loaded: true },
        { family: 'Inter', style: 'Bold', loaded: true },
      ],
      hiddenData: { ok: true },
      cleanup: { created: 3, removed: 3 },
      measured: { sticky: { w: 240, h: 240 } },
    });
    expect(figma.allNodes()).toEqual(before);
    expect(section.children).toHaveLength(1);
  });

  test('a long text grows the sticky: the report says how much, the layout keeps the empty size', async () => {
    const figma = new FakeFigma();
    growingStickies(figma);
    const check = await checkFigJamBoard(figma);
    const sticky = check.items.find((item) => item.kind === 'sticky');
    expect(sticky?.size).toEqual({ w: 240, h: 240 });
    expect(sticky?.withLongText).toEqual({ w: 240, h: 336 });
    // The layout keeps 240 × 240: a sticky grows with its own text, not every card's.
    expect(check.measured).toEqual({ sticky: { w: 240, h: 240 } });
  });

  test('the test nodes go on the page, left of everything already there, never inside a section', async () => {
    const figma = new FakeFigma();
    figma.viewport.center = { x: 500, y: 0 };
    userSection(figma);
    const made = watchCreates(figma);
    await checkFigJamBoard(figma);

    expect(made.map((node) => node.type)).toEqual(['STICKY', 'SHAPE_WITH_TEXT', 'TEXT']);
    const boxes = made.map((node) => ({ x: node.x, right: node.x + node.width }));
    // Beside one another, left to right, all left of the section (which starts at x = 0).
    expect(boxes.every((box) => box.right < 0)).toBe(true);
    expect(boxes[0]!.right).toBeLessThan(boxes[1]!.x);
    expect(boxes[1]!.right).toBeLessThan(boxes[2]!.x);
    // Created on the page (FigJam's default parent), never moved into the user's section.
    expect(figma.calls.filter((call) => call.op === 'appendChild' && made.some((node) => node.id === call.detail))).toEqual([]);
  });

  test('no undo step, selection or viewport change: the check leaves no trace', async () => {
    const figma = new FakeFigma();
    await checkFigJamBoard(figma);
    expect(figma.calls.filter((call) => call.kind === 'undo' || call.kind === 'view')).toEqual([]);
    expect(figma.allNodes()).toEqual([]);
  });

  test('placement lays maps out for the sticky size measured when it differs from 240 × 240', async () => {
    const figma = new FakeFigma();
    const create = figma.createSticky.bind(figma);
    figma.createSticky = () => {
      const sticky = create();
      Object.defineProperty(sticky, 'height', { get: () => 252 });
      return sticky;
    };
    const check = await checkFigJamBoard(figma);
    expect(check.measured).toEqual({ sticky: { w: 240, h: 252 } });

    const built = journeyFromTemplate(defaultTemplate('en'), 'en');
    if (!built.ok) throw new Error('the default template is a journey');
    const options = withMeasuredSticky(layoutOptionsFor(built.journey, defaultDraft('en').options, FIGJAM_BOARD), check.measured, true);
    expect(options.stickySize).toEqual({ w: 240, h: 252 });
    const stickies = layoutJourney(built.journey, options).primitives.filter((primitive) => primitive.kind === 'sticky');
    expect(stickies.length).toBeGreaterThan(0);
    expect(stickies.every((primitive) => primitive.box.h === 252)).toBe(true);
  });
});

describe('checkFigJamBoard when FigJam fails', () => {
  test('a shape that cannot be created: said, and the sticky and text are removed all the same', async () => {
    const figma = new FakeFigma();
    figma.failures = { create: { type: 'SHAPE_WITH_TEXT', nth: 1, message: 'node limit reached' } };
    const check = await checkFigJamBoard(figma);
    expect(asWritten(check.items.map((item) => [item.kind, item.error]))).toEqual([
      ['sticky', undefined],
      ['shape', { step: 'create', message: 'node limit reached' }],
      ['text', undefined],
    ]);
    expect(check.cleanup).toEqual({ created: 2, removed: 2 });
    expect(figma.allNodes()).toEqual([]);
  });

  test('Inter Medium does not load: said for the font, the sticky and the text, and nothing is left', async () => {
    const figma = new FakeFigma();
    figma.failures = { fonts: ['Inter Medium'] };
    const check = await checkFigJamBoard(figma);
    expect(asWritten(check.fonts)).toEqual([
      { family: 'Inter', style: 'Medium', loaded: false, error: 'font "Inter Medium" is not available' },
      { family: 'Inter', style: 'Bold', loaded: true },
    ]);
    const why = { step: 'text', message: 'the font Inter Medium could not be loaded: font "Inter Medium" is not available' };
    expect(check.items.find((item) => item.kind === 'sticky')).toMatchObject({ size: { w: 240, h: 240 }, error: why });
    expect(check.items.find((item) => item.kind === 'text')).toMatchObject({ error: why });
    // Plugin data needs no font: the round trip is still checked.
    expect(check.hiddenData).toEqual({ ok: true });
    expect(check.cleanup).toEqual({ created: 3, removed: 3 });
    expect(figma.allNodes()).toEqual([]);
  });

  test('a font that never answers counts as not loading, after the time limit', async () => {
    const figma = new FakeFigma();
    figma.loadFontAsync = () => new Promise<void>(() => undefined);
    const check = await checkFigJamBoard(figma, 5);
    expect(asWritten(check.fonts.map((font) => [font.style, font.loaded, font.error]))).toEqual([
      ['Medium', false, 'no answer within 5 ms'],
      ['Bold', false, 'no answer within 5 ms'],
    ]);
    expect(figma.allNodes()).toEqual([]);
  });

  test('plugin data that cannot be read back: said, and the sticky is removed', async () => {
    const figma = new FakeFigma();
    const create = figma.createSticky.bind(figma);
    figma.createSticky = () => {
      const sticky = create();
      sticky.getPluginData = () => {
        throw new Error('plugin data is not available');
      };
      return sticky;
    };
    const check = await checkFigJamBoard(figma);
    expect(asWritten(check.hiddenData)).toEqual({ ok: false, error: { step: 'read', message: 'plugin data is not available' } });
    expect(figma.allNodes()).toEqual([]);
  });

  test('plugin data that comes back changed: said', async () => {
    const figma = new FakeFigma();
    const create = figma.createSticky.bind(figma);
    figma.createSticky = () => {
      const sticky = create();
      const read = sticky.getPluginData.bind(sticky);
      sticky.getPluginData = (key: string) => read(key).replace('漢字', '??');
      return sticky;
    };
    const check = await checkFigJamBoard(figma);
    expect(check.hiddenData).toMatchObject({ ok: false, error: { step: 'compare' } });
    expect(check.hiddenData.error?.message).toContain('??');
  });

  test('a node FigJam refuses to remove is counted and said; the others are removed', async () => {
    const figma = new FakeFigma();
    const create = figma.createShapeWithText.bind(figma);
    figma.createShapeWithText = () => {
      const shape = create();
      shape.remove = () => {
        throw new Error('The node with id "1:2" cannot be removed');
      };
      return shape;
    };
    const check = await checkFigJamBoard(figma);
    expect(asWritten(check.cleanup)).toEqual({ created: 3, removed: 2, error: 'The node with id "1:2" cannot be removed' });
    expect(figma.allNodes().map((node) => node.type)).toEqual(['SHAPE_WITH_TEXT']);
  });

  test('a create that throws is no reason to stop: every other step still runs', async () => {
    const figma = new FakeFigma();
    figma.failures = { create: { type: 'STICKY', nth: 1 } };
    const check = await checkFigJamBoard(figma);
    expect(check.items.map((item) => item.kind)).toEqual(['sticky', 'shape', 'text']);
    expect(asWritten(check.items[0])).toEqual({ kind: 'sticky', expected: { w: 240, h: 240 }, error: { step: 'create', message: 'creating a STICKY failed' } });
    // Without a test sticky, no round trip and nothing measured: placement keeps its own sizes.
    expect(check.hiddenData).toEqual({ ok: false });
    expect(check.measured).toEqual({});
    expect(figma.allNodes()).toEqual([]);
  });
});

describe('the check over the plugin messages', () => {
  test('check-board is answered by board-checked, which the panel accepts', async () => {
    const figma = new FakeFigma();
    await handlePanelMessages(figma)({ type: 'check-board', id: 4 });
    expect(figma.posted).toEqual([{ type: 'board-checked', id: 4, check: expect.objectContaining({ cleanup: { created: 3, removed: 3 } }) }]);
    expect(parsePluginMessage(figma.posted[0], 'panel').ok).toBe(true);
    expect(figma.allNodes()).toEqual([]);
  });

  test('the panel host asks and gets the check, validated', async () => {
    const figma = new FakeFigma();
    const handle = handlePanelMessages(figma);
    const listeners = new Set<(raw: unknown) => void>();
    const channel: PanelChannel = {
      post: (message) => void handle(structuredClone(message)),
      listen: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    };
    const record = figma.ui.postMessage;
    figma.ui.postMessage = (message: unknown) => {
      record(message);
      for (const posted of figma.posted.splice(0)) for (const listener of listeners) listener(posted);
    };
    const check = await createFigJamPanelHost(channel, 'en').checkBoard!();
    expect(check.measured).toEqual({ sticky: { w: 240, h: 240 } });
    expect(check.hiddenData).toEqual({ ok: true });
  });

  test.each([
    ['check-board for the main thread', { type: 'check-board', id: 1 }, 'main', true],
    ['check-board sent to the panel', { type: 'check-board', id: 1 }, 'panel', false],
    ['board-checked sent to the main thread', { type: 'board-checked', id: 1, check: { items: [], fonts: [], hiddenData: { ok: true }, cleanup: { created: 0, removed: 0 }, measured: {} } }, 'main', false],
    ['a check with a negative count', { type: 'board-checked', id: 1, check: { items: [], fonts: [], hiddenData: { ok: true }, cleanup: { created: -1, removed: 0 }, measured: {} } }, 'panel', false],
    ['a check with an unknown item kind', { type: 'board-checked', id: 1, check: { items: [{ kind: 'image', expected: { w: 1 } }], fonts: [], hiddenData: { ok: true }, cleanup: { created: 0, removed: 0 }, measured: {} } }, 'panel', false],
    ['a sticky measured without a height', { type: 'board-checked', id: 1, check: { items: [], fonts: [], hiddenData: { ok: true }, cleanup: { created: 0, removed: 0 }, measured: { sticky: { w: 240 } } } }, 'panel', false],
  ] as const)('validation: %s', (_, message, side, ok) => {
    expect(parsePluginMessage(message, side).ok).toBe(ok);
  });
});
