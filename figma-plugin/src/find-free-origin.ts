/** Space kept between a new map and what is already on the page, in board units. */
const MARGIN = 200;

/**
 * Where to put a new map of `size`: centred on the viewport, then pushed right past anything already
 * there, so a placement never lands on top of the team's work.
 *
 * @example findFreeOrigin({ w: 100, h: 100 }, { x: 0, y: 0 }, []) // { x: -50, y: -50 }
 */
export function findFreeOrigin(
  size: { w: number; h: number },
  center: { x: number; y: number },
  obstacles: readonly Rect[],
): { x: number; y: number } {
  const origin = { x: Math.round(center.x - size.w / 2), y: Math.round(center.y - size.h / 2) };
  // Each pass moves right past at least one obstacle, so this ends after obstacles.length passes.
  for (let pass = 0; pass <= obstacles.length; pass++) {
    const hit = obstacles.find(
      (rect) =>
        origin.x < rect.x + rect.width + MARGIN &&
        rect.x < origin.x + size.w + MARGIN &&
        origin.y < rect.y + rect.height + MARGIN &&
        rect.y < origin.y + size.h + MARGIN,
    );
    if (!hit) break;
    origin.x = Math.round(hit.x + hit.width + MARGIN);
  }
  return origin;
}
