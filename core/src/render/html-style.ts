import { personaColor, type PaletteColors } from './palette.js';
import { FONT_STACK } from './svg-style.js';

/**
 * The stylesheet of the HTML report: readable on screen in the map's palette, and on paper one A3
 * landscape page per section with the map first (`@page { size: A3 landscape }`).
 *
 * @example htmlStyle(paletteColors('light'), 2).includes('A3 landscape') // true
 */
export function htmlStyle(colors: PaletteColors, personaCount: number): string {
  const t = colors.tokens;
  const page = t.frame.fill;
  const ink = t.title.text;
  const muted = t.legend.text;
  const line = t.frame.stroke;
  const personaRules = Array.from({ length: personaCount }, (_, index) => `.p${index}{color:${personaColor(colors, index)}}.d${index}{background:${personaColor(colors, index)}}`).join('');
  return `
*{box-sizing:border-box}
html{background:${colors.background}}
body{margin:0 auto;max-width:1800px;padding:32px 40px 48px;font-family:${FONT_STACK};color:${ink};background:${colors.background};line-height:1.45;font-size:15px}
h1{font-size:30px;margin:0 0 6px;line-height:1.2}
h2{font-size:19px;margin:40px 0 14px;padding-bottom:6px;border-bottom:1px solid ${line}}
h3{font-size:16px;margin:0 0 4px}
.lead{color:${muted};margin:0 0 20px;max-width:80ch}
.map{margin:0;border:1px solid ${line};border-radius:12px;overflow:hidden;background:${page}}
.map svg{display:block;width:100%;height:auto}
.personas{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:16px}
.persona{border:1px solid ${t.persona.stroke};background:${t.persona.fill};border-radius:12px;padding:16px 18px}
.persona p{margin:0 0 10px;color:${muted}}
.persona h4{margin:10px 0 2px;font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:${muted}}
.persona ul{margin:0;padding-left:18px}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
th,td{padding:7px 10px;border-bottom:1px solid ${line};text-align:left;vertical-align:top}
th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:${muted};font-weight:600}
td.n{text-align:right;white-space:nowrap}
.score{font-weight:700;white-space:nowrap}
.sub{color:${muted};font-size:13px;white-space:nowrap}
.dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:6px;vertical-align:baseline}
ol.opps{margin:0;padding:0;list-style:none;display:grid;gap:8px}
ol.opps li{display:grid;grid-template-columns:56px 1fr auto;gap:12px;align-items:baseline;padding:10px 14px;border:1px solid ${t.opportunity.stroke};border-left:5px solid ${t.opportunity.ink};border-radius:10px;background:${t.opportunity.fill};color:${t.opportunity.text}}
ol.opps .rank{font-weight:800;font-size:18px;color:${t.opportunity.ink}}
ol.opps .meta{color:${muted};font-size:13px;white-space:nowrap}
ul.facts{margin:0 0 8px;padding-left:20px;line-height:1.6}
p.basis{padding:8px 12px;border-left:4px dashed ${muted};color:${muted}}
details{margin:6px 0}summary{cursor:pointer;font-weight:600}
table.sources td.who{font-size:12px;color:${muted};word-break:break-word}
ol.opps li.suggested{border-left-style:dashed;opacity:.9}
.legend{display:flex;flex-wrap:wrap;gap:10px 22px;align-items:center;margin:0;padding:0;list-style:none}
.legend li{display:flex;align-items:center;gap:8px}
.swatch{display:inline-block;width:22px;height:16px;border-radius:3px;border:1px solid rgba(0,0,0,.12)}
.face{display:inline-block;width:20px;height:20px}
footer{margin-top:40px;color:${muted};font-size:12px}
${personaRules}
@page{size:A3 landscape;margin:12mm}
@media print{
  html,body{background:#fff}
  body{max-width:none;padding:0;font-size:11pt}
  .map{border:none;break-after:page}
  .map svg{max-height:255mm;width:100%}
  h2{break-after:avoid}
  .persona,tr,ol.opps li{break-inside:avoid}
}
`;
}
