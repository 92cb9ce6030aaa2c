// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutJourney } from '../../core/src/layout/layout-journey.js';
import { layoutMetrics } from '../../core/src/layout/layout-metrics.js';
import { estimateTextWidth } from '../../core/src/layout/text-width.js';
import type { StickyPrimitive } from '../../core/src/layout/primitive.js';
import { escapeXml } from '../../core/src/render/escape-xml.js';
import { renderSvg } from '../../core/src/render/render-svg.js';
import { svgSticky } from '../../core/src/render/svg-sticky.js';
import { arbitraryJourney } from '../layout/arbitrary-journey.js';
import { bankJourney } from '../layout/bank-journey.js';
import { journeyWith } from '../layout/journey-builder.js';
import { trainJourney } from '../layout/train-journey.js';

const HOSTILE = ['<script>alert(1)</script>', 'Tom & Jerry', `"double" and 'single'`, '<foreignObject><div>x</div></foreignObject>', ']]><!--', 'ctrl\u0001char'];

function parseSvg(svg: string): Document {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`SVG is not well-formed: ${error.textContent}`);
  return document;
}

function hostileJourney() {
  return journeyWith({
    title: HOSTILE[0] ?? '',
    personas: [{ id: 'p', name: HOSTILE[1] ?? '', description: HOSTILE[2], goals: [HOSTILE[3] ?? ''], motivations: [], frustrations: [] }],
    stages: [{ id: 's1', name: HOSTILE[2] ?? '', phase: HOSTILE[1] }],
    lanes: [
      { id: 'a', kind: 'actions', title: HOSTILE[3] ?? '' },
      { id: 'tp', kind: 'touchpoints', title: 'Touchpoints' },
      { id: 'feel', kind: 'emotions', title: 'Feel' },
    ],
    cards: HOSTILE.map((text) => ({ stageId: 's1', laneId: 'a', text })).concat([{ stageId: 's1', laneId: 'tp', text: HOSTILE[0] ?? '' }]),
    emotions: [{ stageId: 's1', personaId: 'p', score: 1, label: HOSTILE[0] }],
  });
}

