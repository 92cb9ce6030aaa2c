import { JOURNEY_SCHEMA_VERSION } from '../../model/journey.js';
import type { Card, Emotion, Journey, Lane, Persona, Stage } from '../../model/journey.js';
import { LIMITS } from '../../model/limits.js';
import type { Problem } from '../../model/problem.js';
import { stableId } from '../../model/stable-id.js';
import { fitName } from '../names/fit-name.js';
import { journeyIdOf } from '../names/journey-id.js';
import { titleFromFileName } from '../names/title-from-file-name.js';
import { mermaidLocale } from './mermaid-locale.js';
import type { MermaidStatement } from './mermaid-statements.js';
import { say } from '../../words/say.js';

export interface MermaidJourneyDraft {
  journey: Journey;
  warnings: Problem[];
  problems: Problem[];
}

/** Longest stage, persona or journey name the model accepts. */
const NAME_LENGTH = 500;

const LABELS = {
  en: { actions: 'Actions', emotions: 'Emotion', noSection: '(no section)', unnamed: '(unnamed section)', untitled: 'Untitled journey' },
  fr: { actions: 'Actions', emotions: 'Émotion', noSection: '(sans section)', unnamed: '(section sans nom)', untitled: 'Parcours sans titre' },
} as const;

/**
 * Turns Mermaid `journey` statements into a journey: each section a stage (repeated names stay
 * separate stages), each task a card of the `actions` lane with its 1–5 score mapped onto −2…+2
 * (`score − 3`) and its actors as personas, and per stage and persona the mean score as an emotion
 * (one emotion per stage when no task names an actor). Mermaid quirks become located warnings.
 *
 * @example mermaidToJourney([{ kind: 'section', line: 2, name: 'Go' }, { kind: 'task', line: 3, name: 'Tea', score: '5', actors: ['Me'] }], {})
 *   // journey with 1 stage, 1 card (score 2), persona "Me", emotion { score: 2, n: 1 }
 */
export function mermaidToJourney(
  statements: readonly MermaidStatement[],
  options: { filename?: string; frontMatterTitle?: string },
): MermaidJourneyDraft {
  const warnings: Problem[] = [];
  const problems: Problem[] = [];
  const texts = statements.map((statement) => ('text' in statement ? statement.text : statement.name));
  const locale = mermaidLocale(texts);
  const labels = LABELS[locale];

  const title = lastText(statements, 'title');
  const accTitle = lastText(statements, 'accTitle');
  const accDescr = lastText(statements, 'accDescr');
  const explicitTitle = title?.text ?? options.frontMatterTitle ?? accTitle?.text;
  if (title !== undefined && accTitle !== undefined && accTitle.text !== title.text) {
    warnings.push({ row: accTitle.line, ...say('mermaid.accTitleDropped', { accTitle: accTitle.text, title: title.text }) });
  }

  const actionsLane: Lane = { id: stableId('lane', 'actions'), kind: 'actions', title: labels.actions };
  const emotionsLane: Lane = { id: stableId('lane', 'emotions'), kind: 'emotions', title: labels.emotions };
  const stages: Stage[] = [];
  const personas: Persona[] = [];
  const cards: Card[] = [];
  const stageNameCount = new Map<string, number>();
  const cardTextCount = new Map<string, number>();
  let stage: Stage | undefined;

  const openStage = (name: string): Stage => {
    const occurrence = stageNameCount.get(name) ?? 0;
    stageNameCount.set(name, occurrence + 1);
    const opened: Stage = { id: stableId('stage', name, occurrence), name };
    stages.push(opened);
    return opened;
  };
  // A set, not a search of the list: a file naming 40,000 actors took seconds per thousand.
  const personaIds = new Set<string>();
  const persona = (name: string): string => {
    const id = stableId('persona', name);
    if (!personaIds.has(id)) {
      personaIds.add(id);
      personas.push({ id, name, goals: [], motivations: [], frustrations: [] });
    }
    return id;
  };

  for (const statement of statements) {
    if (statement.kind === 'section') {
      if (statement.name === '') warnings.push({ row: statement.line, ...say('mermaid.unnamedSection', { name: labels.unnamed }) });
      stage = openStage(statement.name === '' ? labels.unnamed : limited(statement.name, statement.line, 'section', warnings));
      continue;
    }
    if (statement.kind !== 'task') continue;
    const row = statement.line;
    if (statement.name === '') {
      warnings.push({ row, ...say('mermaid.unnamedTask') });
      continue;
    }
    if (statement.name.length > LIMITS.textLength) {
      problems.push({ row, ...say('mermaid.taskTooLong', { length: statement.name.length, max: LIMITS.textLength }) });
      continue;
    }
    if (stage === undefined) {
      warnings.push({ row, ...say('mermaid.taskBeforeSection', { task: statement.name, stage: labels.noSection }) });
      stage = openStage(labels.noSection);
    }
    const score = readScore(statement.score, statement.name, row, warnings);
    const actors = readActors(statement.actors ?? [], statement.name, row, warnings);
    const key = `${stage.id}\u001f${statement.name}`;
    const occurrence = cardTextCount.get(key) ?? 0;
    cardTextCount.set(key, occurrence + 1);
    const card: Card = {
      id: stableId('card', stage.id, statement.name, occurrence),
      stageId: stage.id,
      laneId: actionsLane.id,
      text: statement.name,
      sources: [],
    };
    if (actors.length > 0) card.personaIds = actors.map(persona);
    if (score !== undefined) card.score = score;
    cards.push(card);
  }

  for (const statement of statements) {
    if (statement.kind === 'accDescr' || statement.kind === 'title' || statement.kind === 'accTitle') {
      if (statement.text.length > LIMITS.textLength) {
        problems.push({ row: statement.line, ...say('mermaid.textTooLong', { what: statement.kind, max: LIMITS.textLength }) });
      }
    }
  }
  if (stages.length > LIMITS.stages) {
    problems.push(say('mermaid.tooManySections', { sections: stages.length, max: LIMITS.stages }));
  }
  if (stages.length === 0) warnings.push(say('mermaid.noSection'));

  const emotions = stageEmotions(stages, personas, cards);
  const journeyTitle = (explicitTitle ?? titleFromFileName(options.filename ?? '')) || labels.untitled;
  const journey: Journey = {
    schemaVersion: JOURNEY_SCHEMA_VERSION,
    // The study, not the file: the title, else the sections (`journeyIdOf`).
    id: journeyIdOf(explicitTitle, stages.map((each) => each.name)),
    title: limited(journeyTitle, title?.line ?? 1, 'title', warnings),
    locale,
    personas,
    stages,
    lanes: emotions.length > 0 ? [actionsLane, emotionsLane] : [actionsLane],
    cards,
    emotions,
  };
  if (accDescr !== undefined) journey.description = accDescr.text;
  return { journey, warnings, problems };
}

