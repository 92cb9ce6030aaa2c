import * as z from 'zod/mini';

/** Version of the stored journey shape; bump it and add a named migration in `migrate-journey.ts`. */
export const JOURNEY_SCHEMA_VERSION = 1 as const;

export const LANE_KINDS = [
  'actions',
  'touchpoints',
  'painPoints',
  'questions',
  'thoughts',
  'emotions',
  'opportunities',
  'frontstage',
  'backstage',
  'support',
  'custom',
] as const;
export const LaneKindSchema = z.enum(LANE_KINDS);
export type LaneKind = z.infer<typeof LaneKindSchema>;

export const CHANNELS = ['web', 'app', 'email', 'phone', 'store', 'social', 'chat', 'mail', 'other'] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

export const MediumSchema = z.enum(['physical', 'digital']);
export type Medium = z.infer<typeof MediumSchema>;

/** The canonical phases; a stage may also carry a free label. */
export const PHASES = ['awareness', 'consideration', 'purchase', 'retention', 'advocacy'] as const;

const id = z.string().check(z.minLength(1), z.maxLength(200));
const text = z.string().check(z.maxLength(10_000));
/** A score on the canonical −2…+2 scale. */
const canonicalScore = z.number().check(z.minimum(-2), z.maximum(2));

export const PersonaSchema = z.object({
  id,
  name: z.string().check(z.minLength(1), z.maxLength(500)),
  description: z.optional(text),
  goals: z._default(z.array(text), []),
  motivations: z._default(z.array(text), []),
  frustrations: z._default(z.array(text), []),
  color: z.optional(z.string().check(z.maxLength(50))),
});
export type Persona = z.infer<typeof PersonaSchema>;

export const StageSchema = z.object({
  id,
  name: z.string().check(z.minLength(1), z.maxLength(500)),
  phase: z.optional(z.string().check(z.maxLength(200))),
  description: z.optional(text),
});
export type Stage = z.infer<typeof StageSchema>;

export const LaneSchema = z.object({
  id,
  kind: LaneKindSchema,
  title: z.string().check(z.minLength(1), z.maxLength(500)),
});
export type Lane = z.infer<typeof LaneSchema>;

export const CardSchema = z.object({
  id,
  stageId: id,
  laneId: id,
  text: z.string().check(z.minLength(1), z.maxLength(10_000)),
  personaId: z.optional(id),
  /** Several personas share this card (a Mermaid task's actors), in the order written. */
  personaIds: z.optional(z.array(id)),
  /** The emotion attached to this card itself on −2…+2 (a Mermaid task's score, a quote's emotion). */
  score: z.optional(canonicalScore),
  channel: z.optional(ChannelSchema),
  medium: z.optional(MediumSchema),
  /** How many respondents said it. */
  count: z.optional(z.int().check(z.minimum(1))),
  /** Higher is more important; import sets it to `count × negativity` for opportunities. */
  priority: z.optional(z.number()),
  /** Where it came from: participant ids, file rows, survey columns. */
  sources: z._default(z.array(z.string().check(z.maxLength(500))), []),
});
export type Card = z.infer<typeof CardSchema>;

export const EmotionSchema = z.object({
  stageId: id,
  personaId: z.optional(id),
  /** Canonical score on −2…+2. */
  score: canonicalScore,
  n: z.optional(z.int().check(z.minimum(0))),
  min: z.optional(canonicalScore),
  max: z.optional(canonicalScore),
  /**
   * Sample standard deviation (n − 1) of the scores behind `score`, on −2…+2, when import saw at
   * least two: what a comparison of two waves needs to tell a change from noise (Welch's t).
   */
  sd: z.optional(z.number().check(z.minimum(0), z.maximum(4))),
  /** Share (0…1) of low ratings, for survey data. */
  lowShare: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  label: z.optional(z.string().check(z.maxLength(500))),
});
export type Emotion = z.infer<typeof EmotionSchema>;

export const JourneySchema = z
  .object({
    schemaVersion: z.literal(JOURNEY_SCHEMA_VERSION),
    id,
    title: z.string().check(z.minLength(1), z.maxLength(500)),
    locale: z.enum(['fr', 'en']),
    description: z.optional(text),
    personas: z._default(z.array(PersonaSchema), []),
    stages: z.array(StageSchema),
    lanes: z.array(LaneSchema),
    cards: z._default(z.array(CardSchema), []),
    emotions: z._default(z.array(EmotionSchema), []),
  })
  .check(
    z.superRefine((journey, ctx) => {
      const unique = (items: { id: string }[], path: string) => {
        const seen = new Set<string>();
        items.forEach((item, index) => {
          if (seen.has(item.id)) {
            ctx.addIssue({ code: 'custom', path: [path, index, 'id'], message: `duplicate id "${item.id}"` });
          }
          seen.add(item.id);
        });
        return seen;
      };
      const stageIds = unique(journey.stages, 'stages');
      const laneIds = unique(journey.lanes, 'lanes');
      const personaIds = unique(journey.personas, 'personas');
      unique(journey.cards, 'cards');
      journey.cards.forEach((card, index) => {
        if (!stageIds.has(card.stageId)) {
          ctx.addIssue({ code: 'custom', path: ['cards', index, 'stageId'], message: `unknown stage "${card.stageId}"` });
        }
        if (!laneIds.has(card.laneId)) {
          ctx.addIssue({ code: 'custom', path: ['cards', index, 'laneId'], message: `unknown lane "${card.laneId}"` });
        }
        if (card.personaId !== undefined && !personaIds.has(card.personaId)) {
          ctx.addIssue({ code: 'custom', path: ['cards', index, 'personaId'], message: `unknown persona "${card.personaId}"` });
        }
        card.personaIds?.forEach((personaId, position) => {
          if (!personaIds.has(personaId)) {
            ctx.addIssue({ code: 'custom', path: ['cards', index, 'personaIds', position], message: `unknown persona "${personaId}"` });
          }
        });
      });
      journey.emotions.forEach((emotion, index) => {
        if (!stageIds.has(emotion.stageId)) {
          ctx.addIssue({ code: 'custom', path: ['emotions', index, 'stageId'], message: `unknown stage "${emotion.stageId}"` });
        }
        if (emotion.personaId !== undefined && !personaIds.has(emotion.personaId)) {
          ctx.addIssue({ code: 'custom', path: ['emotions', index, 'personaId'], message: `unknown persona "${emotion.personaId}"` });
        }
      });
    }),
  );
export type Journey = z.infer<typeof JourneySchema>;
