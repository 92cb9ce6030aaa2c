import { LIMITS } from '../model/limits.js';
import type { Problem } from '../model/problem.js';
import { say } from '../words/say.js';

/**
 * The problem that stops a placement of `count` host items past `LIMITS.itemsPerMap`, or `null`
 * within the limit. Nothing is placed past it: a map that large would take the board minutes and
 * help no one. Each host counts items as it draws them.
 *
 * @example tooManyItems(30_000)?.message // 'The map has 30,000 items; Parcours places at most 25,000 on a board. …'
 */
export function tooManyItems(count: number): Problem | null {
  if (count <= LIMITS.itemsPerMap) return null;
  return say('sync.tooManyItems', { count, max: LIMITS.itemsPerMap });
}
