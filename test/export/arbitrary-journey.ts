/**
 * fast-check generators of journeys for round-trip property tests: any valid journey (for JSON) and
 * journeys Mermaid can express (for Mermaid).
 */
import fc from 'fast-check';
import { CHANNELS, JOURNEY_SCHEMA_VERSION, LANE_KINDS, type Card, type Emotion, type Journey } from '../../core/src/index.js';

const text = (maxLength = 12) => fc.string({ unit: 'binary', maxLength });
const name = (maxLength = 12) => fc.string({ unit: 'binary', minLength: 1, maxLength });
/** A score on −2…+2 without −0, which JSON cannot tell from 0. */
const score = fc.double({ min: -2, max: 2, noNaN: true }).map((value) => (value === 0 ? 0 : value));

function optional<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arbitrary, { nil: undefined });
}

/** Drops `undefined` properties, as a journey parsed from a file never has them. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, each]) => each !== undefined)) as T;
}

/** Any journey `JourneySchema` accepts, with consistent references between its parts. */
export const anyJourney: fc.Arbitrary<Journey> = fc
  .record({
    personaCount: fc.nat(3),
    stageCount: fc.integer({ min: 1, max: 5 }),
    laneCount: fc.integer({ min: 1, max: 4 }),
  })
  .chain(({ personaCount, stageCount, laneCount }) => {
    const personaId = fc.constantFrom(...Array.from({ length: Math.max(personaCount, 1) }, (_, index) => `persona-${index}`));
    const card = fc
      .record({
        stage: fc.nat(stageCount - 1),
        lane: fc.nat(laneCount - 1),
        text: name(30),
        personaId: personaCount > 0 ? optional(personaId) : fc.constant(undefined),
        personaIds: personaCount > 0 ? optional(fc.uniqueArray(personaId, { maxLength: personaCount })) : fc.constant(undefined),
        score: optional(score),
        channel: optional(fc.constantFrom(...CHANNELS)),
        medium: optional(fc.constantFrom('physical' as const, 'digital' as const)),
        count: optional(fc.integer({ min: 1, max: 500 })),
        priority: optional(fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((value) => (value === 0 ? 0 : value))),
        sources: fc.array(text(), { maxLength: 3 }),
      })
      .map(({ stage, lane, ...rest }) => defined({ ...rest, stageId: `stage-${stage}`, laneId: `lane-${lane}` }));
    const emotion = fc
      .record({
        stage: fc.nat(stageCount - 1),
        personaId: personaCount > 0 ? optional(personaId) : fc.constant(undefined),
        score,
        n: optional(fc.nat(1000)),
        min: optional(score),
        max: optional(score),
        lowShare: optional(fc.double({ min: 0, max: 1, noNaN: true }).map((value) => (value === 0 ? 0 : value))),
        label: optional(text()),
      })
      .map(({ stage, ...rest }) => defined({ ...rest, stageId: `stage-${stage}` }));
    return fc.record({
      id: name(),
      title: name(),
      locale: fc.constantFrom('fr' as const, 'en' as const),
      description: optional(text(40)),
      personas: fc.tuple(
        ...Array.from({ length: personaCount }, (_, index) =>
          fc
            .record({
              name: name(),
              description: optional(text()),
              goals: fc.array(text(), { maxLength: 2 }),
              motivations: fc.array(text(), { maxLength: 2 }),
              frustrations: fc.array(text(), { maxLength: 2 }),
              color: optional(fc.constantFrom('#ff0000', 'teal')),
            })
            .map((persona) => defined({ ...persona, id: `persona-${index}` })),
        ),
      ),
      stages: fc.tuple(
        ...Array.from({ length: stageCount }, (_, index) =>
          fc
            .record({ name: name(), phase: optional(text()), description: optional(text()) })
            .map((stage) => defined({ ...stage, id: `stage-${index}` })),
        ),
      ),
      lanes: fc.tuple(
        ...Array.from({ length: laneCount }, (_, index) =>
          fc.record({ kind: fc.constantFrom(...LANE_KINDS), title: name() }).map((lane) => ({ ...lane, id: `lane-${index}` })),
        ),
      ),
      cards: fc.array(card, { maxLength: 12 }).map((cards) => cards.map((each, index) => ({ ...each, id: `card-${index}` }) as Card)),
      emotions: fc.array(emotion, { maxLength: 6 }).map((emotions) => emotions as Emotion[]),
    });
  })
  .map((journey) => defined({ schemaVersion: JOURNEY_SCHEMA_VERSION, ...journey }) as Journey);

