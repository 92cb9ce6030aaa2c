import type { Box, Point } from '../../core/src/index.js';

/** How the board is shown: a board point `p` is drawn at `p × k + (x, y)` on screen. */
export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

/** Zoom range of the simulated board (Miro's is about 1 %–400 %). */
export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 4;

/**
 * The transform that shows `bounds` whole and centred in a `size` viewport with `padding` screen
 * pixels around it, never zooming in past 100 % (a small map stays at its real size).
 *
 * @example fitView({ x: 0, y: 0, w: 1000, h: 500 }, { w: 600, h: 400 }, 50).k // 0.5
 */
export function fitView(bounds: Box, size: { w: number; h: number }, padding = 48): ViewTransform {
  const w = Math.max(1, bounds.w);
  const h = Math.max(1, bounds.h);
  const k = clampZoom(Math.min((size.w - 2 * padding) / w, (size.h - 2 * padding) / h, 1));
  return { k, x: size.w / 2 - (bounds.x + w / 2) * k, y: size.h / 2 - (bounds.y + h / 2) * k };
}

/**
 * Zooms by `factor` keeping the board point under `at` (screen pixels) where it is, as a wheel or
 * pinch zoom does.
 *
 * @example zoomAt({ x: 0, y: 0, k: 1 }, { x: 100, y: 0 }, 2) // { x: -100, y: 0, k: 2 }
 */
export function zoomAt(view: ViewTransform, at: Point, factor: number): ViewTransform {
  const k = clampZoom(view.k * factor);
  const ratio = k / view.k;
  return { k, x: at.x - (at.x - view.x) * ratio, y: at.y - (at.y - view.y) * ratio };
}

/** The board rectangle a `size` viewport shows, for Miro's `viewport.get`. */
export function visibleRect(view: ViewTransform, size: { w: number; h: number }): { x: number; y: number; width: number; height: number } {
  return { x: -view.x / view.k, y: -view.y / view.k, width: size.w / view.k, height: size.h / view.k };
}

/** The smallest box holding all `boxes`, or `undefined` when there are none. */
export function unionBox(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  const left = Math.min(...boxes.map((box) => box.x));
  const top = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.w));
  const bottom = Math.max(...boxes.map((box) => box.y + box.h));
  return { x: left, y: top, w: right - left, h: bottom - top };
}

function clampZoom(k: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k));
}
