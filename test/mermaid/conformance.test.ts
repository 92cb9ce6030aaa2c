// @vitest-environment jsdom
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportJourney, importMermaid, type Journey } from '../../core/src/index.js';
import { parseWithMermaid, type MermaidJourneyDb, type MermaidTask } from './parse-with-mermaid.js';

// The corpus lives beside the checkout, in shared/ (it is not part of this repository).
const corpus = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/conformance');
if (!existsSync(corpus)) throw new Error('../shared/conformance is missing: run from a checkout with shared/ beside it');
const dir = join(corpus, 'mermaid');
const files = readdirSync(dir).filter((name) => name.endsWith('.mmd')).sort();
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

function imported(name: string): Journey {
  const result = importMermaid(read(name), { filename: name });
  if (!result.ok) throw new Error(`${name} did not import: ${JSON.stringify(result.problems)}`);
  return result.journey;
}

/** Our journey as Mermaid's database would list it: a score of 1–5 or null, actor names. */
function asMermaidTasks(journey: Journey): MermaidTask[] {
  const names = new Map(journey.personas.map((persona) => [persona.id, persona.name]));
  const stages = new Map(journey.stages.map((stage) => [stage.id, stage.name]));
  return journey.cards.map((card) => ({
    section: stages.get(card.stageId) ?? '?',
    task: card.text,
    score: card.score === undefined ? null : card.score + 3,
    people: (card.personaIds ?? []).map((id) => names.get(id) ?? '?'),
  }));
}

/** Mermaid's reading minus the quirks we report instead of copying: empty actors. */
function withoutQuirks(tasks: MermaidTask[]): MermaidTask[] {
  return tasks.map((task) => ({ ...task, people: task.people.filter((person) => person !== '') }));
}

/** Lines (1-based) where each conformance file gets a warning; every other file imports silently. */
const EXPECTED_WARNING_ROWS: Record<string, (number | undefined)[]> = {
  'cypress-04-frontmatter-maxlabelwidth-320-empty-actors.mmd': [10, 11, 12],
  'cypress-09-frontmatter-title-styling-stray-size-line.mmd': [21],
  'cypress-10-theme-init-directive-acc.mmd': [4],
  'nao1215-16-escaped-entities.mmd': [6],
  'parser-01-title-only.mmd': [undefined],
  'parser-03-accdescr-multiline.mmd': [6],
  'parser-07-tasks-actor-variants.mmd': [8, 10, 11, 12],
};

describe('Mermaid conformance corpus', () => {
  it('holds the files the README describes', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files)('%s imports, with a located warning for each quirk', (name) => {
    const result = importMermaid(read(name), { filename: name });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report).toMatchObject({ format: 'mermaid', scale: '1-5', file: name });
    expect(result.warnings.map((warning) => warning.row)).toEqual(EXPECTED_WARNING_ROWS[name] ?? []);
    for (const warning of result.warnings) expect(warning.file).toBe(name);
  });

  it.each(files)("%s reads like Mermaid's own parser reads it", async (name) => {
    const journey = imported(name);
    const mermaid: MermaidJourneyDb = await parseWithMermaid(read(name));
    expect(journey.stages.map((stage) => stage.name)).toEqual(mermaid.sections);
    expect(asMermaidTasks(journey)).toEqual(withoutQuirks(mermaid.tasks));
    if (mermaid.title !== '') expect(journey.title).toBe(mermaid.title);
    expect(journey.description ?? '').toBe(mermaid.accDescription);
  });

  it.each(files)('%s: our export is read by Mermaid with the same sections, tasks, scores and actors', async (name) => {
    const original = await parseWithMermaid(read(name));
    const exported = await parseWithMermaid(exportJourney(imported(name), 'mermaid'));
    expect(exported.sections).toEqual(original.sections);
    // A task Mermaid read without a number (the stray `size: 2rem` line) gets a score on export.
    const scoreless = (tasks: MermaidTask[]) => tasks.map((task, index) => (original.tasks[index]?.score === null ? { ...task, score: null } : task));
    expect(scoreless(exported.tasks)).toEqual(withoutQuirks(original.tasks));
  });

  it('parser-07 gives the tasks, scores and people of its expected.json, empty actors reported instead of kept', () => {
    const expected = JSON.parse(read('parser-07-tasks-actor-variants.expected.json')) as { tasks: MermaidTask[] };
    const journey = imported('parser-07-tasks-actor-variants.mmd');
    expect(asMermaidTasks(journey)).toEqual(
      expected.tasks.map(({ section, task, score, people }) => ({ section, task, score, people: people.filter((person) => person !== '') })),
    );
  });

  it('gives the stray "size: 2rem" line a task without score, as Mermaid does, and says so', () => {
    const result = importMermaid(read('cypress-09-frontmatter-title-styling-stray-size-line.mmd'), {});
    expect(result.ok && result.journey.cards.at(-1)).toMatchObject({ text: 'size' });
    expect(result.ok && result.journey.cards.at(-1)?.score).toBeUndefined();
    expect(result.ok && result.warnings[0]?.message).toContain('"2rem"');
  });

  it('keeps the two "Darkoob" sections of cypress-05 as two stages with distinct ids', () => {
    const journey = imported('cypress-05-webhook-lifecycle-spaced-colons.mmd');
    expect(journey.stages.map((stage) => stage.name)).toEqual(['Darkoob', 'External Service', 'Darkoob']);
    expect(new Set(journey.stages.map((stage) => stage.id)).size).toBe(3);
  });

  it('decodes the entity codes of nao1215-16 into real characters', () => {
    const journey = imported('nao1215-16-escaped-entities.mmd');
    expect(journey.title).toBe('PR #12 a;b cost < 10');
    expect(journey.stages.map((stage) => stage.name)).toEqual(['a;b:c', 'PR']);
    expect(journey.cards.map((card) => card.text)).toEqual(['a#b;c:d', 't', 'a,b', 't']);
    expect(journey.personas.map((persona) => persona.name)).toEqual(['Ops, EU', 'Ops', 'EU']);
  });
});
