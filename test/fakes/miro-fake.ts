/**
 * A fake Miro board for tests and benches. It implements `MiroPanelBoardApi`, the slice of the Web
 * SDK typings (`Pick<Miro['board'], …>`, `Pick<StickyNote, …>`…) that Parcours uses, so the compiler
 * checks every member against @mirohq/websdk-types. It is a promise about Miro: each rule below
 * carries the doc, typings line or changelog entry it comes from, and where the docs are silent it
 * says so and takes the stricter reading, so that what passes here can only be kinder on Miro.
 * Sticky notes take a width or a height (not both) and keep Miro's 199 × 228 proportions, text
 * items are as tall as their wrapped content (`miro-geometry.ts`, with its sources).
 *
 * - Items are positioned by their centre, relative to the board's centre
 *   (https://developers.miro.com/docs/boards, "Position relative to the board").
 * - A frame's children are positioned relative to the frame's top-left corner; `frame.add` makes an
 *   item a child and recalculates its coordinates without moving it
 *   (https://developers.miro.com/changelog/2022-08-09-changelog; https://developers.miro.com/docs/children-inside-parent-items).
 * - Creating an item over a frame does not make it a child: Miro's changelog and its own example
 *   (miroapp/app-examples, examples/custom-actions/src/index.ts) call `frame.add` after creating.
 * - Sticky notes take a width or a height, not both (https://developers.miro.com/changelog/2022-03-01-changelog);
 *   their sizes are modelled in `createStickyNote` (https://developers.miro.com/docs/websdk-reference-sticky-note).
 * - A frame never holds a child outside it: resizing it so refuses
 *   (https://developers.miro.com/docs/websdk-reference-frame, "throws an error if one or more children
 *   fall outside"); adding an item whose centre lies outside, or one that already has a parent, is
 *   refused too (docs silent: the stricter reading). A frame is at least 100 × 100 (same page).
 * - Item metadata holds at most 256 bytes per app and item, counted here as the UTF-8 bytes of the
 *   whole JSON object, key included (https://developers.miro.com/changelog/2023-02-13-changelog;
 *   how bytes are counted is not said: the stricter reading).
 * - `board.get` returns items without metadata (typings: `BaseItem` has no metadata field, only
 *   `getMetadata()`); `sync()` writes the item's properties back
 *   (https://developers.miro.com/docs/update-and-sync-item-properties).
 * - What calls return (index.d.ts of @mirohq/websdk-types 2.17): `create*` and `frame.add` the item,
 *   `setMetadata` the item's whole metadata, `remove` and `sync` nothing.
 * - A connector joins two different items that exist; removing either end removes the connector
 *   (https://developers.miro.com/docs/connector_connector-1; 2023-02-10 changelog, https://developers.miro.com/changelog?page=5).
 * - Credits: 50 a call (https://developers.miro.com/docs/websdk-reference-rate-limiting: "Most
 *   calls use 50 credits", `item.sync`, `item.setMetadata`, `miro.board.create*` listed at 50); past
 *   the budget a rate-limit error and nothing done ("it needs to wait for new credits before making
 *   calls"). Calls the page does not list are charged 50 too.
 * - Errors take every documented shape in turn (`hostError`), and an injected transient or unknown
 *   failure of a write takes effect before it is reported (docs silent on whether a failed call may
 *   have been applied: the stricter reading).
 * - Notifications hold at most 80 characters, counted as UTF-16 code units
 *   (https://developers.miro.com/docs/notifications_notifications, "Maximum length: 80 characters,
 *   spaces included"); a longer one is refused (an error thrown; docs silent on truncation).
 *
 * Host conditions are configurable: latency per call, calls in flight (refused beyond, nothing
 * done), a credit budget over a rolling window, injected failures; every call is logged.
 */
import type {
  AppData,
  AppDataValue,
  BoardInfo,
  CardField,
  CardStyle,
  ConnectorShape,
  ConnectorStyle,

  Json,
  Rect,
  ShapeStyle,
  ShapeType,
  StickyNoteShape,
  StickyNoteStyle,
  TextStyle,
  UserInfo,
} from '@mirohq/websdk-types';
import type {
  CreateCardProps,
  CreateConnectorProps,
  CreateFrameProps,
  CreateShapeProps,
  CreateStickyNoteProps,
  CreateTextProps,
  MiroCard,
  MiroConnector,
  MiroFrame,
  MiroItem,
  MiroItemRef,
  MiroItemType,
  MiroPanelBoardApi,
  MiroShape,
  MiroStickyNote,
  MiroText,
} from '../../miro-app/src/miro-board-api.js';
import { miroErrorMessage } from '../../miro-app/src/miro-error-message.js';
import { MIRO_CARD_HEIGHT, miroStickyNoteSize, miroTextHeight } from './miro-geometry.js';

