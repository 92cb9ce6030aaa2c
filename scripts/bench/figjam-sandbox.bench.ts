/**
 * `figjam.sandbox_ms_1k` (PRODUCT.md §8, §11): placing the 1,000-card sample with the built
 * `code.js` inside QuickJS, the engine of Figma's plugin sandbox, ÷ the same host calls made bare in
 * QuickJS (`bareCalls`), on the same fake. The placement is asked the way the panel asks it (a
 * `place` message, validated, answered with `placed`), so the figure holds what the plugin adds in
 * the engine it really runs in: message validation, reading back, planning, hashing, breathing.
 * Runs alternate; the ratio is the median of pairs.
 */
import { layoutJourney } from '../../core/src/layout/layout-journey.js';
import { FIGJAM_STICKY_SIZE } from '../../figma-plugin/src/figjam-board.js';
import { createFigJamPanelHost } from '../../figma-plugin/src/figjam-panel-host.js';
import { FigJamSandbox } from '../../test/figjam/sandbox/figjam-sandbox.js';
import { bigJourney } from '../../test/layout/big-journey.js';
import type { BenchLine } from '../bench.js';
import { prepare } from './figjam-bare-calls.js';
import { pairedFigures } from './median.js';

const ROUNDS = 9;
const WARMUP = 2;


export async function run(): Promise<BenchLine[]> {
  // 40 stages × 5 lanes × 5 cards: the 1,000-card map of the Miro figures.
  const layout = layoutJourney(bigJourney(40, 5, 5), { stickySize: FIGJAM_STICKY_SIZE });
  const cards = layout.primitives.filter((primitive) => primitive.kind === 'sticky' || primitive.kind === 'card').length;
  const prepared = prepare(layout);
  const ratios: number[] = [];
  const placeMs: number[] = [];
  const bareMs: number[] = [];
  for (let round = 0; round < ROUNDS + WARMUP; round++) {
    const bareBox = await FigJamSandbox.start();
    let start = 0;
    await bareBox.bare(prepared, () => (start = performance.now()));
    const bare = performance.now() - start;
    bareBox.dispose();

    const placeBox = await FigJamSandbox.start();
    const host = createFigJamPanelHost(placeBox.channel, 'en');
    start = performance.now();
    const report = await placeBox.run(host.place(layout, { origin: { x: 0, y: 0 } }));
    const placed = performance.now() - start;
    placeBox.dispose();
    if (report.created !== layout.primitives.length) throw new Error(`the sandbox placed ${report.created} of ${layout.primitives.length} items`);
    if (round < WARMUP) continue;
    ratios.push(placed / bare);
    placeMs.push(placed);
    bareMs.push(bare);
  }
  return [
    {
      name: 'figjam.sandbox_ms_1k',
      ...pairedFigures(ratios, placeMs, bareMs),
      unit: 'ratio',
      target: 1.5,
      cards,
      primitives: layout.primitives.length,
    },
  ];
}
