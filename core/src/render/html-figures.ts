import { formatRating, formatScore } from '../layout/format-score.js';
import { layoutLabels } from '../layout/layout-labels.js';
import { phaseLabel } from '../layout/phase-spans.js';
import type { Journey } from '../model/journey.js';
import { escapeXml } from './escape-xml.js';
import { seriesDot } from './html-legend.js';
import type { RenderLabels } from './render-labels.js';
import { journeyFigures } from './stage-figures.js';

/**
 * The per-stage figures table: stage and phase, each curve's emotion (mean, `n`, min–max, share of
 * low ratings for survey data) and the number of cards in each lane.
 *
 * @example htmlFigures(journey, renderLabels('fr')) // '<h2>Chiffres par étape</h2><table>…</table>'
 */
export function htmlFigures(journey: Journey, labels: RenderLabels): string {
  if (journey.stages.length === 0) return '';
  const { overall, phases } = layoutLabels(journey.locale);
  const figures = journeyFigures(journey, overall);
  const hasPhase = figures.stages.some((stage) => stage.phase !== undefined && stage.phase.trim() !== '');
  const head = [
    `<th>${escapeXml(labels.stage)}</th>`,
    hasPhase ? `<th>${escapeXml(labels.phase)}</th>` : '',
    ...figures.series.map((one) => `<th>${seriesDot(one)}${escapeXml(labels.emotion)} · ${escapeXml(one.name)}</th>`),
    ...figures.lanes.map((lane) => `<th class="n">${escapeXml(lane.title)}</th>`),
  ].join('');
  const rows = figures.stages.map((stage) => {
    const emotions = stage.emotions.map((emotion) => {
      if (!emotion) return '<td class="sub">—</td>';
      const details = [
        emotion.rating !== undefined ? formatRating(emotion.rating, journey.locale) : '',
        emotion.n !== undefined ? `n=${emotion.n}` : '',
        emotion.min !== undefined && emotion.max !== undefined
          ? `${labels.range} ${formatScore(emotion.min, journey.locale)} ; ${formatScore(emotion.max, journey.locale)}`
          : '',
        emotion.lowShare !== undefined ? labels.lowShare(Math.round(emotion.lowShare * 100)) : '',
      ].filter((part) => part !== '');
      return `<td><span class="score">${escapeXml(formatScore(emotion.score, journey.locale))}</span>${details.length > 0 ? ` <span class="sub">${escapeXml(details.join(' · '))}</span>` : ''}</td>`;
    });
    return (
      `<tr><td>${escapeXml(stage.name)}</td>` +
      (hasPhase ? `<td class="sub">${escapeXml(phaseLabel(stage.phase ?? '', phases))}</td>` : '') +
      emotions.join('') +
      stage.cardCounts.map((count) => `<td class="n">${count}</td>`).join('') +
      '</tr>'
    );
  });
  return `<h2>${escapeXml(labels.figures)}</h2><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