/** One call the fake received. */
export interface FakeCall {
  index: number;
  method: string;
  /** Board writes: create*, sync, setMetadata, remove, frame.add. */
  write: boolean;
  start: number;
  end?: number;
  credits: number;
  outcome: 'ok' | 'refused' | 'rateLimited' | 'failed' | 'pending';
  error?: string;
}

export type FakeFailure = 'transient' | 'permanent' | 'rateLimit' | 'unknown';

/** An injected failure, and whether the write took effect before it was reported. */
export interface FakeFailureOutcome {
  kind: FakeFailure;
  landed: boolean;
}

export interface MiroFakeOptions {
  /** Time each call takes, ms. Default 0 (answers on the next microtask). */
  latencyMs?: number;
  /**
   * Calls in flight beyond this are refused with a transient error, doing nothing. Not a documented
   * Miro limit: a congested host, for the latency bench. Default: unlimited.
   */
  maxInFlight?: number;
  /** Rolling credit budget; default: none. */
  budget?: { credits: number; windowMs: number };
  /** Credits per call. Default 50 (Miro's level 1). */
  creditsPerCall?: number;
  /**
   * Decides whether the n-th call fails, after its latency. A transient or unknown failure of a
   * write lands (takes effect, then is reported) unless `landed: false` says otherwise; rate-limit
   * and permanent failures never do.
   */
  fail?: (call: FakeCall) => FakeFailure | FakeFailureOutcome | undefined;
  /** Where findEmptySpace answers; default: where it was asked. */
  emptySpace?: (asked: Rect) => Rect;
  viewport?: Rect;
  /** The host's time, for its rolling budget and the call log; default `performance.now()`. */
  now?: () => number;
  /** How a call waits out its latency; default a real timer. Give a fake clock's to spend no real time. */
  sleep?: (ms: number) => Promise<void>;
}

interface Stored {
  id: string;
  type: MiroItemType;
  parentId: string | null;
  props: Record<string, unknown>;
  metadata: AppData;
}

/** Miro's limit for one item's app metadata: https://developers.miro.com/changelog/2023-02-13-changelog */
const METADATA_LIMIT = 256;
/** Longest notification: https://developers.miro.com/docs/notifications_notifications ("Maximum length: 80 characters"). */
const NOTIFICATION_LIMIT = 80;
/** Smallest frame side: https://developers.miro.com/docs/websdk-reference-frame ("limited to 100x100 pixels"). */
const FRAME_MIN_SIDE = 100;

const WRITES = /^(board\.create|board\.remove|.*\.sync$|.*\.setMetadata$|frame\.add$)/;