/** Pieces that Mermaid's lexer, its preprocessor or our decoder treat specially. */
const TRICKY = [
  '#', ';', ':', ',', '%', '%%', '%%{init: {}}%%', '<', '>', '{', '}', '<br>', '<br/>', '</br />', '#35;', '#lt;', '#x;',
  ' ', '  ', '\t', '\n', '\r\n', '\r', '\u00a0', '\u2028', 'title ', 'section ', 'journey', 'accTitle', 'accDescr', 'style',
  'classDef', '---', '&amp;', '"', "'", 'a', 'Zé', '😀', '5', '-',
];
const trickyText = fc.array(fc.constantFrom(...TRICKY), { maxLength: 6 }).map((pieces) => pieces.join(''));

/** What a Mermaid round trip must keep: titles, stage names, task texts, integer scores, actor names. */
export interface MermaidContent {
  title: string;
  description?: string;
  stages: { name: string; tasks: { text: string; score: number; actors: string[] }[] }[];
}

/**
 * Journeys that Mermaid can express: one actions lane, every card with an integer score on −2…+2, each
 * card's actors distinct. Texts are any strings (reserved characters, line breaks, edge blanks);
 * `withoutNul` and `withoutC1` leave out the characters whose codes Mermaid's own parser decodes as
 * HTML does (NUL as U+FFFD, C1 controls U+0080–U+009F mostly as Windows-1252 characters), so that no
 * Mermaid file can give them back to it.
 */
export function mermaidJourney(options: { withoutNul?: boolean; withoutC1?: boolean } = {}): fc.Arbitrary<Journey> {
  const anyText = (minLength: number) =>
    fc
      .oneof(fc.string({ unit: 'binary', maxLength: 16 }), trickyText)
      .map((value) => (options.withoutNul === true ? value.replace(/\0/g, '0') : value))
      .map((value) => (options.withoutC1 === true ? value.replace(/[\u0080-\u009f]/g, 'c') : value))
      .filter((value) => value.length >= minLength);
  return fc
    .record({
      title: anyText(1),
      description: optional(anyText(0)),
      personas: fc.uniqueArray(anyText(1), { maxLength: 4 }),
      stages: fc.array(
        fc.record({
          name: anyText(1),
          tasks: fc.array(fc.record({ text: anyText(1), score: fc.integer({ min: -2, max: 2 }), actors: fc.uniqueArray(fc.nat(3), { maxLength: 4 }) }), {
            maxLength: 4,
          }),
        }),
        { maxLength: 5 },
      ),
    })
    .map(({ title, description, personas, stages }) => {
      const journey: Journey = {
        schemaVersion: JOURNEY_SCHEMA_VERSION,
        id: 'journey',
        title,
        locale: 'en',
        personas: personas.map((persona, index) => ({ id: `persona-${index}`, name: persona, goals: [], motivations: [], frustrations: [] })),
        stages: stages.map((stage, index) => ({ id: `stage-${index}`, name: stage.name })),
        lanes: [{ id: 'actions', kind: 'actions', title: 'Actions' }],
        cards: stages.flatMap((stage, stageIndex) =>
          stage.tasks.map((task, taskIndex) => {
            const actors = task.actors.filter((actor) => actor < personas.length).map((actor) => `persona-${actor}`);
            const card: Card = { id: `card-${stageIndex}-${taskIndex}`, stageId: `stage-${stageIndex}`, laneId: 'actions', text: task.text, score: task.score, sources: [] };
            if (actors.length > 0) card.personaIds = actors;
            return card;
          }),
        ),
        emotions: [],
      };
      if (description !== undefined) journey.description = description;
      return journey;
    });
}

/** The part of a journey a Mermaid round trip keeps, descriptions normalised as Mermaid does (lines trimmed, blank lines dropped). */
export function mermaidContent(journey: Journey): MermaidContent {
  const names = new Map(journey.personas.map((persona) => [persona.id, persona.name]));
  const lane = journey.lanes.find((each) => each.kind === 'actions') ?? journey.lanes[0];
  const description = (journey.description ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
  const content: MermaidContent = {
    title: journey.title,
    stages: journey.stages.map((stage) => ({
      name: stage.name,
      tasks: journey.cards
        .filter((card) => card.stageId === stage.id && card.laneId === lane?.id)
        .map((card) => ({
          text: card.text,
          score: (card.score ?? 0) + 3,
          actors: (card.personaIds ?? []).map((id) => names.get(id) ?? '?'),
        })),
    })),
  };
  if (description !== '') content.description = description;
  return content;
}
