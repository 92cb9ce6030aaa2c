/**
 * The middle value (the upper one of an even count), NaN for none: what every bench reports of its
 * repeated runs, so one slow run on a shared machine does not move the figure.
 *
 * @example median([3, 1, 2]) // 2
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * A side-by-side figure: the median of the per-round ratios, with the median times of both sides.
 *
 * @example pairedFigures([1.2, 1.3], [12, 13], [10, 10]) // { value: 1.3, place_ms: 13, bare_ms: 10 }
 */
export function pairedFigures(ratios: readonly number[], placeMs: readonly number[], bareMs: readonly number[]): { value: number; place_ms: number; bare_ms: number } {
  return { value: Number(median(ratios).toFixed(3)), place_ms: Number(median(placeMs).toFixed(1)), bare_ms: Number(median(bareMs).toFixed(1)) };
}