/** The last non-empty `title`, `accTitle` or `accDescr`: a later statement overrides an earlier one, as in Mermaid. */
function lastText(statements: readonly MermaidStatement[], kind: 'title' | 'accTitle' | 'accDescr'): { text: string; line: number } | undefined {
  for (let index = statements.length - 1; index >= 0; index--) {
    const statement = statements[index];
    if (statement?.kind === kind && statement.text !== '') return { text: statement.text, line: statement.line };
  }
  return undefined;
}

/** Mermaid's 1–5 score as −2…+2, or `undefined` with a warning when it is missing or not a number. */
function readScore(written: string | undefined, name: string, row: number, warnings: Problem[]): number | undefined {
  if (written === undefined || written === '') {
    warnings.push({ row, ...say('mermaid.noScore', { task: name }) });
    return undefined;
  }
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(written)) {
    warnings.push({ row, ...say('mermaid.badScore', { task: name, written }) });
    return undefined;
  }
  const value = Number(written);
  if (value < 1 || value > 5) {
    const clamped = Math.min(5, Math.max(1, value));
    warnings.push({ row, ...say('mermaid.scoreOutside', { task: name, written, read: clamped }) });
    return clamped - 3;
  }
  return value - 3;
}

/** The task's actors without empty names (Mermaid's `Task: 5:` quirk) and without repeats. */
function readActors(written: readonly string[], name: string, row: number, warnings: Problem[]): string[] {
  if (written.some((actor) => actor === '')) {
    warnings.push({ row, ...say('mermaid.emptyActor', { task: name }) });
  }
  const actors = written.filter((actor) => actor !== '');
  const unique = [...new Set(actors)];
  if (unique.length < actors.length) warnings.push({ row, ...say('mermaid.sameActor', { task: name }) });
  return unique.map((actor) => limited(actor, row, 'actor', warnings));
}

/** Names are at most 500 characters in the model: longer ones are shortened, visibly. */
function limited(name: string, row: number, what: 'section' | 'actor' | 'title', warnings: Problem[]): string {
  const fitted = fitName(name, NAME_LENGTH);
  if (fitted.shortened) warnings.push({ row, ...say('mermaid.longName', { what, length: name.length, max: NAME_LENGTH }) });
  return fitted.text;
}

/**
 * Per stage and persona (or per stage when no task names an actor), the mean of the task scores,
 * in stage then persona order. One pass over the cards: looping over every persona for every stage
 * and card was quadratic, and `Math.min(...scores)` overflows the call stack past ~100,000 tasks.
 */
function stageEmotions(stages: readonly Stage[], personas: readonly Persona[], cards: readonly Card[]): Emotion[] {
  const personaOrder = new Map(personas.map((persona, index) => [persona.id, index]));
  const byStage = new Map<string, Map<string, { order: number; sum: number; n: number; min: number; max: number }>>();
  const add = (stageId: string, group: string, order: number, score: number) => {
    let groups = byStage.get(stageId);
    if (groups === undefined) byStage.set(stageId, (groups = new Map()));
    const stats = groups.get(group);
    if (stats === undefined) groups.set(group, { order, sum: score, n: 1, min: score, max: score });
    else {
      stats.sum += score;
      stats.n++;
      stats.min = Math.min(stats.min, score);
      stats.max = Math.max(stats.max, score);
    }
  };
  for (const card of cards) {
    if (card.score === undefined) continue;
    if (personas.length === 0) add(card.stageId, '', 0, card.score);
    else for (const personaId of card.personaIds ?? []) add(card.stageId, personaId, personaOrder.get(personaId) ?? 0, card.score);
  }
  const emotions: Emotion[] = [];
  for (const stage of stages) {
    const groups = [...(byStage.get(stage.id) ?? new Map()).entries()].sort((a, b) => a[1].order - b[1].order);
    for (const [group, stats] of groups) {
      const emotion: Emotion = { stageId: stage.id, score: stats.sum / stats.n, n: stats.n, min: stats.min, max: stats.max };
      if (personas.length > 0) emotion.personaId = group;
      emotions.push(emotion);
    }
  }
  return emotions;
}
