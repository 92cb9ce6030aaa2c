import { rankOpportunities } from '../layout/rank-opportunities.js';
import type { Journey } from '../model/journey.js';
import { escapeXml } from './escape-xml.js';
import type { RenderLabels } from './render-labels.js';

/**
 * The ranked opportunities: every opportunity card, ranked ones first by rank (priority, highest
 * first), then the others in journey order, each with its stage and how often it was mentioned.
 *
 * @example htmlOpportunities(journey, renderLabels('en')) // '<h2>Ranked opportunities</h2><ol class="opps">…</ol>'
 */
export function htmlOpportunities(journey: Journey, labels: RenderLabels): string {
  const laneIds = new Set(journey.lanes.filter((lane) => lane.kind === 'opportunities').map((lane) => lane.id));
  const cards = journey.cards.filter((card) => laneIds.has(card.laneId));
  const heading = `<h2>${escapeXml(labels.opportunities)}</h2>`;
  if (cards.length === 0) return `${heading}<p class="sub">${escapeXml(labels.noOpportunities)}</p>`;
  const ranks = rankOpportunities(cards, laneIds);
  const stageNames = new Map(journey.stages.map((stage) => [stage.id, stage.name]));
  const ordered = cards
    .map((card, index) => ({ card, index, rank: ranks.get(card.id) }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.index - b.index);
  const items = ordered.map(({ card, rank }) => {
    const meta = [
      stageNames.get(card.stageId) ?? '',
      card.count !== undefined ? labels.mentions(card.count) : '',
      card.priority !== undefined ? `${labels.priority} ${Math.round(card.priority * 10) / 10}` : '',
    ].filter((part) => part !== '');
    return `<li><span class="rank">${rank !== undefined ? `#${rank}` : '·'}</span><span>${escapeXml(card.text)}</span><span class="meta">${escapeXml(meta.join(' · '))}</span></li>`;
  });
  return `${heading}<ol class="opps">${items.join('')}</ol>`;
}
