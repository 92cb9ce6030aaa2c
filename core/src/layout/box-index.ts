import type { Box } from './primitive.js';

/**
 * Whether two boxes share area (touching edges do not count). A box with a NaN coordinate (an item
 * read back from nowhere on the map) shares area with nothing.
 *
 * @example boxesOverlap({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 10, h: 10 }) // false
 */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Side of the square buckets `boxIndex` sorts boxes into, in board units: a few stickies. */
const BUCKET = 512;
/** A box spanning more buckets than this (a frame, a shape stretched by hand) is checked on every query instead. */
const MAX_BUCKETS = 256;

/** Boxes sorted into buckets, so asking which of them a box overlaps costs a few look-ups, not a scan. */
export interface BoxIndex<T> {
  /** The items whose box overlaps `box`, each once, in the order they were given. */
  overlapping(box: Box): T[];
  readonly size: number;
}

/**
 * Indexes items by their box. Boxes that are not finite (NaN, infinite) are left out: they overlap
 * nothing. Linear to build; a query looks at the buckets `box` covers.
 *
 * @example boxIndex([kept], (entry) => entry.box).overlapping(sticky.box) // [kept] when they overlap
 */
export function boxIndex<T>(items: readonly T[], boxOf: (item: T) => Box): BoxIndex<T> {
  const buckets = new Map<number, number[]>();
  const large: number[] = [];
  const boxes: Box[] = [];
  const kept: T[] = [];
  for (const item of items) {
    const box = boxOf(item);
    if (!finiteBox(box)) continue;
    const index = kept.length;
    kept.push(item);
    boxes.push(box);
    const [x0, y0, x1, y1] = bucketRange(box);
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_BUCKETS) {
      large.push(index);
      continue;
    }
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const key = bucketKey(x, y);
        const list = buckets.get(key);
        if (list) list.push(index);
        else buckets.set(key, [index]);
      }
    }
  }
  return {
    size: kept.length,
    overlapping(box: Box): T[] {
      if (kept.length === 0 || !finiteBox(box)) return [];
      // Runs for every item a sync plans: nothing is allocated unless something overlaps.
      let found: number[] | undefined;
      for (const index of large) if (boxesOverlap(boxes[index]!, box)) (found ??= []).push(index);
      const x0 = Math.floor(box.x / BUCKET);
      const y0 = Math.floor(box.y / BUCKET);
      const x1 = Math.floor((box.x + box.w) / BUCKET);
      const y1 = Math.floor((box.y + box.h) / BUCKET);
      if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_BUCKETS) {
        // A query as large as the map: scanning every box is cheaper than visiting its buckets.
        found = undefined;
        for (let index = 0; index < kept.length; index++) if (boxesOverlap(boxes[index]!, box)) (found ??= []).push(index);
      } else {
        for (let x = x0; x <= x1; x++) {
          for (let y = y0; y <= y1; y++) {
            const list = buckets.get(bucketKey(x, y));
            if (list === undefined) continue;
            for (const index of list) if (!found?.includes(index) && boxesOverlap(boxes[index]!, box)) (found ??= []).push(index);
          }
        }
      }
      if (found === undefined) return [];
      if (found.length > 1) found.sort((a, b) => a - b);
      return found.map((index) => kept[index]!);
    },
  };
}

function finiteBox(box: Box): boolean {
  return Number.isFinite(box.x) && Number.isFinite(box.y) && Number.isFinite(box.w) && Number.isFinite(box.h) && box.w >= 0 && box.h >= 0;
}

/** First and last bucket columns and rows a box covers. */
function bucketRange(box: Box): [number, number, number, number] {
  return [Math.floor(box.x / BUCKET), Math.floor(box.y / BUCKET), Math.floor((box.x + box.w) / BUCKET), Math.floor((box.y + box.h) / BUCKET)];
}

/** One number per bucket; far-off buckets may share one, which costs a few more checks, never a miss. */
function bucketKey(x: number, y: number): number {
  return x * 2_097_152 + y;
}
