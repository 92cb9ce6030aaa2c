// Runs on the plugin's main thread, Figma's sandbox: ECMAScript, `figma`, `console` and timers only
// (no AbortController, no Intl, no DOM). It measures and returns data; the panel words the report.
import { answerInTime, HostTimeoutError, hostErrorSaid, SaidError, say, type Said } from '../../core/src/index.js';
import type { BoardCheck, CheckedItem } from '../../ui/state/board-check.js';
import type { FigJamApi, FigJamNode, FigJamTextSublayer } from './figjam-api.js';
import { FIGJAM_STICKY_SIZE } from './figjam-board.js';
import { FIGJAM_FONTS } from './load-figjam-fonts.js';

/** The test shape and text, asked at these sizes: a shape keeps both, a text its width. */
const SHAPE = { w: 200, h: 100 } as const;
const TEXT_WIDTH = 300;
/** Room between the test items, and between them and what is already on the page. */
const GAP = 60;
/** Plugin-data key of the round trip; the node is removed, and placement reads only `parcours`. */
export const CHECK_DATA_KEY = 'parcours.check';
/** Accents, emoji and CJK: what a research team's data holds, and what plugin data must keep. */
const PROBE = JSON.stringify({ v: 1, text: 'Parcours ✓ « é » 🙂 漢字' });
const SHORT_TEXT = 'Parcours ✓';
/** About the longest card text a map carries (two or three sentences): does the sticky grow? */
const LONG_TEXT =
  'Parcours ✓ A long card, as research notes often are: the participant could not find the price, asked a friend, then gave up and called the shop the next morning.';
/** How long a font may take to load before the check counts it as not loading. */
export const CHECK_FONT_TIMEOUT_MS = 15_000;

/**
 * "Check this board" on FigJam: loads the fonts placement needs (`Inter Medium`, `Inter Bold`),
 * creates a test sticky, shape with text and text on the page, left of everything already there
 * (never inside a section), reads back their sizes (the sticky empty, then with a long text) and
 * the font of their text, writes plugin data on the sticky and reads it back, then removes every
 * node it created, even when a step threw. Returns data only.
 *
 * @example figma.ui.postMessage({ type: 'board-checked', id, check: await checkFigJamBoard(figma) })
 */
export async function checkFigJamBoard(figma: FigJamApi, timeoutMs = CHECK_FONT_TIMEOUT_MS): Promise<BoardCheck> {
  const created: FigJamNode[] = [];
  const check: BoardCheck = { items: [], fonts: [], hiddenData: { ok: false }, cleanup: { created: 0, removed: 0 }, measured: {} };
  const fonts = fontLoader(figma, timeoutMs);
  try {
    for (const font of [FIGJAM_FONTS.regular, FIGJAM_FONTS.bold]) {
      const failure = await fonts.load(font);
      check.fonts.push({ family: font.family, style: font.style, loaded: failure === undefined, ...(failure === undefined ? {} : { error: failure.message, said: failure.said }) });
    }
    const at = leftOfEverything(figma);
    let x = at.x;
    const next = (width: number) => {
      const left = x;
      x += width + GAP;
      return left;
    };

    const sticky = make(check, created, 'sticky', { ...FIGJAM_STICKY_SIZE }, () => figma.createSticky());
    if (sticky?.type === 'STICKY') {
      sticky.x = next(sticky.width);
      sticky.y = at.y;
      const item = itemOf(check, 'sticky');
      item.size = { w: sticky.width, h: sticky.height };
      check.measured.sticky = { ...item.size };
      readFont(item, sticky.text);
      await step(item, 'text', async () => {
        await fonts.require(sticky.text.fontName);
        sticky.text.characters = LONG_TEXT;
        item.withLongText = { w: sticky.width, h: sticky.height };
      });
      check.hiddenData = pluginDataRoundTrip(sticky);
    }

    const shape = make(check, created, 'shape', { ...SHAPE }, () => figma.createShapeWithText());
    if (shape?.type === 'SHAPE_WITH_TEXT') {
      const item = itemOf(check, 'shape');
      await step(item, 'create', async () => {
        shape.resize(SHAPE.w, SHAPE.h);
        shape.x = next(SHAPE.w);
        shape.y = at.y;
        item.size = { w: shape.width, h: shape.height };
      });
      readFont(item, shape.text);
      await step(item, 'text', async () => {
        await fonts.require(shape.text.fontName);
        shape.text.characters = SHORT_TEXT;
      });
    }

    const text = make(check, created, 'text', { w: TEXT_WIDTH }, () => figma.createText());
    if (text?.type === 'TEXT') {
      const item = itemOf(check, 'text');
      await step(item, 'text', async () => {
        // Placement writes texts in Inter Medium: the font a text reports is the one it was given.
        await fonts.require(FIGJAM_FONTS.regular);
        text.fontName = FIGJAM_FONTS.regular;
        text.characters = SHORT_TEXT;
        text.textAutoResize = 'HEIGHT';
        text.resize(TEXT_WIDTH, text.height);
        text.x = next(TEXT_WIDTH);
        text.y = at.y;
      });
      item.size = { w: text.width, h: text.height };
      readFont(item, text);
    }
    return check;
  } finally {
    check.cleanup = removeAll(created);
  }
}

