/**
 * SVG render speed and size (PRODUCT.md §8): the median time to render the layout of 10,000 cards
 * (200 stages × 10 lanes × 5 cards) to a standalone SVG string, and the SVG's size per card.
 */
import { layoutJourney } from '../../core/src/layout/layout-journey.js';
import { renderSvg } from '../../core/src/render/render-svg.js';
import { bigJourney } from '../../test/layout/big-journey.js';
import type { BenchLine } from '../bench.js';
import { median } from './median.js';


export async function run(): Promise<BenchLine[]> {
  const journey = bigJourney(200, 10, 5);
  const layout = layoutJourney(journey);
  let svg = '';
  for (let i = 0; i < 3; i++) svg = renderSvg(layout);
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    svg = renderSvg(layout);
    times.push(performance.now() - start);
  }
  const bytes = new TextEncoder().encode(svg).length;
  return [
    { name: 'render.svg_ms_10k', value: Math.round(median(times) * 100) / 100, unit: 'ms', target: 100, primitives: layout.primitives.length },
    { name: 'render.svg_bytes_per_card', value: Math.round(bytes / journey.cards.length), unit: 'bytes', target: 400, svg_bytes: bytes },
  ];
}