/** Builds a fake board. `fake.board` is what placement code receives. */
export function createMiroFake(options: MiroFakeOptions = {}) {
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const store = new Map<string, Stored>();
  const log: FakeCall[] = [];
  const charges: { at: number; credits: number }[] = [];
  const stats = { maxInFlight: 0, refused: 0, rateLimitErrors: 0, failed: 0, creditsSpent: 0 };
  /** Notifications shown, in order. */
  const notifications: { type: 'info' | 'error'; message: string }[] = [];
  const storage = new Map<string, Json>();
  let inFlight = 0;
  let nextId = 1;

  async function call<T>(method: string, effect: () => T): Promise<T> {
    const entry: FakeCall = {
      index: log.length,
      method,
      write: WRITES.test(method),
      start: now(),
      credits: options.creditsPerCall ?? 50,
      outcome: 'pending',
    };
    log.push(entry);
    const finish = (outcome: FakeCall['outcome'], error?: Error) => {
      entry.outcome = outcome;
      entry.end = now();
      if (error) entry.error = miroErrorMessage(error);
      if (error) throw error;
    };
    if (options.maxInFlight !== undefined && inFlight >= options.maxInFlight) {
      stats.refused++;
      finish('refused', hostError('transient', `Too many calls in flight (${options.maxInFlight}); try again`));
    }
    if (options.budget) {
      const { credits, windowMs } = options.budget;
      // Rolling window: a charge counts while it is younger than the window.
      const spent = charges.filter((charge) => charge.at > entry.start - windowMs).reduce((sum, charge) => sum + charge.credits, 0);
      if (spent + entry.credits > credits) {
        stats.rateLimitErrors++;
        finish('rateLimited', hostError('rateLimit', undefined, stats.rateLimitErrors));
      }
      charges.push({ at: entry.start, credits: entry.credits });
      while (charges.length > 0 && charges[0]!.at <= entry.start - windowMs) charges.shift();
    }
    stats.creditsSpent += entry.credits;
    inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
    try {
      if (options.latencyMs) await sleep(options.latencyMs);
      else await Promise.resolve();
    } finally {
      inFlight--;
    }
    const injected = options.fail?.(entry);
    if (injected) {
      const kind = typeof injected === 'string' ? injected : injected.kind;
      const mayLand = entry.write && (kind === 'transient' || kind === 'unknown');
      const landed = mayLand && (typeof injected === 'string' || injected.landed);
      stats.failed++;
      if (landed) {
        // The host did it and then failed to say so: the answer is lost, the effect is not.
        try {
          effect();
        } catch {
          // Refused anyway: the reported failure stands.
        }
      }
      finish('failed', hostError(kind, undefined, stats.failed));
    }
    try {
      const result = effect();
      finish('ok');
      return result;
    } catch (error) {
      stats.failed++;
      finish('failed', error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
  }

  const id = () => String(3_458_764_500_000_000 + nextId++);
  const get = (itemId: string): Stored => {
    const stored = store.get(itemId);
    if (!stored) throw new Error(`Item not found: unknown id ${itemId}`);
    return stored;
  };

  /** A fresh copy of a stored item, as `board.get` and `create*` return it. */
  function view(stored: Stored): MiroItem {
    switch (stored.type) {
      case 'sticky_note':
        return new FakeStickyNote(stored);
      case 'shape':
        return new FakeShape(stored);
      case 'text':
        return new FakeText(stored);
      case 'card':
        return new FakeCard(stored);
      case 'connector':
        return new FakeConnector(stored);
      case 'frame':
        return new FakeFrame(stored);
    }
  }

  function insert(type: MiroItemType, props: Record<string, unknown>): Stored {
    const stored: Stored = { id: id(), type, parentId: null, props: structuredClone(props), metadata: {} };
    store.set(stored.id, stored);
    return stored;
  }

  abstract class FakeItem {
    readonly id: string;
    readonly parentId: string | null;
    constructor(stored: Stored) {
      this.id = stored.id;
      this.parentId = stored.parentId;
      Object.assign(this, structuredClone(stored.props));
    }
    abstract readonly type: MiroItemType;
    protected abstract readonly synced: readonly string[];

    sync(): Promise<void> {
      const snapshot = structuredClone(Object.fromEntries(this.synced.map((name) => [name, (this as unknown as Record<string, unknown>)[name]])));
      return call(`${this.type}.sync`, () => {
        const stored = get(this.id);
        const next = { ...stored.props, ...snapshot };
        validate(stored, next);
        stored.props = next;
      });
    }
    getMetadata(): Promise<AppData>;
    getMetadata<T extends AppDataValue>(key: string): Promise<T>;
    getMetadata(key?: string): Promise<unknown> {
      return call(`${this.type}.getMetadata`, () => {
        const metadata = structuredClone(get(this.id).metadata);
        return key === undefined ? metadata : metadata[key];
      });
    }
    setMetadata<T extends AppData>(key: string, value: AppDataValue): Promise<T> {
      return call(`${this.type}.setMetadata`, () => {
        const stored = get(this.id);
        const next = { ...stored.metadata, [key]: structuredClone(value) };
        const bytes = new TextEncoder().encode(JSON.stringify(next)).length;
        if (bytes > METADATA_LIMIT) throw hostError('permanent', `Invalid input: metadata is ${bytes} bytes, the limit is ${METADATA_LIMIT}`);
        stored.metadata = next;
        return structuredClone(next) as T;
      });
    }
  }

  class FakeStickyNote extends FakeItem implements MiroStickyNote {
    readonly type = 'sticky_note' as const;
    protected readonly synced = ['x', 'y', 'width', 'height', 'shape', 'content', 'style'];
    declare x: number;
    declare y: number;
    declare width: number;
    declare height: number;
    declare shape: StickyNoteShape;
    declare content: string;
    declare style: StickyNoteStyle;
  }
  class FakeShape extends FakeItem implements MiroShape {
    readonly type = 'shape' as const;
    protected readonly synced = ['x', 'y', 'width', 'height', 'shape', 'content', 'style'];
    declare x: number;
    declare y: number;
    declare readonly width: number;
    declare readonly height: number;
    declare shape: ShapeType | `${ShapeType}`;
    declare content: string;
    declare style: ShapeStyle;
  }
  class FakeText extends FakeItem implements MiroText {
    readonly type = 'text' as const;
    protected readonly synced = ['x', 'y', 'width', 'content', 'style'];
    declare x: number;
    declare y: number;
    declare width: number;
    declare readonly height: number;
    declare content: string;
    declare style: TextStyle;
  }
  class FakeCard extends FakeItem implements MiroCard {
    readonly type = 'card' as const;
    protected readonly synced = ['x', 'y', 'width', 'title', 'style', 'fields'];
    declare x: number;
    declare y: number;
    declare width: number;
    declare readonly height: number;
    declare title: string;
    declare style: CardStyle;
    declare fields?: CardField[];
  }
  class FakeConnector extends FakeItem implements MiroConnector {
    readonly type = 'connector' as const;
    protected readonly synced = ['start', 'end', 'shape', 'style'];
    declare start?: NonNullable<MiroConnector['start']>;
    declare end?: NonNullable<MiroConnector['end']>;
    declare shape: ConnectorShape;
    declare style: ConnectorStyle;
  }
  class FakeFrame extends FakeItem implements MiroFrame {
    readonly type = 'frame' as const;
    protected readonly synced = ['x', 'y', 'width', 'height', 'title', 'style'];
    declare x: number;
    declare y: number;
    declare width: number;
    declare height: number;
    declare title: string;
    declare style: { fillColor: string };
    declare childrenIds: string[];
    add(item: MiroItemRef): Promise<unknown> {
      return call('frame.add', () => {
        const frame = get(this.id);
        const child = get(item.id);
        // The typings let a frame hold a frame (ContainableItem includes Frame); Parcours never
        // nests them, so the fake refuses it rather than model nesting.
        if (child.type === 'frame') throw hostError('permanent', 'Invalid input: a frame cannot hold a frame');
        // Docs silent on adding a child again or taking one from another parent: refused (stricter).
        if (child.parentId !== null) throw hostError('permanent', `Invalid input: item ${child.id} already has a parent (${child.parentId})`);
        const left = Number(frame.props.x) - Number(frame.props.width) / 2;
        const top = Number(frame.props.y) - Number(frame.props.height) / 2;
        if (child.type !== 'connector') {
          // 2022-08-09 changelog: the child is not moved; its coordinates become relative to the
          // frame's top-left corner. A child outside its frame is refused (see the resize rule).
          const x = Number(child.props.x) - left;
          const y = Number(child.props.y) - top;
          if (x < 0 || y < 0 || x > Number(frame.props.width) || y > Number(frame.props.height)) {
            throw hostError('permanent', `Invalid input: item ${child.id} lies outside frame ${frame.id}`);
          }
          child.props.x = x;
          child.props.y = y;
        }
        child.parentId = frame.id;
        frame.props.childrenIds = [...((frame.props.childrenIds as string[]) ?? []), child.id];
        return view(child);
      });
    }
  }

  /** What Miro enforces on an item's state. */
  function validate(stored: Stored, props: Record<string, unknown>): void {
    if (stored.type === 'sticky_note') {
      // Miro keeps a sticky note's proportions: an update sets its width or its height, not both (miro-geometry.ts).
      const widthSet = props.width !== stored.props.width;
      const heightSet = props.height !== stored.props.height;
      const set = heightSet && !widthSet ? { height: Number(props.height) } : { width: Number(props.width), ...(heightSet && { height: Number(props.height) }) };
      try {
        Object.assign(props, miroStickyNoteSize({ ...set, shape: props.shape as StickyNoteShape }));
      } catch (error) {
        throw hostError('permanent', (error as Error).message);
      }
    }
    if (stored.type === 'text') {
      // Miro computes a text item's height from its content and width (miro-geometry.ts).
      props.height = miroTextHeight(String(props.content ?? ''), Number(props.width), (props.style as TextStyle | undefined)?.fontSize);
    }
    if (stored.type === 'frame') {
      const width = Number(props.width);
      const height = Number(props.height);
      if (width < FRAME_MIN_SIDE || height < FRAME_MIN_SIDE) throw hostError('permanent', `Invalid input: a frame is at least ${FRAME_MIN_SIDE} × ${FRAME_MIN_SIDE}`);
      for (const childId of (props.childrenIds as string[]) ?? []) {
        const child = store.get(childId);
        if (!child || child.type === 'connector') continue;
        const x = Number(child.props.x);
        const y = Number(child.props.y);
        if (x < 0 || y < 0 || x > width || y > height) {
          throw hostError('permanent', `Invalid input: resizing the frame would leave child ${childId} outside`);
        }
      }
    }
  }

  function created<T>(method: string, type: MiroItemType, props: Record<string, unknown>, check?: () => Record<string, unknown>): Promise<T> {
    return call(`board.${method}`, () => {
      const extra = check?.() ?? {};
      return view(insert(type, { ...props, ...extra })) as T;
    });
  }

  const board: MiroPanelBoardApi = {
    get(filter) {
      return call('board.get', () => [...store.values()].filter((stored) => filter.type.includes(stored.type)).map(view));
    },
    createFrame(props: CreateFrameProps) {
      // Defaults 100 × 100 (websdk-reference-frame). `childrenIds` given at creation is not
      // documented as making children: it is ignored, as `parentId` on other creates is (read-only).
      return created<MiroFrame>('createFrame', 'frame', { width: 100, height: 100, title: '', style: { fillColor: '#ffffff' }, ...props, childrenIds: [] }, () => {
        if (Number(props.width ?? 100) < FRAME_MIN_SIDE || Number(props.height ?? 100) < FRAME_MIN_SIDE) {
          throw hostError('permanent', `Invalid input: a frame is at least ${FRAME_MIN_SIDE} × ${FRAME_MIN_SIDE}`);
        }
        return {};
      });
    },
    createStickyNote(props: CreateStickyNoteProps) {
      return created<MiroStickyNote>('createStickyNote', 'sticky_note', { shape: 'square', content: '', ...props }, () => {
        let size: { width: number; height: number };
        try {
          size = miroStickyNoteSize(props);
        } catch (error) {
          throw hostError('permanent', (error as Error).message);
        }
        return { ...size, style: { fillColor: 'light_yellow', textAlign: 'center', textAlignVertical: 'middle', ...props.style } };
      });
    },
    createShape(props: CreateShapeProps) {
      return created<MiroShape>('createShape', 'shape', { shape: 'rectangle', content: '', width: 100, height: 100, ...props, style: { ...props.style } });
    },
    createText(props: CreateTextProps) {
      return created<MiroText>('createText', 'text', { content: '', width: 100, ...props, style: { ...props.style } }, () => ({
        height: miroTextHeight(props.content ?? '', props.width ?? 100, props.style?.fontSize),
      }));
    },
    createCard(props: CreateCardProps) {
      return created<MiroCard>('createCard', 'card', { title: '', width: 320, ...props, height: MIRO_CARD_HEIGHT, style: { ...props.style } });
    },
    createConnector(props: CreateConnectorProps) {
      return created<MiroConnector>('createConnector', 'connector', { shape: 'curved', ...props, style: { ...props.style } }, () => {
        // "it's not possible to create loose … or dangling … connectors": https://developers.miro.com/docs/connector_connector-1
        for (const end of [props.start, props.end]) {
          if (!end?.item || !store.has(end.item)) throw hostError('permanent', `Invalid input: connector end ${end?.item ?? '(none)'} is not on the board`);
        }
        // "a connector's startItem and endItem are not the same": https://developers.miro.com/changelog?page=5 (2023-02-10)
        if (props.start?.item === props.end?.item) throw hostError('permanent', 'Invalid input: a connector cannot start and end on the same item');
        return {};
      });
    },
    remove(item) {
      return call('board.remove', () => {
        const stored = get(item.id);
        store.delete(stored.id);
        for (const other of [...store.values()]) {
          if (other.type === 'frame') other.props.childrenIds = ((other.props.childrenIds as string[]) ?? []).filter((child) => child !== stored.id);
          // "If you remove either the start point, the end point, or both, the connector is removed
          // as well": https://developers.miro.com/docs/connector_connector-1
          const ends = other.type === 'connector' ? [other.props.start, other.props.end].map((end) => (end as { item?: string } | undefined)?.item) : [];
          if (ends.includes(stored.id)) store.delete(other.id);
        }
      });
    },
    findEmptySpace(asked) {
      return call('board.findEmptySpace', () => (options.emptySpace ?? ((rect: Rect) => ({ x: rect.x, y: rect.y, width: rect.width, height: rect.height })))(asked));
    },
    viewport: {
      get: () => call('viewport.get', () => ({ ...(options.viewport ?? { x: -500, y: -400, width: 1000, height: 800 }) })),
      zoomTo: () => call('viewport.zoomTo', () => undefined),
    },
    storage: {
      collection: (name) => ({
        get: <T extends Json>(key: string) => call('storage.get', () => structuredClone(storage.get(`${name}/${key}`)) as T | undefined),
        set: (key, value) => call('storage.set', () => void storage.set(`${name}/${key}`, structuredClone(value))),
      }),
    },
    getInfo: () => call('board.getInfo', (): BoardInfo => ({ id: 'board-1', locale: 'fr', createdAt: '2025-01-01', updatedAt: '2025-01-01' })),
    getUserInfo: () => call('board.getUserInfo', (): UserInfo => ({ id: 'user-1', name: 'Test User' })),
    notifications: {
      showInfo: (message) => call('notifications.showInfo', () => notify('info', message)),
      showError: (message) => call('notifications.showError', () => notify('error', message)),
    },
  };

  function notify(type: 'info' | 'error', message: string): void {
    if (message.length > NOTIFICATION_LIMIT) {
      throw hostError('permanent', `Invalid input: a notification holds at most ${NOTIFICATION_LIMIT} characters, this one has ${message.length}`);
    }
    notifications.push({ type, message });
  }

  return {
    board,
    log,
    stats,
    notifications,
    /** The stored items (board coordinates of children are relative to their frame). */
    items: () => [...store.values()],
    item: (itemId: string) => store.get(itemId),
    /** A user edits an item by hand: no call logged, no metadata change. */
    edit(itemId: string, props: Record<string, unknown>) {
      const stored = get(itemId);
      stored.props = { ...stored.props, ...props };
    },
    /** A user adds an item by hand (no metadata). */
    addByHand(type: MiroItemType, props: Record<string, unknown>, parentId: string | null = null): string {
      const stored = insert(type, props);
      stored.parentId = parentId;
      if (parentId) {
        const frame = get(parentId);
        frame.props.childrenIds = [...((frame.props.childrenIds as string[]) ?? []), stored.id];
      }
      return stored.id;
    },
    /** Writes (create, sync, setMetadata, remove, frame.add) logged since `from`. */
    writes: (from = 0) => log.slice(from).filter((entry) => entry.write),
  };
}

export type MiroFake = ReturnType<typeof createMiroFake>;

/**
 * The error the fake throws; `turn` picks one of the documented shapes of that kind in turn, so
 * code under test meets each. The Web SDK names its error categories but not their shape
 * (https://developers.miro.com/docs/web-sdk-error-handling), so the shapes are Miro's REST and SCIM
 * bodies and the SDK's category words:
 * - rate limit: the REST 429 body as thrown (https://developers.miro.com/v1.0/reference/ratelimiting),
 *   an `Error` with that message only, the SCIM 429 body (https://developers.miro.com/docs/errors);
 * - transient: an `Error` of the "Backend" category, a REST-style 503 body (RFC 9110 §15.6.4);
 * - unknown: an `Error` no documented shape names;
 * - permanent: an `Error` of the "Invalid input" category.
 */
export function hostError(kind: FakeFailure, message?: string, turn = 0): Error {
  const shape = <T extends object>(shapes: T[]): T => shapes[turn % shapes.length]!;
  switch (kind) {
    case 'rateLimit':
      return thrown(
        shape<object>([
          { status: 429, code: 'tooManyRequests', message: message ?? 'Request rate limit exceed', context: null, type: 'error' },
          new Error(message ?? 'Request rate limit exceed'),
          { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '429', scimType: 'tooManyRequests', detail: message ?? 'The user has sent too many requests in a given amount of time' },
        ]),
      );
    case 'transient':
      return thrown(shape<object>([new Error(message ?? 'Backend error: failed data exchange with the server'), { status: 503, message: message ?? 'Service Unavailable', type: 'error' }]));
    case 'unknown':
      return new Error(message ?? 'Something went wrong');
    case 'permanent':
      return new Error(message ?? 'Invalid input: the board refused the request');
  }
}

/**
 * What the fake throws for a body: the body itself, typed as an `Error` for the compiler. A caller
 * must not assume `instanceof Error`; the body's fields are all it gets.
 */
function thrown(body: object): Error {
  return body as Error;
}

/** Fails every `k`-th call (1-based) with `kind`; transient and unknown failures of writes land. */
export function everyKth(k: number, kind: FakeFailure): (call: FakeCall) => FakeFailure | undefined {
  return (call) => ((call.index + 1) % k === 0 ? kind : undefined);
}
