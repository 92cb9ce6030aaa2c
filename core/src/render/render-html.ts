import type { Layout } from '../layout/primitive.js';
import type { Journey } from '../model/journey.js';
import { analyzeJourney } from '../insight/analyze-journey.js';
import { escapeXml } from './escape-xml.js';
import { htmlInsights } from './html-insights.js';
import { htmlSources } from './html-sources.js';
import { htmlFigures } from './html-figures.js';
import { htmlLegend } from './html-legend.js';
import { htmlOpportunities } from './html-opportunities.js';
import { htmlPersonas } from './html-personas.js';
import { OVERALL_SLOT } from '../layout/persona-slots.js';
import { htmlStyle } from './html-style.js';
import { paletteColors } from './palette.js';
import { renderLabels } from './render-labels.js';
import { renderSvg } from './render-svg.js';

/**
 * One self-contained HTML file to share a journey: the title, the map (its SVG inline), the
 * personas, the figures of each stage, the evidence (moments of truth, few answers, channels:
 * `htmlInsights`), the ranked opportunities, a legend and who said each card (`htmlSources`;
 * `options.minEvidence` as the layout's). No script, no external
 * resource; all journey text escaped; prints on A3 landscape with the map on the first page.
 *
 * @example renderHtml(journey, layoutJourney(journey)).startsWith('<!doctype html>') // true
 */
export function renderHtml(journey: Journey, layout: Layout, options: { minEvidence?: number } = {}): string {
  const colors = paletteColors(layout.palette);
  const labels = renderLabels(journey.locale);
  const description = journey.description?.trim() ?? '';
  // Persona slots (`personaSlots`) run up to 7, the everyone curve's, and one more per persona past six.
  const personaCount = OVERALL_SLOT + 1 + journey.personas.length;
  return [
    '<!doctype html>',
    `<html lang="${journey.locale}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">',
    `<meta name="generator" content="Parcours"><title>${escapeXml(journey.title)}</title>`,
    `<style>${htmlStyle(colors, personaCount)}</style></head>`,
    `<body class="${layout.palette}">`,
    `<header><h1>${escapeXml(journey.title)}</h1>${description !== '' ? `<p class="lead">${escapeXml(description)}</p>` : ''}</header>`,
    `<figure class="map" aria-label="${escapeXml(labels.map)}">${renderSvg(layout)}</figure>`,
    htmlPersonas(journey, labels),
    htmlFigures(journey, labels),
    htmlInsights(journey, analyzeJourney(journey, options)),
    htmlOpportunities(journey, labels),
    htmlLegend(journey, colors, labels),
    htmlSources(journey),
    `<footer>${escapeXml(labels.generated)}</footer>`,
    '</body></html>',
  ].join('\n');
}
