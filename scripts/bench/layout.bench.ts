/**
 * Layout speed (PRODUCT.md §8): the median time to lay out 10,000 cards (200 stages × 10 lanes × 5
 * cards, plus two emotion curves), and how that scales from 1,000 cards (20 stages × 10 × 5).
 * The two sizes are timed in pairs, back to back, over the same amount of work: one 10k map against
 * ten different 1k maps (garbage collection included, and the same 10,000 input cards read from
 * memory on both sides, so the ratio shows how the algorithm scales, not how much of one small map
 * stays in the CPU cache). A busy neighbour slows both sides of a pair alike; the ratio is the
 * median of the pairs' ratios. Each side starts after a full garbage collection, so that one side's
 * garbage is not collected on the other side's clock.
 */
import { runInNewContext } from 'node:vm';
import v8 from 'node:v8';
import { layoutJourney } from '../../core/src/layout/layout-journey.js';
import type { Journey } from '../../core/src/model/journey.js';
import { bigJourney } from '../../test/layout/big-journey.js';
import type { BenchLine } from '../bench.js';
import { median } from './median.js';


/** Mean time of one layout over the journeys laid out in a row. */
function timeLayouts(journeys: readonly Journey[]): number {
  const start = performance.now();
  for (const journey of journeys) layoutJourney(journey);
  return (performance.now() - start) / journeys.length;
}

export async function run(): Promise<BenchLine[]> {
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const big = [bigJourney(200, 10, 5)];
  const smalls = Array.from({ length: 10 }, () => bigJourney(20, 10, 5));
  for (let i = 0; i < 5; i++) timeLayouts(smalls);
  for (let i = 0; i < 5; i++) timeLayouts(big);
  const times10k: number[] = [];
  const times1k: number[] = [];
  const ratios: number[] = [];
  for (let pair = 0; pair < 41; pair++) {
    gc();
    const ms1k = timeLayouts(smalls);
    gc();
    const ms10k = timeLayouts(big);
    times1k.push(ms1k);
    times10k.push(ms10k);
    ratios.push(ms10k / ms1k);
  }
  return [
    { name: 'layout.ms_10k', value: round(median(times10k)), unit: 'ms', target: 50, cards: big[0]?.cards.length },
    { name: 'layout.scaling_10x', value: round(median(ratios)), unit: 'ratio', target: 12, ms_1k: round(median(times1k)) },
  ];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
