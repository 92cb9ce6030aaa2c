import * as z from 'zod/mini';
import type { Layout, Message, PlacementProgress, PlacementReport, Problem, SyncPlan } from '../../core/src/index.js';
import { BoardCheckSchema } from '../../ui/state/board-check.js';
import { BoardMapsSchema } from '../../ui/state/board-maps.js';
import { parsesAsIs } from './parses-as-is.js';
import { plainPrimitiveTest } from './plain-primitive-test.js';

/**
 * Every message between the plugin's main thread and its panel: one zod schema per message kind,
 * validated on receipt by both sides, and the types inferred from them (no hand-written twin to drift).
 * Requests from the panel carry an `id` that the answers repeat. zod/mini keeps the main thread
 * small: the full zod would triple `code.js`.
 *
 * The payloads are core's `Layout`, `SyncPlan`, `PlacementProgress` and `PlacementReport`, written
 * as interfaces in core (which has no zod at its edges for them): the `Same<…>` checks at the end of
 * this file fail to compile when a field is added to or dropped from either side, and
 * `test/figjam/message-round-trip.test.ts` round-trips real layouts, plans and reports through every kind.
 */

const id = z.number().check(z.int(), z.nonnegative());
const count = z.number().check(z.int(), z.nonnegative());
// Boxes read back from the board may be NaN: "not where it should be" (see readPlacedOnFigJam). JSON
// carries NaN as null, so null reads back as NaN.
const coordinate = z.union([z.number(), z.nan(), z.pipe(z.null(), z.transform(() => Number.NaN))]);
const BoxSchema = z.object({ x: coordinate, y: coordinate, w: coordinate, h: coordinate });
const PointSchema = z.object({ x: z.number(), y: z.number() });

const StyleTokenSchema = z.union([
  z.enum([
    'frame', 'title', 'stage', 'phase', 'laneTitle', 'action', 'touchpoint', 'pain', 'question', 'thought', 'opportunity',
    'frontstage', 'backstage', 'support', 'custom', 'positive', 'neutral', 'negative', 'zeroLine', 'grid', 'legend', 'previousWave', 'better', 'worse', 'persona',
  ]),
  z.templateLiteral(['persona', z.number()]),
]);

const base = {
  key: z.string(),
  box: BoxSchema,
  style: StyleTokenSchema,
  text: z.string(),
  fullText: z.exactOptional(z.string()),
  fontSize: z.exactOptional(z.number()),
  color: z.exactOptional(z.string()),
  ref: z.exactOptional(
    z.object({
      stageId: z.exactOptional(z.string()),
      laneId: z.exactOptional(z.string()),
      cardId: z.exactOptional(z.string()),
      personaId: z.exactOptional(z.string()),
    }),
  ),
};

/** One schema per primitive kind, in `Primitive`'s order: the round-trip test walks this table. */
export const PRIMITIVE_SCHEMAS = {
  frame: z.object({ ...base, kind: z.literal('frame') }),
  text: z.object({ ...base, kind: z.literal('text'), align: z.exactOptional(z.enum(['left', 'center', 'right'])), bold: z.exactOptional(z.boolean()) }),
  sticky: z.object({ ...base, kind: z.literal('sticky'), count: z.exactOptional(z.number()), sources: z.exactOptional(z.array(z.string())) }),
  shape: z.object({
    ...base,
    kind: z.literal('shape'),
    shape: z.enum(['rectangle', 'round_rectangle', 'circle', 'pill']),
    fit: z.exactOptional(z.object({ width: z.number(), maxLines: z.number() })),
    hollow: z.exactOptional(z.boolean()),
  }),
  card: z.object({
    ...base,
    kind: z.literal('card'),
    badge: z.exactOptional(z.string()),
    channel: z.exactOptional(z.string()),
    count: z.exactOptional(z.number()),
    rank: z.exactOptional(z.number()),
    channels: z.exactOptional(z.array(z.object({ channel: z.string(), count: z.number(), label: z.string() }))),
    sources: z.exactOptional(z.array(z.string())),
  }),
  curve: z.object({ ...base, kind: z.literal('curve'), points: z.array(PointSchema), path: z.string(), dashed: z.exactOptional(z.boolean()) }),
  connector: z.object({ ...base, kind: z.literal('connector'), dashed: z.exactOptional(z.boolean()), from: z.string(), to: z.string() }),
};

