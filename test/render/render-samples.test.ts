// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importJourney } from '../../core/src/import/import-journey.js';
import { layoutJourney } from '../../core/src/layout/layout-journey.js';
import { renderHtml } from '../../core/src/render/render-html.js';
import { renderSvg } from '../../core/src/render/render-svg.js';
import { contains, forbiddenOverlaps } from '../layout/allowed-overlap.js';

const SAMPLES = join(import.meta.dirname, '../../samples');
const files = readdirSync(SAMPLES).filter((file) => /\.(csv|json|mmd)$/.test(file)).sort();

describe('every sample renders to a clean map', () => {
  it('has samples to render', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s: imports, lays out without forbidden overlap, renders well-formed SVG and HTML', (file) => {
    const result = importJourney(new Uint8Array(readFileSync(join(SAMPLES, file))), { filename: file });
    if (!result.ok) throw new Error(`${file}: ${result.problems.map((problem) => problem.message).join('; ')}`);
    const layout = layoutJourney(result.journey);
    expect(forbiddenOverlaps(layout.primitives)).toEqual([]);
    for (const primitive of layout.primitives) expect(contains(layout.bounds, primitive.box), primitive.key).toBe(true);
    const svg = new DOMParser().parseFromString(renderSvg(layout), 'image/svg+xml');
    expect(svg.getElementsByTagName('parsererror').length).toBe(0);
    const html = new DOMParser().parseFromString(renderHtml(result.journey, layout), 'text/html');
    expect(html.querySelectorAll('figure.map > svg').length).toBe(1);
    expect(html.querySelectorAll('script').length).toBe(0);
  });
});
