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
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