/** `PrimitiveSchema`'s test written out, fast in QuickJS (see `plainPrimitiveTest`): `true` when zod would accept the primitive as it is. */
export const isPlainPrimitive = plainPrimitiveTest({
  style: StyleTokenSchema,
  styles: new Set(Object.values(StyleTokenSchema.def.options[0].def.entries)),
  shapes: new Set(Object.values(PRIMITIVE_SCHEMAS.shape.shape.shape.def.entries)),
  aligns: new Set(Object.values(PRIMITIVE_SCHEMAS.text.shape.align.def.innerType.def.entries)),
});

const PrimitiveSchema = z.discriminatedUnion('kind', [
  PRIMITIVE_SCHEMAS.frame,
  PRIMITIVE_SCHEMAS.text,
  PRIMITIVE_SCHEMAS.sticky,
  PRIMITIVE_SCHEMAS.shape,
  PRIMITIVE_SCHEMAS.card,
  PRIMITIVE_SCHEMAS.curve,
  PRIMITIVE_SCHEMAS.connector,
]);

const LayoutSchema = z.object({
  journeyId: z.string(),
  title: z.string(),
  primitives: z.array(PrimitiveSchema),
  bounds: BoxSchema,
  palette: z.enum(['light', 'dark']),
});

const RecordSchema = z.object({
  hostId: z.string(),
  journeyId: z.string(),
  key: z.string(),
  hash: z.string(),
  currentHash: z.string(),
  box: BoxSchema,
  text: z.exactOptional(z.string()),
});
const ChangeSchema = z.object({ record: RecordSchema, primitive: PrimitiveSchema });

const SyncPlanSchema = z.object({
  journeyId: z.string(),
  add: z.array(PrimitiveSchema),
  update: z.array(ChangeSchema),
  move: z.array(ChangeSchema),
  remove: z.array(RecordSchema),
  keep: z.array(
    z.object({ record: RecordSchema, primitive: z.exactOptional(PrimitiveSchema), reason: z.literal('edited'), beside: z.exactOptional(PrimitiveSchema) }),
  ),
  waiting: z.array(
    z.object({ change: z.enum(['add', 'update', 'move']), primitive: PrimitiveSchema, record: z.exactOptional(RecordSchema), covers: RecordSchema }),
  ),
  unchanged: z.number(),
});

/** A coded message (`core/src/words/`): the panel words it in the user's language, the main thread never does. */
const MessageSchema: z.ZodMiniType<Message> = z.object({
  message: z.string(),
  code: z.exactOptional(z.string()),
  params: z.exactOptional(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.lazy(() => MessageSchema)]))),
});

const ProblemSchema = z.object({
  message: z.string(),
  code: z.exactOptional(z.string()),
  params: z.exactOptional(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), MessageSchema]))),
  file: z.exactOptional(z.string()),
  sheet: z.exactOptional(z.string()),
  row: z.exactOptional(z.number()),
  column: z.exactOptional(z.string()),
  field: z.exactOptional(z.string()),
});

const ReportSchema = z.object({
  created: count,
  updated: count,
  removed: count,
  kept: count,
  beside: z.exactOptional(count),
  waiting: z.exactOptional(count),
  failed: count,
  cancelled: z.boolean(),
  problems: z.array(ProblemSchema),
});

const ProgressSchema = z.object({ phase: z.enum(['plan', 'create', 'update', 'remove', 'finish']), done: count, total: count });

/** Panel → main thread. */
const TO_MAIN = [
  z.object({ type: z.literal('preview'), id, layout: LayoutSchema }),
  // `hashes`: `hashPrimitive` of each primitive, computed by the panel for the main thread (see `FigJamRunOptions`).
  z.object({ type: z.literal('place'), id, layout: LayoutSchema, hashes: z.exactOptional(z.array(z.string())) }),
  z.object({ type: z.literal('cancel'), id }),
  z.object({ type: z.literal('load-draft'), id }),
  z.object({ type: z.literal('save-draft'), id, draft: z.unknown() }),
  z.object({ type: z.literal('check-board'), id }),
  z.object({ type: z.literal('list-maps'), id }),
] as const;

