import { cpuTime } from './cpu-time.js';
import { median } from './median.js';

/**
 * Our import against papaparse alone on the same bytes, side by side: one warm-up call each, then
 * `pairs` interleaved pairs, each call after a full garbage collection. The ratio is of CPU time, so
 * that other processes on a shared machine do not count; the wall times are kept for the report.
 * Medians of each.
 *
 * @example pairedVsPapaparse(() => Papa.parse(text), () => importJourney(bytes), 15, gc) // { ratio: 2.1, importMs: 402, papaparseMs: 169 }
 */
export function pairedVsPapaparse(papaparseOnly: () => unknown, parcours: () => unknown, pairs: number, gc: () => void): { ratio: number; importMs: number; papaparseMs: number } {
  papaparseOnly();
  parcours();
  const ratios: number[] = [];
  const importMs: number[] = [];
  const papaMs: number[] = [];
  for (let pair = 0; pair < pairs; pair++) {
    gc();
    const papa = cpuTime(papaparseOnly);
    gc();
    const ours = cpuTime(parcours);
    papaMs.push(papa.wall);
    importMs.push(ours.wall);
    ratios.push(ours.cpu / papa.cpu);
  }
  return { ratio: median(ratios), importMs: median(importMs), papaparseMs: median(papaMs) };
}
