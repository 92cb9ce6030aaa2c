import * as z from 'zod/mini';
import { COLUMN_ROLES, type ColumnRole, LANE_KINDS } from '../../core/src/index.js';
import { STAGE_ORDER_MAX } from './stage-order.js';
import { defaultTemplate, emptyPersona, type TemplateForm } from './template-form.js';

/** The map options the user picks in the panel. */
export interface PanelOptions {
  /** Lane ids left out of the map. */
  hiddenLanes: string[];
  stickySize: 'small' | 'medium' | 'large';
  palette: 'light' | 'dark';
  maxQuotes: number;
  /** Big data: most cards per cell (absent: all). */
  topPerCell?: number;
  /** Big data: only cards said by at least this many people (absent: all). */
  minCount?: number;
  /** Fewer answers than this mark a stage as thin evidence (default 5). */
  minEvidence?: number;
}

/** What survives closing the panel: the form, the options, the language chosen, the last remaps. */
export interface PanelDraft {
  v: 1;
  locale?: 'fr' | 'en';
  source: 'template' | 'file';
  template: TemplateForm;
  options: PanelOptions;
  /** Column roles the user chose, by header, re-applied to the next file with those headers. */
  columnMap: Record<string, ColumnRole>;
  /** Stage ids in the order the user put a file's stages in (`orderedStages`); absent: the file's order. */
  stageOrder?: string[];
  /** Titles the user typed for files, by the id the file's import gave: the next wave gets its title back. */
  titles?: Record<string, string>;
}

/** How many typed titles the draft keeps. */
export const TITLES_MAX = 100;

// zod/mini, like the plugin's messages: the panel bundle then needs no second flavour of zod.
const text = z.string().check(z.maxLength(10_000));
const short = (max: number) => z.string().check(z.maxLength(max));
const PanelDraftSchema = z.object({
  v: z.literal(1),
  locale: z.optional(z.enum(['fr', 'en'])),
  source: z.enum(['template', 'file']),
  template: z.object({
    title: short(500),
    // Before several personas: one name. Read into `personas` by `parseDraft`.
    persona: z.optional(short(500)),
    personas: z.optional(
      z.array(z.object({ name: short(500), description: short(2000), goals: text, motivations: text, frustrations: text })).check(z.maxLength(20)),
    ),
    stages: z.array(short(500)).check(z.maxLength(500)),
    lanes: z.array(z.object({ kind: z.enum(LANE_KINDS), title: short(500) })).check(z.maxLength(50)),
    cells: z.record(z.string().check(z.regex(/^\d+:\d+$/)), text),
    prompts: z.boolean(),
  }),
  options: z.object({
    hiddenLanes: z.array(short(200)).check(z.maxLength(100)),
    stickySize: z.enum(['small', 'medium', 'large']),
    palette: z.enum(['light', 'dark']),
    maxQuotes: z.number().check(z.int(), z.gte(0), z.lte(20)),
    topPerCell: z.exactOptional(z.number().check(z.int(), z.gte(1), z.lte(100))),
    minCount: z.exactOptional(z.number().check(z.int(), z.gte(1), z.lte(100_000))),
    minEvidence: z.exactOptional(z.number().check(z.int(), z.gte(0), z.lte(1000))),
  }),
  columnMap: z.record(short(500), z.enum(COLUMN_ROLES)),
  stageOrder: z.optional(z.array(short(200)).check(z.maxLength(STAGE_ORDER_MAX))),
  titles: z.optional(z.record(short(200), short(500))),
});

/** The draft of a first opening. */
export function defaultDraft(locale: 'fr' | 'en'): PanelDraft {
  return {
    v: 1,
    source: 'template',
    template: defaultTemplate(locale),
    options: { hiddenLanes: [], stickySize: 'large', palette: 'light', maxQuotes: 3 },
    columnMap: {},
  };
}

/**
 * Reads a stored draft back, validated like any data read from a host: anything malformed or from
 * an unknown version gives the default draft rather than a broken panel. A draft from before
 * several personas has its one persona name read as the first persona.
 *
 * @example parseDraft(undefined, 'fr').template.stages[0] === 'Découverte'
 */
export function parseDraft(stored: unknown, locale: 'fr' | 'en'): PanelDraft {
  const parsed = PanelDraftSchema.safeParse(stored);
  if (!parsed.success) return defaultDraft(locale);
  const { locale: chosen, stageOrder, titles, template: storedTemplate, ...rest } = parsed.data;
  const { persona, personas, ...form } = storedTemplate;
  const template: TemplateForm = { ...form, personas: personas ?? (persona === undefined ? [emptyPersona()] : [{ ...emptyPersona(), name: persona }]) };
  const draft: PanelDraft = { ...rest, template };
  if (chosen !== undefined) draft.locale = chosen;
  if (stageOrder !== undefined) draft.stageOrder = stageOrder;
  if (titles !== undefined) draft.titles = Object.fromEntries(Object.entries(titles).slice(-TITLES_MAX));
  return draft;
}
