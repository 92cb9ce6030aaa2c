/**
 * A short, deterministic id from parts of the input, so the same input always gives the same ids
 * and a re-import can find what it placed before.
 *
 * @example stableId('stage', 'Découverte') // 'stage-1k3x9qa'
 */
export function stableId(prefix: string, ...parts: (string | number)[]): string {
  return `${prefix}-${hashText(parts.join('\u001f'))}`;
}

/** FNV-1a 32-bit hash of a string, in base 36. Not cryptographic: it tells content apart, nothing more. */
export function hashText(value: string): string {
  return hashDigest(hashUpdate(HASH_START, value));
}

/** The FNV-1a state before any text: `hashUpdate` it, then `hashDigest`. */
export const HASH_START = 0x811c9dc5 | 0;

/**
 * The FNV-1a state after `value`. Feeding parts one after the other gives the hash of their
 * concatenation without building it: `hashDigest(hashUpdate(hashUpdate(HASH_START, a), b)) === hashText(a + b)`.
 */
export function hashUpdate(state: number, value: string): number {
  let hash = state;
  for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
  return hash;
}

/** A hash state as `hashText` writes it: unsigned, base 36. */
export function hashDigest(state: number): string {
  return (state >>> 0).toString(36);
}
