import * as z from 'zod/mini';
import type { Message } from '../../core/src/index.js';

const count = z.number().check(z.int(), z.nonnegative());
const SizeSchema = z.object({ w: z.number(), h: z.number() });

/**
 * Why something failed as a coded message (`hostErrorSaid`, or the check's own `check.*` codes): the
 * panel words it in the user's language; the host's English text is its `message`.
 */
const SaidSchema: z.ZodMiniType<Message> = z.object({
  message: z.string(),
  code: z.exactOptional(z.string()),
  params: z.exactOptional(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.lazy(() => SaidSchema)]))),
});

/** A step that failed, the host's own words, and the same as a coded message for the panel to word (ids left out). */
const FailureSchema = z.object({ step: z.enum(['place', 'create', 'text', 'read', 'write', 'compare', 'remove']), message: z.string(), said: z.exactOptional(SaidSchema) });

/** One test item the check created and read back. */
const CheckedItemSchema = z.object({
  kind: z.enum(['sticky', 'shape', 'text']),
  /** What Parcours asked for or assumes (Miro's square sticky note 199 × 228, FigJam's sticky 240 × 240); a text's height is the host's. */
  expected: z.object({ w: z.number(), h: z.exactOptional(z.number()) }),
  /** Its size read back just after creation. */
  size: z.exactOptional(SizeSchema),
  /** Its size read back once a long text is in it (FigJam stickies grow with their text). */
  withLongText: z.exactOptional(SizeSchema),
  /** The font the item reports: FigJam's text sublayer `fontName`, Miro's `style.fontFamily` (sticky notes report none). */
  font: z.exactOptional(z.object({ family: z.string(), style: z.exactOptional(z.string()), size: z.exactOptional(z.number()) })),
  error: z.exactOptional(FailureSchema),
});

/**
 * What "Check this board" found on a real board, as data: the hosts measure, the panel words it
 * (`describeBoardCheck`). Validated when it crosses from FigJam's main thread to the panel.
 */
export const BoardCheckSchema = z.object({
  items: z.array(CheckedItemSchema),
  /** Fonts placement needs, and whether they loaded (FigJam: `figma.loadFontAsync`; Miro loads none). */
  fonts: z.array(z.object({ family: z.string(), style: z.string(), loaded: z.boolean(), error: z.exactOptional(z.string()), said: z.exactOptional(SaidSchema) })),
  /**
   * Hidden data written on the test sticky and read back (Miro item metadata, FigJam plugin data).
   * Not `ok` and no `error`: not tried, the test sticky was not created.
   */
  hiddenData: z.object({ ok: z.boolean(), error: z.exactOptional(FailureSchema) }),
  /** Test items created, and how many of them were removed again. */
  cleanup: z.object({ created: count, removed: count, error: z.exactOptional(z.string()), said: z.exactOptional(SaidSchema) }),
  /** Host metrics measured, which the panel lays maps out for: `sticky` as the host made it. */
  measured: z.object({ sticky: z.exactOptional(SizeSchema) }),
});

/**
 * A board check's result.
 *
 * @example const check: BoardCheck = await host.checkBoard(); check.measured.sticky // { w: 199, h: 228 }
 */
export type BoardCheck = z.infer<typeof BoardCheckSchema>;
export type CheckedItem = BoardCheck['items'][number];
export type CheckFailure = NonNullable<CheckedItem['error']>;
/** What the check measured that layout takes into account. */
export type MeasuredMetrics = BoardCheck['measured'];
