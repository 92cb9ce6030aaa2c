import { stableId } from '../../model/stable-id.js';

/**
 * Hands out `stableId`s that are unique within one journey: the rare hash collision, or two lanes
 * with the same kind and title, get `-2`, `-3`… in input order, so ids stay deterministic.
 *
 * @example const ids = new IdRegistry(); ids.take('stage', 'decouverte', 0) // 'stage-…'
 */
export class IdRegistry {
  private readonly taken = new Set<string>();

  take(prefix: string, ...parts: (string | number)[]): string {
    const base = stableId(prefix, ...parts);
    let id = base;
    for (let suffix = 2; this.taken.has(id); suffix++) id = `${base}-${suffix}`;
    this.taken.add(id);
    return id;
  }
}
