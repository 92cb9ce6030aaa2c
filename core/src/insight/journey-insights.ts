import type { Channel } from '../model/journey.js';

/** The thinnest evidence a stage may rest on before it is flagged (PRODUCT.md §9). */
export const DEFAULT_MIN_EVIDENCE = 5;

/** What a moment of truth is: the curve's low point, its steepest fall, its widest disagreement, the pain point said most. */
export type MomentKind = 'lowest' | 'largestDrop' | 'widestSpread' | 'mostReportedPain';

/**
 * A moment that matters, found in the data (`analyzeJourney`). `personaId` absent: the whole sample
 * (every respondent pooled, each stage's score the n-weighted mean of its curves).
 */
export interface MomentOfTruth {
  kind: MomentKind;
  stageId: string;
  personaId?: string;
  /**
   * `lowest`: the score (−2…+2); `largestDrop`: how far the score falls from the stage before
   * (`fromStageId`), a positive number; `widestSpread`: the range max − min of the stage's scores
   * (the journey keeps each stage's extremes, not each respondent's score, so the range is the
   * measure); `mostReportedPain`: how many respondents said it (`cardId`).
   */
  value: number;
  /** `largestDrop`: the stage the score falls from. */
  fromStageId?: string;
  /** `mostReportedPain`: the pain point's card. */
  cardId?: string;
}

/** A stage, or a stage × persona, resting on fewer respondents than `minEvidence`. */
export interface LowEvidence {
  stageId: string;
  personaId?: string;
  n: number;
}

/** Who used which channel at a stage: the share of the stage's respondents per channel. */
export interface ChannelMix {
  stageId: string;
  /** Respondents who named a channel at this stage. */
  respondents: number;
  /** Most used first. */
  channels: { channel: Channel; respondents: number; share: number }[];
}

/** Respondents who used one channel at a stage and another at the next stage they gave a channel for. */
export interface ChannelSwitch {
  fromStageId: string;
  stageId: string;
  from: Channel;
  to: Channel;
  respondents: number;
  /** Respondents seen with a channel at both stages: the "of 30" in "9 of 30". */
  of: number;
}

/** What `analyzeJourney` finds (PRODUCT.md §7, §9). */
export interface JourneyInsights {
  momentsOfTruth: MomentOfTruth[];
  lowEvidence: LowEvidence[];
  /** The threshold used. */
  minEvidence: number;
  /** Per stage with touchpoints said by identified respondents. */
  channelMix: ChannelMix[];
  /** The most common switch between each pair of consecutive stages, most respondents first. */
  channelSwitches: ChannelSwitch[];
}

export interface AnalyzeOptions {
  /** Fewer respondents than this flags a stage (default 5). */
  minEvidence?: number;
}