/** Creates one node, or records why it could not be created. */
function make(check: BoardCheck, created: FigJamNode[], kind: CheckedItem['kind'], expected: CheckedItem['expected'], create: () => FigJamNode): FigJamNode | undefined {
  try {
    const node = create();
    created.push(node);
    check.items.push({ kind, expected });
    return node;
  } catch (error) {
    check.items.push({ kind, expected, error: { step: 'create', ...failed(error) } });
    return undefined;
  }
}

function itemOf(check: BoardCheck, kind: CheckedItem['kind']): CheckedItem {
  const item = check.items.find((candidate) => candidate.kind === kind);
  if (!item) throw new Error(`no ${kind} in the check`);
  return item;
}

/** Runs one step on an item; the first failure is the one reported. */
async function step(item: CheckedItem, name: NonNullable<CheckedItem['error']>['step'], run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    item.error ??= { step: name, ...failed(error) };
  }
}

/** The font the node's text reports (`figma.mixed` when it holds several: then nothing is said). */
function readFont(item: CheckedItem, text: Pick<FigJamTextSublayer, 'fontName' | 'fontSize'>): void {
  const font = text.fontName;
  if (typeof font === 'symbol') return;
  item.font = { family: font.family, style: font.style, ...(typeof text.fontSize === 'number' ? { size: text.fontSize } : {}) };
}

/** Where the row of test items starts: left of every node on the page, level with the view's centre. */
function leftOfEverything(figma: FigJamApi): { x: number; y: number } {
  let left = figma.viewport.center.x;
  for (const node of figma.currentPage.children) {
    const box = 'absoluteBoundingBox' in node ? node.absoluteBoundingBox : undefined;
    if (box) left = Math.min(left, box.x);
  }
  const width = FIGJAM_STICKY_SIZE.w + GAP + SHAPE.w + GAP + TEXT_WIDTH;
  return { x: Math.round(left - 4 * GAP - width), y: Math.round(figma.viewport.center.y - FIGJAM_STICKY_SIZE.h / 2) };
}

/** Writes the probe as plugin data and reads it back: the same string must come back. */
function pluginDataRoundTrip(node: FigJamNode): BoardCheck['hiddenData'] {
  try {
    node.setPluginData(CHECK_DATA_KEY, PROBE);
  } catch (error) {
    return { ok: false, error: { step: 'write', ...failed(error) } };
  }
  let back: string;
  try {
    back = node.getPluginData(CHECK_DATA_KEY);
  } catch (error) {
    return { ok: false, error: { step: 'read', ...failed(error) } };
  }
  return back === PROBE ? { ok: true } : { ok: false, error: { step: 'compare', ...saidAs(say('check.readBack', { back: JSON.stringify(back) })) } };
}

/** Removes every test node, each on its own: one refusal does not keep the others on the page. */
function removeAll(created: readonly FigJamNode[]): BoardCheck['cleanup'] {
  let removed = 0;
  let error: { message: string; said: Said } | undefined;
  for (const node of created) {
    try {
      if (!node.removed) node.remove();
      removed++;
    } catch (caught) {
      error ??= failed(caught);
    }
  }
  return { created: created.length, removed, ...(error === undefined ? {} : { error: error.message, said: error.said }) };
}

/** A failure as the check reports it: the host's words, and the same as a coded message the panel words. */
function failed(error: unknown): { message: string; said: Said } {
  return saidAs(hostErrorSaid(error));
}

function saidAs(why: Said): { message: string; said: Said } {
  return { message: why.code === 'host.error' && typeof why.params.detail === 'string' ? why.params.detail : why.message, said: why };
}

/**
 * Loads fonts once each, within `timeoutMs` (core's `answerInTime`, which needs no AbortSignal).
 * `load` says why a font did not load; `require` throws it.
 */
function fontLoader(figma: FigJamApi, timeoutMs: number) {
  const loads = new Map<string, Promise<{ message: string; said: Said } | undefined>>();
  const load = (font: FontName): Promise<{ message: string; said: Said } | undefined> => {
    const key = `${font.family} ${font.style}`;
    let pending = loads.get(key);
    if (!pending) {
      pending = answerInTime(() => figma.loadFontAsync(font), { ms: timeoutMs, host: 'FigJam' }).then(
        () => undefined,
        (error: unknown) => (error instanceof HostTimeoutError ? saidAs(say('check.noAnswer', { ms: timeoutMs })) : failed(error)),
      );
      loads.set(key, pending);
    }
    return pending;
  };
  return {
    load,
    async require(font: FontName | symbol): Promise<void> {
      if (typeof font === 'symbol') throw new SaidError(say('check.severalFonts'));
      const failure = await load(font);
      if (failure !== undefined) throw new SaidError(say('check.fontNotLoaded', { family: font.family, style: font.style, error: failure.said }));
    },
  };
}

