import { explainOpportunities } from '../insight/opportunity-reasons.js';
import { insightWords } from '../insight/insight-words.js';
import type { Journey } from '../model/journey.js';
import { escapeXml } from './escape-xml.js';
import type { RenderLabels } from './render-labels.js';

/**
 * The ranked opportunities: every opportunity card, ranked ones first by rank (priority, highest
 * first), then the others in journey order, each with its stage and why it ranks there ("said by
 * 12 people · stage at −1.4", `explainOpportunities`). Without opportunity cards, the most reported
 * pain points are offered instead, marked as suggestions.
 *
 * @example htmlOpportunities(journey, renderLabels('en')) // '<h2>Ranked opportunities</h2><ol class="opps">…</ol>'
 */
export function htmlOpportunities(journey: Journey, labels: RenderLabels): string {
  const words = insightWords(journey.locale);
  const explained = explainOpportunities(journey);
  const heading = `<h2>${escapeXml(labels.opportunities)}</h2>`;
  if (explained.length === 0) return `${heading}<p class="sub">${escapeXml(labels.noOpportunities)}</p>`;
  const stageNames = new Map(journey.stages.map((stage) => [stage.id, stage.name]));
  const items = explained.map(({ card, rank, reason, suggested }) => {
    const meta = [stageNames.get(card.stageId) ?? '', reason, card.priority !== undefined ? `${labels.priority} ${Math.round(card.priority * 10) / 10}` : ''].filter((part) => part !== '');
    const mark = suggested ? words.suggested : rank !== undefined ? `#${rank}` : '·';
    return `<li${suggested ? ' class="suggested"' : ''}><span class="rank">${escapeXml(mark)}</span><span>${escapeXml(card.text)}</span><span class="meta">${escapeXml(meta.join(' · '))}</span></li>`;
  });
  const note = explained.some((one) => one.suggested) ? `<p class="sub">${escapeXml(words.suggestedNote)}</p>` : '';
  return `${heading}${note}<ol class="opps">${items.join('')}</ol>`;
}