describe('escapeXml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a & b', 'a &amp; b'],
    [`"x" 'y'`, '&quot;x&quot; &#39;y&#39;'],
    ['bell\u0007', 'bell\ufffd'],
    ['lone \ud800 surrogate', 'lone \ufffd surrogate'],
    ['emoji 😀 stays', 'emoji 😀 stays'],
    ['plain', 'plain'],
  ])('%s', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe('renderSvg', () => {
  it('draws a sticky as a shadowed rounded square, its text wrapped by the renderer (one tspan per further line), the count bold at the bottom right', () => {
    const sticky: StickyPrimitive = {
      kind: 'sticky',
      key: 'card:c1',
      box: { x: 100, y: 50, w: 200, h: 200 },
      style: 'pain',
      text: 'Prix peu clair & flou, vraiment',
      fontSize: 16,
      count: 3,
    };
    const out: string[] = [];
    svgSticky(out, sticky);
    expect(out.join('')).toBe(
      '<g class="s pain" transform="translate(100,50)"><rect width="200" height="200" rx="3"/>' +
        '<text class="f16" x="12" y="28">Prix peu clair &amp; flou,<tspan x="12" dy="21">vraiment</tspan></text>' +
        '<text class="n f13 b r" x="188" y="184">×3</text></g>',
    );
  });

  it('shortens a long sticky text with … to the lines that fit (the count line kept free), each line within the note, the whole text as its tooltip', () => {
    const long = 'Le conseiller ne rappelle jamais, alors je dois relancer par e-mail, par téléphone et en agence. '.repeat(6).trim();
    const sticky: StickyPrimitive = { kind: 'sticky', key: 'card:c1', box: { x: 0, y: 0, w: 200, h: 200 }, style: 'pain', text: long, fontSize: 16, count: 2 };
    const out: string[] = [];
    svgSticky(out, sticky);
    const group = parseSvg(`<svg xmlns="http://www.w3.org/2000/svg">${out.join('')}</svg>`).documentElement;
    expect(group.getElementsByTagName('title')[0]?.textContent).toBe(long);
    const body = group.getElementsByTagName('text')[0]!;
    const lines = [body.firstChild?.textContent ?? '', ...[...body.getElementsByTagName('tspan')].map((tspan) => tspan.textContent ?? '')];
    const m = layoutMetrics({ stickySize: { w: 200, h: 200 } });
    expect(lines.length).toBe(Math.floor((200 - 2 * m.pad) / m.lineHeight) - 1);
    expect(lines.at(-1)?.endsWith('…')).toBe(true);
    for (const line of lines) expect(estimateTextWidth(line, 16)).toBeLessThanOrEqual(200 - 2 * m.pad);
  });

  it('draws a text that fits without a tooltip', () => {
    const out: string[] = [];
    svgSticky(out, { kind: 'sticky', key: 'card:c1', box: { x: 0, y: 0, w: 200, h: 200 }, style: 'pain', text: 'Voit une pub', fontSize: 16 });
    expect(out.join('')).not.toContain('<title>');
  });

  it('is one standalone, well-formed SVG document sized to the layout bounds', () => {
    const layout = layoutJourney(bankJourney());
    const document = parseSvg(renderSvg(layout));
    const root = document.documentElement;
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${layout.bounds.w} ${layout.bounds.h}`);
    expect(root.getElementsByTagName('style').length).toBe(1);
    expect(root.querySelectorAll('[href^="http"], image, script').length).toBe(0);
  });

  it('keeps hostile journey text as text: no script, no foreignObject, the characters arrive intact', () => {
    const svg = renderSvg(layoutJourney(hostileJourney(), { stickySize: { w: 400, h: 400 } }));
    const document = parseSvg(svg);
    expect(document.getElementsByTagName('script').length).toBe(0);
    expect(document.getElementsByTagName('foreignObject').length).toBe(0);
    const text = document.documentElement.textContent ?? '';
    for (const hostile of HOSTILE.slice(0, 5)) expect(text).toContain(hostile);
    expect(text).toContain('ctrl\ufffdchar');
  });

  it('draws the emotion faces as vector symbols, one per point, and the curves as paths in persona colours', () => {
    const document = parseSvg(renderSvg(layoutJourney(bankJourney())));
    expect(document.querySelectorAll('symbol').length).toBe(5);
    const points = bankJourney().emotions.length;
    expect(document.querySelectorAll('g.positive use, g.neutral use, g.negative use').length).toBe(points + 5);
    expect([...document.querySelectorAll('path.cv')].map((path) => path.getAttribute('class'))).toEqual(['cv persona5', 'cv persona0']);
    // Slots follow the names (personaSlots): "claire, 29 ans…" hashes to 5 and "marc, 67 ans…" to 0 (FNV-1a mod 6).
  });

  it('scopes every style rule under the root class, so an inlined map styles nothing else on the page', () => {
    const document = parseSvg(renderSvg(layoutJourney(trainJourney(), { palette: 'dark' })));
    expect(document.documentElement.getAttribute('class')).toBe('pm-dark');
    const css = document.getElementsByTagName('style')[0]?.textContent ?? '';
    const selectors = [...css.matchAll(/([^{}]+)\{[^}]*\}/g)].flatMap((match) => (match[1] ?? '').split(','));
    expect(selectors.length).toBeGreaterThan(50);
    expect(selectors.filter((selector) => !selector.startsWith('.pm-dark'))).toEqual([]);
  });

  it('colours by palette: the dark palette darkens the frame and keeps text readable', () => {
    const light = renderSvg(layoutJourney(trainJourney()));
    const dark = renderSvg(layoutJourney(trainJourney(), { palette: 'dark' }));
    expect(light).toContain('.frame{fill:#fbfaf7');
    expect(dark).toContain('.frame{fill:#17191f');
    expect(dark).toContain('text.title{fill:#f2f3f5');
  });

  it("draws a persona's own colour on its curve and texts", () => {
    const journey = bankJourney();
    const claire = journey.personas[0];
    if (claire) claire.color = '#0a7';
    const svg = renderSvg(layoutJourney(journey));
    expect(svg).toContain('<path class="cv persona5" style="stroke:#0a7"');
    expect(svg).toContain('<text style="fill:#0a7" class="persona5 f18 b"');
  });

  it('is well-formed for any journey, in both palettes', () => {
    fc.assert(
      fc.property(arbitraryJourney({ maxCards: 20 }), fc.constantFrom('light' as const, 'dark' as const), (journey, palette) => {
        parseSvg(renderSvg(layoutJourney(journey, { palette })));
      }),
      { numRuns: 40 },
    );
  });
});
