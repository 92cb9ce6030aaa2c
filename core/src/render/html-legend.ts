import { emotionToken, EMOTION_FACES } from '../layout/emotion-face.js';
import { laneStyle } from '../layout/lane-style.js';
import { layoutLabels } from '../layout/layout-labels.js';
import type { Journey } from '../model/journey.js';
import { emotionSeries, type EmotionSeries } from '../layout/emotion-series.js';
import { escapeXml } from './escape-xml.js';
import type { PaletteColors } from './palette.js';
import type { RenderLabels } from './render-labels.js';
import { FACE_ID } from './svg-style.js';

/**
 * The legend: a swatch per lane in its sticky or card colour, the emotion faces from −2 to +2 (the
 * map's own face symbols), and a dot per curve in its persona colour.
 *
 * @example htmlLegend(journey, paletteColors('light'), renderLabels('en')) // '<h2>Legend</h2><ul class="legend">…</ul>'
 */
export function htmlLegend(journey: Journey, colors: PaletteColors, labels: RenderLabels): string {
  const items: string[] = [];
  for (const lane of journey.lanes) {
    if (lane.kind === 'emotions') continue;
    const style = laneStyle(lane.kind);
    const token = colors.tokens[style.token as keyof PaletteColors['tokens']];
    const border = style.item === 'card' ? `border-left:5px solid ${token.ink}` : '';
    items.push(`<li><span class="swatch" style="background:${token.fill};${border}"></span>${escapeXml(lane.title)}</li>`);
  }
  const faces = EMOTION_FACES.map((_, index) => {
    const level = index - 2;
    const fill = colors.tokens[emotionToken(level) as 'positive' | 'neutral' | 'negative'].fill;
    return `<svg class="face" viewBox="0 0 20 20" aria-label="${level}"><circle cx="10" cy="10" r="9.5" fill="${fill}"/><use href="#${FACE_ID}${index}" width="20" height="20"/></svg>`;
  }).join('');
  items.push(`<li>${faces}<span>${escapeXml(labels.scale)}</span></li>`);
  const stageIndex = new Map(journey.stages.map((stage, index) => [stage.id, index]));
  for (const one of emotionSeries(journey, stageIndex, layoutLabels(journey.locale).overall)) {
    items.push(`<li>${seriesDot(one)}${escapeXml(one.name)}</li>`);
  }
  return `<h2>${escapeXml(labels.legend)}</h2><ul class="legend">${items.join('')}</ul>`;
}

/** The dot of a curve in its persona colour (the persona's own when it has one), in the legend and the figures table. */
export function seriesDot(one: EmotionSeries): string {
  return `<span class="dot d${one.token.slice(7)}"${one.color !== undefined ? ` style="background:${one.color}"` : ''}></span>`;
}
