/**
 * A fake Miro board for tests and benches. It implements `MiroPanelBoardApi`, the slice of the Web
 * SDK typings (`Pick<Miro['board'], …>`, `Pick<StickyNote, …>`…) that Parcours uses, so the compiler
 * checks every member against @mirohq/websdk-types. It behaves like Miro where placement depends on
 * it: items are positioned by centre, children of a frame relative to its top-left corner, sticky
 * notes take a width or a height (not both) and keep Miro's 199 × 228 proportions, text items are as
 * tall as their wrapped content (`miro-geometry.ts`), metadata is limited to 256 bytes, `board.get` returns
 * copies without metadata and `sync()` writes a copy back.
 *
 * Host conditions are configurable: latency per call, calls in flight (refused beyond), a credit
 * budget over a rolling window (over budget ⇒ a 429-style rate-limit error, nothing done), injected
 * failures; every call is logged.
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

export type FakeFailure = 'transient' | 'permanent' | 'rateLimit';

export interface MiroFakeOptions {
  /** Time each call takes, ms. Default 0 (answers on the next microtask). */
  latencyMs?: number;
  /** Calls in flight beyond this are refused with a transient error. Default: unlimited. */
  maxInFlight?: number;
  /** Rolling credit budget; default: none. */
  budget?: { credits: number; windowMs: number };
  /** Credits per call. Default 50 (Miro's level 1). */
  creditsPerCall?: number;
  /** Decides whether the n-th call fails (after its latency, with no effect on the board). */
  fail?: (call: FakeCall) => FakeFailure | undefined;
  /** Where findEmptySpace answers; default: where it was asked. */
  emptySpace?: (asked: Rect) => Rect;
  viewport?: Rect;
  now?: () => number;
}

interface Stored {
  id: string;
  type: MiroItemType;
  parentId: string | null;
  props: Record<string, unknown>;
  metadata: AppData;
}

/** Miro's documented limit for one item's app metadata. */
const METADATA_LIMIT = 256;

const WRITES = /^(board\.create|board\.remove|.*\.sync$|.*\.setMetadata$|frame\.add$)/;

/** Builds a fake board. `fake.board` is what placement code receives. */
export function createMiroFake(options: MiroFakeOptions = {}) {
  const now = options.now ?? (() => performance.now());
  const store = new Map<string, Stored>();
  const log: FakeCall[] = [];
  const charges: { at: number; credits: number }[] = [];
  const stats = { maxInFlight: 0, refused: 0, rateLimitErrors: 0, failed: 0, creditsSpent: 0 };
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
      if (error) entry.error = error.message;
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
        finish('rateLimited', hostError('rateLimit'));
      }
      charges.push({ at: entry.start, credits: entry.credits });
      while (charges.length > 0 && charges[0]!.at <= entry.start - windowMs) charges.shift();
    }
    stats.creditsSpent += entry.credits;
    inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
    try {
      if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
      else await Promise.resolve();
    } finally {
      inFlight--;
    }
    const failure = options.fail?.(entry);
    if (failure) {
      stats.failed++;
      finish('failed', hostError(failure));
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
        if (child.type === 'frame') throw hostError('permanent', 'Invalid input: a frame cannot hold a frame');
        if (child.parentId !== frame.id) {
          const left = Number(frame.props.x) - Number(frame.props.width) / 2;
          const top = Number(frame.props.y) - Number(frame.props.height) / 2;
          if (child.type !== 'connector') {
            child.props.x = Number(child.props.x) - left;
            child.props.y = Number(child.props.y) - top;
          }
          child.parentId = frame.id;
          frame.props.childrenIds = [...((frame.props.childrenIds as string[]) ?? []), child.id];
        }
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
      return created<MiroFrame>('createFrame', 'frame', { width: 100, height: 100, title: '', style: { fillColor: '#ffffff' }, ...props, childrenIds: [] });
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
        for (const end of [props.start, props.end]) {
          if (!end?.item || !store.has(end.item)) throw hostError('permanent', `Invalid input: connector end ${end?.item ?? '(none)'} is not on the board`);
        }
        return {};
      });
    },
    remove(item) {
      return call('board.remove', () => {
        const stored = get(item.id);
        store.delete(stored.id);
        for (const other of store.values()) {
          if (other.type === 'frame') other.props.childrenIds = ((other.props.childrenIds as string[]) ?? []).filter((child) => child !== stored.id);
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
      showInfo: () => call('notifications.showInfo', () => undefined),
      showError: () => call('notifications.showError', () => undefined),
    },
  };

  return {
    board,
    log,
    stats,
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
 * The error the fake throws. Rate limits take the shape of Miro's documented REST 429 body
 * (`status`, `code: 'tooManyRequests'`); the Web SDK documents the error but not its shape.
 */
export function hostError(kind: FakeFailure, message?: string): Error {
  if (kind === 'rateLimit') return Object.assign(new Error(message ?? 'Request rate limit exceed'), { status: 429, code: 'tooManyRequests' });
  if (kind === 'transient') return new Error(message ?? 'Network error: the backend did not answer, try again');
  return new Error(message ?? 'Invalid input: the board refused the request');
}

/** Fails every `k`-th call (1-based) with `kind`. */
export function everyKth(k: number, kind: FakeFailure): (call: FakeCall) => FakeFailure | undefined {
  return (call) => ((call.index + 1) % k === 0 ? kind : undefined);
}
