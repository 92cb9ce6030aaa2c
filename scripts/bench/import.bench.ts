/**
 * Import speed and memory (PRODUCT.md §8) on a generated 100,000-row interview CSV (~15 MB):
 * - `import.ratio_vs_papaparse`: `importJourney` (decode, parse, validate, aggregate) ÷ papaparse
 *   alone on the same bytes (decode + parse with the delimiter and line break given, its fastest
 *   mode). Timed in interleaved pairs, each run starting after a full garbage collection (so one
 *   run's garbage is not collected on the next one's clock), as CPU time of the process (so time
 *   the machine spends on other processes does not count); the median of the pairs' ratios.
 * - `import.heap_ratio`: peak heap growth during one import ÷ file size. The peak is the largest
 *   heap in use just before any garbage collection during the import (V8's GC profiler) or at its
 *   end, over the heap after a full collection before it.
 */
import { runInNewContext } from 'node:vm';
import v8 from 'node:v8';
import Papa from 'papaparse';
import { importJourney } from '../../core/src/import/import-journey.js';
import { generateInterviewCsv } from '../../test/import/interview-csv-generator.js';
import type { BenchLine } from '../bench.js';
import { pairedVsPapaparse } from './paired-vs-papaparse.js';

const PAIRS = 15;

export async function run(): Promise<BenchLine[]> {
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const text = generateInterviewCsv({ observations: 100_000, participants: 1000, seed: 1, uniqueQuotes: true });
  const bytes = new TextEncoder().encode(text);
  const papaparseOnly = () => Papa.parse<string[]>(new TextDecoder('utf-8', { fatal: true }).decode(bytes), { delimiter: ',', newline: '\n' }).data.length;
  const parcours = () => {
    const result = importJourney(bytes, { filename: 'bench.csv' });
    if (!result.ok) throw new Error(`bench import failed: ${result.problems[0]?.message ?? ''}`);
    return result.journey.cards.length;
  };
  const paired = pairedVsPapaparse(papaparseOnly, parcours, PAIRS, gc);
  const heap = peakHeapGrowth(parcours, gc);
  const result = importJourney(bytes, { filename: 'bench.csv' });
  return [
    {
      name: 'import.ratio_vs_papaparse',
      value: round(paired.ratio),
      unit: 'ratio',
      target: 2,
      import_wall_ms: round(paired.importMs),
      papaparse_wall_ms: round(paired.papaparseMs),
      rows: result.ok ? result.report.rows : 0,
      mb: round(bytes.length / 1e6),
    },
    { name: 'import.heap_ratio', value: round(heap / bytes.length), unit: 'ratio', target: 10, peak_mb: round(heap / 1e6) },
  ];
}

/** Peak heap in use during `work` minus the heap in use before it, in bytes. */
function peakHeapGrowth(work: () => unknown, gc: () => void): number {
  gc();
  const before = v8.getHeapStatistics().used_heap_size;
  const profiler = new v8.GCProfiler();
  profiler.start();
  work();
  const after = v8.getHeapStatistics().used_heap_size;
  const report = profiler.stop();
  let peak = after;
  for (const event of report?.statistics ?? []) peak = Math.max(peak, event.beforeGC.heapStatistics.usedHeapSize);
  return peak - before;
}


function round(value: number): number {
  return Math.round(value * 100) / 100;
}
