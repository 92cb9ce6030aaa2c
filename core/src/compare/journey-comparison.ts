/**
 * What `compareJourneys` returns (PRODUCT.md §7, §10): per stage and persona the emotion before and
 * after with its respondents, the change, and whether it is beyond noise; the pain points that
 * came, went and stayed; the touchpoints that came and went. Plain data, written as is by
 * `parcours compare -o out.json`.
 */

/** An emotion on one side of a comparison: the pooled score on −2…+2 and its respondents (0: not counted). */
export interface WaveScore {
  score: number;
  n: number;
}

/** The test behind `significant`, so a reader can check it: Welch's t, its degrees of freedom, its two-sided p. */
export interface StageTest {
  name: 'welch-t';
  t: number;
  df: number;
  p: number;
}

export interface PersonaDelta {
  /** The persona's name as written (the later wave's when both have it). */
  persona: string;
  before?: WaveScore;
  after?: WaveScore;
  /** after − before, when both sides have a score. */
  delta?: number;
}

export interface StageDelta {
  /** The stage's name as written: the later wave's when it has the stage, else the earlier's. */
  stage: string;
  /** The earlier wave's name of a stage paired under another name (renamed). */
  renamedFrom?: string;
  before?: WaveScore;
  after?: WaveScore;
  delta?: number;
  /**
   * Whether the change is beyond noise: Welch's t on the two waves' scores, two-sided p < 0.05, both
   * sides with at least `COMPARE_MIN_N` respondents and a known spread. False otherwise.
   */
  significant: boolean;
  /** The test's figures, when it could be run. */
  test?: StageTest;
  personas: PersonaDelta[];
}

/** A pain point or touchpoint and how many respondents named it in each wave (0 where absent). */
export interface PainChange {
  stage: string;
  text: string;
  before: number;
  after: number;
}

export type TouchpointChange = PainChange;

export interface JourneyComparison {
  stages: StageDelta[];
  pains: { added: PainChange[]; resolved: PainChange[]; persisting: PainChange[] };
  /** Touchpoints named only in the later wave (`added`) or only in the earlier one (`gone`). */
  touchpoints?: { added: TouchpointChange[]; gone: TouchpointChange[] };
}

export interface CompareOptions {
  /**
   * Stages renamed between the waves, paired by the user: `[earlier name, later name]`, compared
   * with accents, case and spaces ignored.
   */
  pairs?: readonly (readonly [string, string])[];
}

/** Fewest respondents on each side for `significant` to be anything but false. */
export const COMPARE_MIN_N = 5;
/** The threshold of the two-sided p-value. */
export const COMPARE_ALPHA = 0.05;
