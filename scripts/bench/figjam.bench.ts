/**
 * FigJam figures (PRODUCT.md §8):
 * - `figjam.overhead_ratio`: placing a 10,000-card map on the fake host ÷ the bare host calls that
 *   placement needs, on the same fake, measured in the same run. The bare run makes exactly the
 *   calls a fresh placement makes (font loads, the section, one create per primitive, its append,
 *   property writes and plugin data, the undo commit) in a tight loop, with every value prepared
 *   beforehand; the difference is what the plugin adds: reading back, planning, mapping primitives,
 *   hashing, progress and cancel checks. Runs alternate, the ratio is the median of pairs.
 * - `bundle.figjam_kb_gz`: code.js + ui.html as built, gzipped, in KB.
 */
import { runInNewContext } from 'node:vm';
import v8 from 'node:v8';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { layoutJourney } from '../../core/src/layout/layout-journey.js';
import { placeOnFigJam } from '../../figma-plugin/src/place-on-figjam.js';
import { FakeFigma } from '../../test/fakes/figma-fake.js';
import { bareCalls, prepare } from './figjam-bare-calls.js';
import { bigJourney } from '../../test/layout/big-journey.js';
import type { BenchLine } from '../bench.js';
import { pairedFigures } from './median.js';


async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export async function run(): Promise<BenchLine[]> {
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const layout = layoutJourney(bigJourney(200, 10, 5), { stickySize: { w: 240, h: 240 } });
  const cards = layout.primitives.filter((primitive) => primitive.kind === 'sticky' || primitive.kind === 'card').length;
  const prepared = prepare(layout);

  // Same host calls on both sides: checked once, outside the timing.
  const check = [new FakeFigma(), new FakeFigma()] as const;
  await placeOnFigJam(check[0], layout, { origin: { x: 0, y: 0 } });
  await bareCalls(check[1], prepared);
  const writes = [check[0].writes.length, check[1].writes.length];

  const ratios: number[] = [];
  const placeMs: number[] = [];
  const bareMs: number[] = [];
  for (let round = 0; round < 23; round++) {
    // A full collection before each side: one side's garbage is not collected on the other's clock.
    gc();
    const bare = await time(() => bareCalls(new FakeFigma(), prepared));
    gc();
    const placed = await time(() => placeOnFigJam(new FakeFigma(), layout, { origin: { x: 0, y: 0 } }));
    if (round < 3) continue;
    ratios.push(placed / bare);
    placeMs.push(placed);
    bareMs.push(bare);
  }

  // A runtime path: the build script is plain JS with no typings.
  const script = (await import(new URL('../build/figjam.mjs', import.meta.url).href)) as { build: () => Promise<{ code: string; ui: string }> };
  const files = await script.build();
  const [code, ui] = await Promise.all([readFile(files.code), readFile(files.ui)]);
  const codeKb = gzipSync(code, { level: 9 }).length / 1024;
  const uiKb = gzipSync(ui, { level: 9 }).length / 1024;

  return [
    {
      name: 'figjam.overhead_ratio',
      ...pairedFigures(ratios, placeMs, bareMs),
      unit: 'ratio',
      target: 1.5,
      cards,
      primitives: layout.primitives.length,
      host_writes: writes[0],
      bare_writes: writes[1],
    },
    { name: 'bundle.figjam_kb_gz', value: Number((codeKb + uiKb).toFixed(1)), unit: 'KB', target: 200, code_kb: Number(codeKb.toFixed(1)), ui_kb: Number(uiKb.toFixed(1)) },
  ];
}
