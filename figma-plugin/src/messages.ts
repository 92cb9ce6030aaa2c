import * as z from 'zod/mini';
import type { Layout, PlacementProgress, PlacementReport, Problem, SyncPlan } from '../../core/src/index.js';
import { BoardCheckSchema, type BoardCheck } from '../../ui/state/board-check.js';

/**
 * Every message between the plugin's main thread and its panel, in one discriminated union used by
 * both sides and validated with zod on receipt. Requests from the panel carry an `id` that the
 * answers repeat. zod/mini keeps the main thread small: the full zod would triple `code.js`.
 */
export type PluginMessage =
  // panel → main thread
  | { type: 'preview'; id: number; layout: Layout }
  | { type: 'place'; id: number; layout: Layout }
  | { type: 'cancel'; id: number }
  | { type: 'load-draft'; id: number }
  | { type: 'save-draft'; id: number; draft: unknown }
  | { type: 'check-board'; id: number }
  // main thread → panel
  | { type: 'plan'; id: number; plan: SyncPlan }
  | { type: 'progress'; id: number; progress: PlacementProgress }
  | { type: 'placed'; id: number; report: PlacementReport }
  | { type: 'draft'; id: number; draft: unknown }
  | { type: 'saved'; id: number }
  | { type: 'board-checked'; id: number; check: BoardCheck }
  | { type: 'failed'; id: number; message: string };

export type ToMain = Extract<PluginMessage, { type: 'preview' | 'place' | 'cancel' | 'load-draft' | 'save-draft' | 'check-board' }>;
export type ToPanel = Exclude<PluginMessage, ToMain>;

const TO_MAIN: ReadonlySet<string> = new Set<ToMain['type']>(['preview', 'place', 'cancel', 'load-draft', 'save-draft', 'check-board']);

const id = z.number().check(z.int(), z.nonnegative());
// Boxes read back from the board may be NaN: "not where it should be" (see readPlacedOnFigJam). JSON
// carries NaN as null, so null reads back as NaN.
const coordinate = z.union([z.number(), z.nan(), z.pipe(z.null(), z.transform(() => Number.NaN))]);
const BoxSchema = z.object({ x: coordinate, y: coordinate, w: coordinate, h: coordinate });
const PointSchema = z.object({ x: z.number(), y: z.number() });

const base = {
  key: z.string(),
  box: BoxSchema,
  style: z.string(),
  text: z.string(),
  fullText: z.exactOptional(z.string()),
  fontSize: z.exactOptional(z.number()),
  ref: z.exactOptional(
    z.object({
      stageId: z.exactOptional(z.string()),
      laneId: z.exactOptional(z.string()),
      cardId: z.exactOptional(z.string()),
      personaId: z.exactOptional(z.string()),
    }),
  ),
};

const PrimitiveSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('frame') }),
  z.object({ ...base, kind: z.literal('text'), align: z.exactOptional(z.enum(['left', 'center', 'right'])), bold: z.exactOptional(z.boolean()) }),
  z.object({ ...base, kind: z.literal('sticky'), count: z.exactOptional(z.number()) }),
  z.object({ ...base, kind: z.literal('shape'), shape: z.enum(['rectangle', 'round_rectangle', 'circle', 'pill']) }),
  z.object({
    ...base,
    kind: z.literal('card'),
    badge: z.exactOptional(z.string()),
    channel: z.exactOptional(z.string()),
    count: z.exactOptional(z.number()),
    rank: z.exactOptional(z.number()),
  }),
  z.object({ ...base, kind: z.literal('curve'), points: z.array(PointSchema), path: z.string() }),
  z.object({ ...base, kind: z.literal('connector'), from: z.string(), to: z.string() }),
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

const ProblemSchema = z.object({
  message: z.string(),
  file: z.exactOptional(z.string()),
  row: z.exactOptional(z.number()),
  column: z.exactOptional(z.string()),
  field: z.exactOptional(z.string()),
});

const count = z.number().check(z.int(), z.nonnegative());
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

const PluginMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('preview'), id, layout: LayoutSchema }),
  z.object({ type: z.literal('place'), id, layout: LayoutSchema }),
  z.object({ type: z.literal('cancel'), id }),
  z.object({ type: z.literal('load-draft'), id }),
  z.object({ type: z.literal('save-draft'), id, draft: z.unknown() }),
  z.object({ type: z.literal('check-board'), id }),
  z.object({ type: z.literal('plan'), id, plan: SyncPlanSchema }),
  z.object({ type: z.literal('progress'), id, progress: ProgressSchema }),
  z.object({ type: z.literal('placed'), id, report: ReportSchema }),
  z.object({ type: z.literal('draft'), id, draft: z.unknown() }),
  z.object({ type: z.literal('saved'), id }),
  z.object({ type: z.literal('board-checked'), id, check: BoardCheckSchema }),
  z.object({ type: z.literal('failed'), id, message: z.string() }),
]);

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
  const parsed = PluginMessageSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => ({ message: describeIssue(issue), field: issue.path.join('.') })) };
  }
  if (TO_MAIN.has(parsed.data.type) !== (side === 'main')) {
    return { ok: false, problems: [{ message: `"${parsed.data.type}" is not a message for the ${side === 'main' ? 'main thread' : 'panel'}`, field: 'type' }] };
  }
  // The schema checks every field; style tokens are checked as strings, looser than `StyleToken`.
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
