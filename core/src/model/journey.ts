import { z } from 'zod';

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

const id = z.string().min(1).max(200);
const text = z.string().max(10_000);

export const PersonaSchema = z.object({
  id,
  name: z.string().min(1).max(500),
  description: text.optional(),
  goals: z.array(text).default([]),
  motivations: z.array(text).default([]),
  frustrations: z.array(text).default([]),
  color: z.string().max(50).optional(),
});
export type Persona = z.infer<typeof PersonaSchema>;

export const StageSchema = z.object({
  id,
  name: z.string().min(1).max(500),
  phase: z.string().max(200).optional(),
  description: text.optional(),
});
export type Stage = z.infer<typeof StageSchema>;

export const LaneSchema = z.object({
  id,
  kind: LaneKindSchema,
  title: z.string().min(1).max(500),
});
export type Lane = z.infer<typeof LaneSchema>;

export const CardSchema = z.object({
  id,
  stageId: id,
  laneId: id,
  text: z.string().min(1).max(10_000),
  personaId: id.optional(),
  /** Several personas share this card (a Mermaid task's actors), in the order written. */
  personaIds: z.array(id).optional(),
  /** The emotion attached to this card itself on −2…+2 (a Mermaid task's score, a quote's emotion). */
  score: z.number().min(-2).max(2).optional(),
  channel: ChannelSchema.optional(),
  medium: MediumSchema.optional(),
  /** How many respondents said it. */
  count: z.number().int().min(1).optional(),
  /** Higher is more important; import sets it to `count × negativity` for opportunities. */
  priority: z.number().finite().optional(),
  /** Where it came from: participant ids, file rows, survey columns. */
  sources: z.array(z.string().max(500)).default([]),
});
export type Card = z.infer<typeof CardSchema>;

export const EmotionSchema = z.object({
  stageId: id,
  personaId: id.optional(),
  /** Canonical score on −2…+2. */
  score: z.number().min(-2).max(2),
  n: z.number().int().min(0).optional(),
  min: z.number().min(-2).max(2).optional(),
  max: z.number().min(-2).max(2).optional(),
  /** Share (0…1) of low ratings, for survey data. */
  lowShare: z.number().min(0).max(1).optional(),
  label: z.string().max(500).optional(),
});
export type Emotion = z.infer<typeof EmotionSchema>;

export const JourneySchema = z
  .object({
    schemaVersion: z.literal(JOURNEY_SCHEMA_VERSION),
    id,
    title: z.string().min(1).max(500),
    locale: z.enum(['fr', 'en']),
    description: text.optional(),
    personas: z.array(PersonaSchema).default([]),
    stages: z.array(StageSchema),
    lanes: z.array(LaneSchema),
    cards: z.array(CardSchema).default([]),
    emotions: z.array(EmotionSchema).default([]),
  })
  .superRefine((journey, ctx) => {
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
  });
export type Journey = z.infer<typeof JourneySchema>;
