import type { LaneKind } from '../../core/src/index.js';
import { panelStrings } from '../panel-strings.js';

/** One persona of the form: goals, motivations and frustrations one per line. */
export interface PersonaForm {
  name: string;
  description: string;
  goals: string;
  motivations: string;
  frustrations: string;
}

/** The blank-template form: what a designer types before getting a map in one click. */
export interface TemplateForm {
  title: string;
  /** Those with a name become the journey's personas, each drawn in its box on the map. */
  personas: PersonaForm[];
  stages: string[];
  lanes: { kind: LaneKind; title: string }[];
  /** Cell text by `stageIndex:laneIndex`, one card per line (a score for an emotion lane). */
  cells: Record<string, string>;
  /** Put a prompt sticky ("What do they do?") in every empty cell, for a workshop. */
  prompts: boolean;
}

const DEFAULT_LANES: LaneKind[] = ['actions', 'touchpoints', 'thoughts', 'emotions', 'painPoints', 'opportunities'];

/**
 * The form a designer starts from, in the panel's language: five stages, six classic lanes.
 *
 * @example defaultTemplate('fr').stages[0] === 'Découverte'
 */
export function defaultTemplate(locale: 'fr' | 'en'): TemplateForm {
  const strings = panelStrings(locale);
  return {
    title: strings.defaultTitle,
    personas: [emptyPersona()],
    stages: [...strings.defaultStages],
    lanes: DEFAULT_LANES.map((kind) => ({ kind, title: strings.kinds[kind] })),
    cells: {},
    prompts: true,
  };
}

/** A persona with nothing typed yet (left out of the journey until it has a name). */
export function emptyPersona(): PersonaForm {
  return { name: '', description: '', goals: '', motivations: '', frustrations: '' };
}

/** Adds an empty persona at the end. */
export function addPersona(form: TemplateForm): TemplateForm {
  return { ...form, personas: [...form.personas, emptyPersona()] };
}

export function removePersona(form: TemplateForm, index: number): TemplateForm {
  return { ...form, personas: form.personas.filter((_, position) => position !== index) };
}

export function editPersona(form: TemplateForm, index: number, change: Partial<PersonaForm>): TemplateForm {
  return { ...form, personas: form.personas.map((persona, position) => (position === index ? { ...persona, ...change } : persona)) };
}

/** The default form untouched? Then switching language may translate it. */
export function isDefaultTemplate(form: TemplateForm, locale: 'fr' | 'en'): boolean {
  return JSON.stringify(form) === JSON.stringify(defaultTemplate(locale));
}

export const cellKey = (stage: number, lane: number): string => `${stage}:${lane}`;

/** Re-keys cells after stages or lanes moved: `map` gives each old index its new one, or -1 when gone. */
function remapCells(cells: Record<string, string>, axis: 'stage' | 'lane', map: (index: number) => number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(cells)) {
    const [stage, lane] = key.split(':').map(Number) as [number, number];
    const moved = map(axis === 'stage' ? stage : lane);
    if (moved < 0 || text === '') continue;
    out[axis === 'stage' ? cellKey(moved, lane) : cellKey(stage, moved)] = text;
  }
  return out;
}

/** Where each old index goes once `index` is removed (for remapCells): gone, or one down after it. */
const afterRemoving = (index: number) => (old: number): number => (old === index ? -1 : old > index ? old - 1 : old);

/** Where each old index goes once `a` and `b` swap places (for remapCells). */
const afterSwapping = (a: number, b: number) => (old: number): number => (old === a ? b : old === b ? a : old);

/** A copy of `items` with the entries at `a` and `b` (both in range) swapped. */
function swapped<Item>(items: readonly Item[], a: number, b: number): Item[] {
  return items.map((item, position) => (position === a ? (items[b] as Item) : position === b ? (items[a] as Item) : item));
}

/** Inserts a stage at `index` (default: at the end); later stages keep their cells. */
export function addStage(form: TemplateForm, name: string, index = form.stages.length): TemplateForm {
  const stages = [...form.stages.slice(0, index), name, ...form.stages.slice(index)];
  return { ...form, stages, cells: remapCells(form.cells, 'stage', (old) => (old >= index ? old + 1 : old)) };
}

/** Removes a stage and its cells. */
export function removeStage(form: TemplateForm, index: number): TemplateForm {
  return { ...form, stages: form.stages.filter((_, position) => position !== index), cells: remapCells(form.cells, 'stage', afterRemoving(index)) };
}

/** Swaps a stage with its neighbour (`step` −1 or +1), cells included; out of range: unchanged. */
export function moveStage(form: TemplateForm, index: number, step: -1 | 1): TemplateForm {
  const other = index + step;
  if (other < 0 || other >= form.stages.length) return form;
  return { ...form, stages: swapped(form.stages, index, other), cells: remapCells(form.cells, 'stage', afterSwapping(index, other)) };
}

export function renameStage(form: TemplateForm, index: number, name: string): TemplateForm {
  return { ...form, stages: form.stages.map((stage, position) => (position === index ? name : stage)) };
}

/** Adds a lane of `kind` at the end, titled in the panel's language. */
export function addLane(form: TemplateForm, kind: LaneKind, title: string): TemplateForm {
  return { ...form, lanes: [...form.lanes, { kind, title }] };
}

export function removeLane(form: TemplateForm, index: number): TemplateForm {
  return { ...form, lanes: form.lanes.filter((_, position) => position !== index), cells: remapCells(form.cells, 'lane', afterRemoving(index)) };
}

export function moveLane(form: TemplateForm, index: number, step: -1 | 1): TemplateForm {
  const other = index + step;
  if (other < 0 || other >= form.lanes.length) return form;
  return { ...form, lanes: swapped(form.lanes, index, other), cells: remapCells(form.cells, 'lane', afterSwapping(index, other)) };
}

/** Changes a lane's kind or title; a title still equal to the old kind's default follows the new kind. */
export function editLane(form: TemplateForm, index: number, change: Partial<TemplateForm['lanes'][number]>, locale: 'fr' | 'en'): TemplateForm {
  const kinds = panelStrings(locale).kinds;
  return {
    ...form,
    lanes: form.lanes.map((lane, position) => {
      if (position !== index) return lane;
      const next = { ...lane, ...change };
      if (change.kind !== undefined && change.title === undefined && lane.title === kinds[lane.kind]) next.title = kinds[change.kind];
      return next;
    }),
  };
}

export function setCell(form: TemplateForm, stage: number, lane: number, text: string): TemplateForm {
  const cells = { ...form.cells };
  if (text === '') delete cells[cellKey(stage, lane)];
  else cells[cellKey(stage, lane)] = text;
  return { ...form, cells };
}
