/**
 * The key counted most often, or undefined for no counts; the first inserted wins a tie, so the
 * spelling seen first is kept when several are equally common.
 *
 * @example mostFrequent(new Map([['Achat', 2], ['achat', 2], ['ACHAT', 1]])) // 'Achat'
 */
export function mostFrequent<Key>(counts: ReadonlyMap<Key, number>): Key | undefined {
  let best: Key | undefined;
  let bestCount = 0;
  for (const [key, count] of counts) {
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}
