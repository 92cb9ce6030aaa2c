import { COMPARE_ALPHA, COMPARE_MIN_N, type JourneyComparison, type PainChange, type StageDelta, type WaveScore } from '../compare/journey-comparison.js';
import { formatDelta } from '../layout/format-delta.js';
import { formatScore } from '../layout/format-score.js';
import type { Journey } from '../model/journey.js';
import { comparisonChart } from './comparison-chart.js';
import { comparisonLabels, type ComparisonLabels } from './comparison-labels.js';
import { escapeXml } from './escape-xml.js';
import { htmlStyle } from './html-style.js';
import { paletteColors } from './palette.js';

/** What the comparison report needs beyond the comparison: the two maps' titles and the reader's language. */
export interface ComparisonReportOptions {
  beforeTitle: string;
  afterTitle: string;
  locale: Journey['locale'];
  palette?: 'light' | 'dark';
}

/**
 * One self-contained HTML readout of a comparison for someone who was not in the research: a one-line
 * summary, the two emotion curves (previous wave dashed), a table of the change per stage and persona
 * with `n` on each side and whether it is beyond noise (Welch's t, with p), the pain points that came,
 * went and stayed, the touchpoints that came and went, and the test's name and limits. No script, no
 * external resource; every text from the files escaped.
 *
 * @example renderComparisonHtml(compareJourneys(a, b), { beforeTitle: 'Wave 1', afterTitle: 'Wave 2', locale: 'en' }).startsWith('<!doctype html>') // true
 */
export function renderComparisonHtml(comparison: JourneyComparison, options: ComparisonReportOptions): string {
  const { locale } = options;
  const labels = comparisonLabels(locale);
  const colors = paletteColors(options.palette ?? 'light');
  const title = labels.title(options.beforeTitle, options.afterTitle);
  const up = comparison.stages.filter((stage) => stage.significant && (stage.delta ?? 0) > 0).length;
  const down = comparison.stages.filter((stage) => stage.significant && (stage.delta ?? 0) < 0).length;
  const counted = comparison.stages.some((stage) => (stage.before?.n ?? 0) > 0 && (stage.after?.n ?? 0) > 0);
  const alpha = locale === 'fr' ? String(COMPARE_ALPHA).replace('.', ',') : String(COMPARE_ALPHA);
  return [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">',
    `<meta name="generator" content="Parcours"><title>${escapeXml(title)}</title>`,
    `<style>${htmlStyle(colors, 1)}${COMPARISON_STYLE}</style></head>`,
    `<body class="${options.palette ?? 'light'}">`,
    `<header><h1>${escapeXml(title)}</h1><p class="lead">${escapeXml(labels.summary(up, down, comparison.pains.resolved.length, comparison.pains.added.length))}</p>${counted ? '' : `<p class="lead">${escapeXml(labels.noRespondents)}</p>`}</header>`,
    `<h2>${escapeXml(labels.curves)}</h2>`,
    `<figure class="map chart">${comparisonChart(comparison, labels, colors, locale)}<figcaption class="sub">${escapeXml(labels.curvesNote)}</figcaption></figure>`,
    deltaTable(comparison.stages, labels, locale),
    `<h2>${escapeXml(labels.pains)}</h2>`,
    '<div class="changes">',
    changeList(labels.added, 'added', comparison.pains.added, labels),
    changeList(labels.resolved, 'resolved', comparison.pains.resolved, labels),
    changeList(labels.persisting, 'persisting', comparison.pains.persisting, labels),
    '</div>',
    touchpointSection(comparison, labels),
    `<h2>${escapeXml(labels.method)}</h2>`,
    `<p>${escapeXml(labels.methodText(alpha, COMPARE_MIN_N))}</p><p class="sub">${escapeXml(labels.limits)}</p>`,
    `<footer>${escapeXml(labels.generated)}</footer>`,
    '</body></html>',
  ].join('\n');
}

