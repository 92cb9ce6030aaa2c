/**
 * fast-check generator of valid journeys for layout and render property tests (reusable by anyone):
 * 0…N stages and lanes of every kind, personas with or without content, cards of any text (short,
 * long, emoji, markup, blank), channels, counts, priorities, emotions with n/min/max, phases that
 * repeat, and ids holding the characters keys escape (`:` and `%`).
 */
import fc from 'fast-check';
import { CHANNELS, JourneySchema, LANE_KINDS, PHASES, type Journey } from '../../core/src/model/journey.js';

export interface JourneySize {
  maxStages?: number;
  maxLanes?: number;
  maxPersonas?: number;
  maxCards?: number;
  maxEmotions?: number;
}

const ID_PREFIXES = ['s', 'id:', '%', 'é', '🚆', 'a b', 'x%3A'];

/** Texts people actually type, plus the ones that break naive renderers. */
export const arbitraryText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'Prix peu clair',
    'Compare les offres de trois banques sur un comparateur en ligne',
    '<script>alert(1)</script>',
    'A & B "quoted" \'single\'',
    '<foreignObject>x</foreignObject>',
    '😡😡😡 trop long 🙂',
    'Supercalifragilisticexpialidocious-antidisestablishmentarianism',
    'line one\nline two\r\nline three',
    '   ',
    'ÉNORME MAJUSCULES PARTOUT',
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
  fc.array(fc.constantFrom('la', 'carte', 'arrive', 'après', 'neuf', 'jours', 'WWWW', 'iiii', '—', '…'), { minLength: 1, maxLength: 80 }).map((words) => words.join(' ')),
);

const score = fc.double({ min: -2, max: 2, noNaN: true });
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/**
 * Any valid journey within the given size, parsed by `JourneySchema` (so defaults are filled in).
 *
 * @example fc.assert(fc.property(arbitraryJourney(), (journey) => layoutJourney(journey).primitives.length > 0))
 */
export function arbitraryJourney(size: JourneySize = {}): fc.Arbitrary<Journey> {
  const { maxStages = 6, maxLanes = 6, maxPersonas = 3, maxCards = 40, maxEmotions = 20 } = size;
  return fc
    .record({
      stageCount: fc.nat(maxStages),
      laneCount: fc.nat(maxLanes),
      personaCount: fc.nat(maxPersonas),
      prefix: fc.constantFrom(...ID_PREFIXES),
    })
    .chain(({ stageCount, laneCount, personaCount, prefix }) => {
      const stageId = (index: number) => `${prefix}stage${index}`;
      const laneId = (index: number) => `${prefix}lane${index}`;
      const personaId = (index: number) => `${prefix}persona${index}`;
      const personaRef = personaCount > 0 ? optional(fc.nat(personaCount - 1).map(personaId)) : fc.constant(undefined);
      const card = fc.record({
        stage: fc.nat(Math.max(0, stageCount - 1)),
        lane: fc.nat(Math.max(0, laneCount - 1)),
        text: arbitraryText,
        personaId: personaRef,
        channel: optional(fc.constantFrom(...CHANNELS)),
        count: optional(fc.integer({ min: 1, max: 2000 })),
        priority: optional(fc.double({ min: -100, max: 100, noNaN: true })),
        score: optional(score),
      });
      const emotion = fc.record({
        stage: fc.nat(Math.max(0, stageCount - 1)),
        personaId: personaRef,
        score,
        n: optional(fc.nat(5000)),
        min: optional(score),
        max: optional(score),
        label: optional(fc.constantFrom('3,4 / 5', 'frustré', 'a very long label for an emotion score')),
      });
      const persona = fc.record({
        name: arbitraryText,
        description: optional(arbitraryText),
        goals: fc.array(arbitraryText, { maxLength: 3 }),
        motivations: fc.array(arbitraryText, { maxLength: 2 }),
        frustrations: fc.array(arbitraryText, { maxLength: 4 }),
      });
      return fc.record({
        title: arbitraryText,
        locale: fc.constantFrom('fr' as const, 'en' as const),
        description: optional(arbitraryText),
        personas: fc.array(persona, { minLength: personaCount, maxLength: personaCount }),
        stages: fc.array(
          fc.record({ name: arbitraryText, phase: optional(fc.constantFrom(...PHASES, 'Achat', 'achat ', 'Après-vente')) }),
          { minLength: stageCount, maxLength: stageCount },
        ),
        lanes: fc.array(fc.record({ kind: fc.constantFrom(...LANE_KINDS), title: arbitraryText }), { minLength: laneCount, maxLength: laneCount }),
        cards: fc.array(card, { maxLength: stageCount > 0 && laneCount > 0 ? maxCards : 0, size: 'large' }),
        emotions: fc.array(emotion, { maxLength: stageCount > 0 ? maxEmotions : 0 }),
      }).map((parts) =>
        JourneySchema.parse({
          schemaVersion: 1,
          id: `${prefix}journey`,
          title: parts.title,
          locale: parts.locale,
          ...(parts.description !== undefined && { description: parts.description }),
          personas: parts.personas.map((one, index) => ({ ...withoutUndefined(one), id: personaId(index) })),
          stages: parts.stages.map((one, index) => ({ ...withoutUndefined(one), id: stageId(index) })),
          lanes: parts.lanes.map((one, index) => ({ ...one, id: laneId(index) })),
          cards: parts.cards.map(({ stage, lane, ...rest }, index) => ({
            ...withoutUndefined(rest),
            id: `${prefix}card${index}`,
            stageId: stageId(stage),
            laneId: laneId(lane),
          })),
          emotions: parts.emotions.map(({ stage, ...rest }) => ({ ...withoutUndefined(rest), stageId: stageId(stage) })),
        }),
      );
    });
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, each]) => each !== undefined)) as T;
}
