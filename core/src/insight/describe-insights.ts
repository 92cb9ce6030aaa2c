import { formatScore } from '../layout/format-score.js';
import { layoutLabels } from '../layout/layout-labels.js';
import type { Journey } from '../model/journey.js';
import { insightWords } from './insight-words.js';
import type { JourneyInsights } from './journey-insights.js';

/** The evidence of a journey in sentences, section by section (empty sections are empty lists). */
export interface InsightText {
  moments: string[];
  lowEvidence: string[];
  channelMix: string[];
  channelSwitches: string[];
  /** Set when the emotions are inferred from verbatims. */
  estimated?: string;
}

/**
 * What `analyzeJourney` found, worded for a reader in `lang` (the journey's language unless the
 * reader's is given, as `parcours validate --lang` does): the moments of truth
 * with their figures, the thin stages, each stage's channel mix and the channel switches. The
 * HTML report and `parcours validate` print the same sentences.
 *
 * @example describeInsights(journey, insights).channelSwitches[0] // 'web → téléphone à Souscription : 9 sur 30'
 */
export function describeInsights(journey: Journey, insights: JourneyInsights, lang: 'fr' | 'en' = journey.locale): InsightText {
  const words = insightWords(lang);
  const { channels } = layoutLabels(lang);
  const stage = new Map(journey.stages.map((one) => [one.id, one.name]));
  const persona = new Map(journey.personas.map((one) => [one.id, one.name]));
  const who = (personaId: string | undefined) => (personaId === undefined ? words.everyone : (persona.get(personaId) ?? personaId));
  const score = (value: number) => formatScore(value, lang);
  const plain = (value: number) => score(value).replace(/^[+−]/, '');
  const cards = new Map(journey.cards.map((card) => [card.id, card]));
  const moments = insights.momentsOfTruth.map((moment) => {
    const where = stage.get(moment.stageId) ?? moment.stageId;
    switch (moment.kind) {
      case 'lowest':
        return words.lowest(where, who(moment.personaId), score(moment.value));
      case 'largestDrop':
        return words.largestDrop(stage.get(moment.fromStageId ?? '') ?? '', where, who(moment.personaId), plain(moment.value));
      case 'widestSpread':
        return words.widestSpread(where, who(moment.personaId), plain(moment.value));
      case 'mostReportedPain':
        return words.mostReportedPain(cards.get(moment.cardId ?? '')?.text ?? '', where, who(moment.personaId), moment.value);
    }
  });
  const lowEvidence = insights.lowEvidence.map((entry) => {
    const where = `${stage.get(entry.stageId) ?? entry.stageId}${entry.personaId !== undefined ? ` · ${who(entry.personaId)}` : ''}`;
    return words.thin(where, entry.n, insights.minEvidence);
  });
  const channelMix = insights.channelMix.map((mix) =>
    words.mix(stage.get(mix.stageId) ?? mix.stageId, mix.channels.map((entry) => words.share(channels[entry.channel], Math.round(entry.share * 100))).join(' · '), mix.respondents),
  );
  const channelSwitches = insights.channelSwitches.map((one) => words.switched(channels[one.from], channels[one.to], stage.get(one.stageId) ?? one.stageId, one.respondents, one.of));
  const text: InsightText = { moments, lowEvidence, channelMix, channelSwitches };
  if (journey.emotions.some((emotion) => emotion.basis === 'verbatims')) text.estimated = words.estimated;
  return text;
}