/** Main thread → panel. */
const TO_PANEL = [
  z.object({ type: z.literal('plan'), id, plan: SyncPlanSchema }),
  z.object({ type: z.literal('progress'), id, progress: ProgressSchema }),
  z.object({ type: z.literal('placed'), id, report: ReportSchema }),
  z.object({ type: z.literal('draft'), id, draft: z.unknown() }),
  z.object({ type: z.literal('saved'), id }),
  z.object({ type: z.literal('board-checked'), id, check: BoardCheckSchema }),
  z.object({ type: z.literal('maps'), id, maps: BoardMapsSchema }),
  /** `said`: the failure as a coded message, for the panel to word (`message` is its English). */
  z.object({ type: z.literal('failed'), id, message: z.string(), said: z.exactOptional(MessageSchema) }),
] as const;

const PluginMessageSchema = z.discriminatedUnion('type', [...TO_MAIN, ...TO_PANEL]);

/** A message the main thread receives. */
export type ToMain = z.infer<(typeof TO_MAIN)[number]>;
/** A message the panel receives. */
export type ToPanel = z.infer<(typeof TO_PANEL)[number]>;
export type PluginMessage = ToMain | ToPanel;

/** The kinds of message, by the side that receives them: the round-trip test covers each. */
export const MESSAGE_TYPES = {
  main: TO_MAIN.flatMap((schema) => schema.shape.type.def.values),
  panel: TO_PANEL.flatMap((schema) => schema.shape.type.def.values),
};
const RECEIVED_BY_MAIN: ReadonlySet<string> = new Set<string>(MESSAGE_TYPES.main);
/** Most messages are exactly their schema's shape: then zod, slow in FigJam's QuickJS, need not run. */
const isPlainMessage = parsesAsIs(PluginMessageSchema, new Map([[PrimitiveSchema, isPlainPrimitive]]));

/**
 * Validates a message received by one side: its shape, and that it is meant for that side (the
 * panel never accepts a `place`, the main thread never a `placed`). Returns the typed message or
 * the problems, field by field.
 *
 * @example parsePluginMessage({ type: 'cancel', id: 3 }, 'main') // { ok: true, message: { type: 'cancel', id: 3 } }
 */
export function parsePluginMessage<Side extends 'main' | 'panel'>(
  raw: unknown,
  side: Side,
): { ok: true; message: Side extends 'main' ? ToMain : ToPanel } | { ok: false; problems: Problem[] } {
  // `parsesAsIs` guarantees zod would give back an equal message: the one received is used as it is.
  const parsed = isPlainMessage(raw) ? { success: true as const, data: raw as PluginMessage } : PluginMessageSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => ({ message: describeIssue(issue), field: issue.path.join('.') })) };
  }
  if (RECEIVED_BY_MAIN.has(parsed.data.type) !== (side === 'main')) {
    return { ok: false, problems: [{ message: `"${parsed.data.type}" is not a message for the ${side === 'main' ? 'main thread' : 'panel'}`, field: 'type' }] };
  }
  return { ok: true, message: parsed.data as Side extends 'main' ? ToMain : ToPanel };
}

/** zod/mini ships no message texts: say what was expected ourselves. */
function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_union':
      return 'matches no known message';
    case 'too_small':
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

/**
 * True when two types have the same fields, optional or not, all the way down: the compiler then
 * holds each schema to the core type it carries (a field added or dropped on one side is an error).
 */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function same<A, B>(proof: Same<A, B>): void {
  void proof;
}
same<z.infer<typeof LayoutSchema>, Layout>(true);
same<z.infer<typeof SyncPlanSchema>, SyncPlan>(true);
same<z.infer<typeof ProgressSchema>, PlacementProgress>(true);
same<z.infer<typeof ReportSchema>, PlacementReport>(true);
