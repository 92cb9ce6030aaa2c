import { describeInsights } from '../insight/describe-insights.js';
import { insightWords } from '../insight/insight-words.js';
import type { JourneyInsights } from '../insight/journey-insights.js';
import type { Journey } from '../model/journey.js';
import { escapeXml } from './escape-xml.js';

/**
 * The evidence sections of the HTML report (PRODUCT.md §9): the line saying emotions were
 * estimated from verbatims, the moments of truth with their figures, the stages resting on few
 * answers, each stage's channel mix and the channel switches. Sections without content are left
 * out, except the few answers of a journey that counts answers, which says when there are none.
 *
 * @example htmlInsights(journey, analyzeJourney(journey)) // '<h2>Moments de vérité</h2><ul class="facts">…'
 */
export function htmlInsights(journey: Journey, insights: JourneyInsights): string {
  const words = insightWords(journey.locale);
  const text = describeInsights(journey, insights);
  const list = (lines: readonly string[]) => `<ul class="facts">${lines.map((line) => `<li>${escapeXml(line)}</li>`).join('')}</ul>`;
  const out: string[] = [];
  if (text.estimated !== undefined) out.push(`<p class="basis">${escapeXml(text.estimated)}</p>`);
  if (text.moments.length > 0) out.push(`<h2>${escapeXml(words.momentsTitle)}</h2>`, list(text.moments));
  if (journey.emotions.length > 0 || journey.cards.some((card) => card.sources.length > 0)) {
    out.push(`<h2>${escapeXml(words.lowEvidenceTitle)}</h2>`, text.lowEvidence.length > 0 ? list(text.lowEvidence) : `<p class="sub">${escapeXml(words.noLowEvidence(insights.minEvidence))}</p>`);
  }
  if (text.channelMix.length > 0) out.push(`<h2>${escapeXml(words.channelsTitle)}</h2>`, list(text.channelMix));
  if (text.channelSwitches.length > 0) out.push(`<h2>${escapeXml(words.switchesTitle)}</h2>`, list(text.channelSwitches));
  return out.join('');
}