const COMPARISON_STYLE = `
.chart{padding:12px 8px 8px}
.chart svg{max-width:100%;height:auto}
.chart figcaption{padding:4px 12px}
tr.by-persona td:first-child{padding-left:28px}
td.up{color:#24864a;font-weight:700}
td.down{color:#c0392b;font-weight:700}
.changes{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:16px;align-items:start}
.changes section{border:1px solid rgba(0,0,0,.12);border-radius:12px;padding:12px 16px}
.changes section.added{border-left:5px solid #c0392b}
.changes section.resolved{border-left:5px solid #24864a}
.changes section.gone{border-left:5px solid #8a8f98}
.changes ul{margin:6px 0 0;padding-left:18px}
.changes li{margin:4px 0}
`;

function score(side: WaveScore | undefined, locale: Journey['locale']): string {
  if (!side) return '<td class="sub">—</td>';
  return `<td><span class="score">${escapeXml(formatScore(side.score, locale))}</span>${side.n > 0 ? ` <span class="sub">n=${side.n}</span>` : ''}</td>`;
}

function changeCell(delta: number | undefined, locale: Journey['locale']): string {
  if (delta === undefined) return '<td class="sub">—</td>';
  return `<td class="${delta > 0.05 ? 'up' : delta < -0.05 ? 'down' : ''}">${escapeXml(formatDelta(delta, locale))}</td>`;
}

/** Whether a stage's change is beyond noise, in words, with p, or why it was not tested. */
function verdict(stage: StageDelta, labels: ComparisonLabels, locale: Journey['locale']): string {
  if (!stage.before || !stage.after) return labels[stage.before ? 'onlyBefore' : 'onlyAfter'];
  if (stage.before.n === 0 || stage.after.n === 0) return labels.noCount;
  if (!stage.test) return labels.tooFew(COMPARE_MIN_N);
  const p = stage.test.p < 0.001 ? '< 0.001' : `= ${stage.test.p.toFixed(3)}`;
  const shown = locale === 'fr' ? p.replace('.', ',') : p;
  return stage.significant ? labels.significant(shown) : labels.notSignificant(shown);
}

function deltaTable(stages: readonly StageDelta[], labels: ComparisonLabels, locale: Journey['locale']): string {
  const rows = stages.map((stage) => {
    const renamed = stage.renamedFrom !== undefined ? ` <span class="sub">(${escapeXml(labels.renamedFrom(stage.renamedFrom))})</span>` : '';
    const main = `<tr><td><strong>${escapeXml(stage.stage)}</strong>${renamed}</td>${score(stage.before, locale)}${score(stage.after, locale)}${changeCell(stage.delta, locale)}<td class="sub">${escapeXml(verdict(stage, labels, locale))}</td></tr>`;
    const personas = stage.personas.map(
      (persona) => `<tr class="by-persona"><td>${escapeXml(persona.persona)}</td>${score(persona.before, locale)}${score(persona.after, locale)}${changeCell(persona.delta, locale)}<td></td></tr>`,
    );
    return main + personas.join('');
  });
  const head = [labels.stage, labels.before, labels.after, labels.change, labels.significance].map((text) => `<th>${escapeXml(text)}</th>`).join('');
  return `<h2>${escapeXml(labels.deltas)}</h2><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function changeList(heading: string, kind: string, changes: readonly PainChange[], labels: ComparisonLabels): string {
  const items = changes.map((change) => `<li>${escapeXml(change.text)} <span class="sub">· ${escapeXml(change.stage)} · ${escapeXml(labels.mentions(change.before, change.after))}</span></li>`);
  return `<section class="${kind}"><h3>${escapeXml(heading)} (${changes.length})</h3>${items.length > 0 ? `<ul>${items.join('')}</ul>` : `<p class="sub">${escapeXml(labels.none)}</p>`}</section>`;
}

function touchpointSection(comparison: JourneyComparison, labels: ComparisonLabels): string {
  const touchpoints = comparison.touchpoints;
  if (!touchpoints || (touchpoints.added.length === 0 && touchpoints.gone.length === 0)) return '';
  return `<h2>${escapeXml(labels.touchpoints)}</h2><div class="changes">${changeList(labels.touchpointsAdded, 'added', touchpoints.added, labels)}${changeList(labels.touchpointsGone, 'gone', touchpoints.gone, labels)}</div>`;
}
