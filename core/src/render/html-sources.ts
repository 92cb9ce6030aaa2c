import { insightWords } from '../insight/insight-words.js';
import type { Journey } from '../model/journey.js';
import { escapeXml } from './escape-xml.js';

/**
 * Who said each card, for every card that keeps its sources: one folded section per lane, each card
 * with its stage, how many said it and the full list of sources (participant ids, `row N`, or the
 * survey column). The report is where the whole list always fits; a board item keeps what its
 * host allows and points here.
 *
 * @example htmlSources(journey) // '<h2>Qui l’a dit</h2><details><summary>Irritants (12)</summary>…'
 */
export function htmlSources(journey: Journey): string {
  const words = insightWords(journey.locale);
  const stage = new Map(journey.stages.map((one) => [one.id, one.name]));
  const sections = journey.lanes.flatMap((lane) => {
    const cards = journey.cards.filter((card) => card.laneId === lane.id && card.sources.length > 0);
    if (cards.length === 0) return [];
    const rows = cards.map((card) => {
      const count = card.count ?? card.sources.length;
      return `<tr id="src-${escapeXml(card.id)}"><td>${escapeXml(stage.get(card.stageId) ?? '')}</td><td>${escapeXml(card.text)}</td><td class="n">${count}</td><td class="who">${escapeXml(card.sources.join(', '))}</td></tr>`;
    });
    return [`<details><summary>${escapeXml(lane.title)} (${cards.length})</summary><table class="sources"><tbody>${rows.join('')}</tbody></table></details>`];
  });
  return sections.length === 0 ? '' : `<h2>${escapeXml(words.sourcesTitle)}</h2>${sections.join('')}`;
}
