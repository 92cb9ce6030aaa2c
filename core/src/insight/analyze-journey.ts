import type { Journey } from '../model/journey.js';
import { channelJourneys } from './channel-journeys.js';
import { DEFAULT_MIN_EVIDENCE, type AnalyzeOptions, type JourneyInsights } from './journey-insights.js';
import { lowEvidence } from './low-evidence.js';
import { momentsOfTruth } from './moments-of-truth.js';
import { insightCurves } from './pooled-curves.js';

/**
 * What the data says about a journey beyond its cards (PRODUCT.md §7, §9): its moments of truth on
 * the whole sample's curve and each persona's (`momentsOfTruth`), the stages and stage × persona
 * cells resting on fewer than `minEvidence` respondents (default 5, `lowEvidence`), and the
 * omnichannel view (`channelJourneys`). Pure and linear in the journey's size.
 *
 * @example analyzeJourney(journey, { minEvidence: 3 }).lowEvidence // [{ stageId: 'stage-4', n: 2 }]
 */
export function analyzeJourney(journey: Journey, options: AnalyzeOptions = {}): JourneyInsights {
  const minEvidence = validMinEvidence(options.minEvidence);
  const curves = insightCurves(journey);
  return {
    momentsOfTruth: momentsOfTruth(journey, curves),
    lowEvidence: lowEvidence(journey, curves, minEvidence),
    minEvidence,
    ...channelJourneys(journey),
  };
}

/** `minEvidence` as a whole number ≥ 0; anything else gives the default. */
export function validMinEvidence(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? Math.floor(value) : DEFAULT_MIN_EVIDENCE;
}
