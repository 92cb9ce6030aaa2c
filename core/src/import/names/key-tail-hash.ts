import { HASH_START } from '../../model/stable-id.js';
import { normalizeKey } from './normalize-key.js';

const FNV_PRIME = 0x01000193;
/** How many letters and digits of the key, from its end, the hash covers. */
const TAIL = 12;
/** Below this, each character's ASCII letters and digits in the key are looked up in `ALNUM`. */
const TABLE_END = 0x370;

/**
 * The ASCII letters and digits `normalizeKey` makes of each character below `TABLE_END`, on its own:
 * `e` for `É`, `oe` for `œ`, nothing for a space, a combining accent or `ø`. For these characters a
 * text's key holds the same ones in the same order.
 */
const ALNUM: readonly string[] = Array.from({ length: TABLE_END }, (_, code) => normalizeKey(String.fromCharCode(code)).replace(/[^a-z0-9]/g, ''));

/**
 * A hash of the last 12 ASCII letters and digits of `normalizeKey(text)` (`tailHashOf` hashes them
 * from a key), read from the end of the text, without normalising it when that end is in Latin
 * script. Texts with equal keys get equal hashes, so a text whose hash differs from a key's is not
 * that key, known after reading a dozen characters or so.
 *
 * @example keyTailHash('  Trop CHÈR. ') === tailHashOf('trop cher') // true
 */
export function keyTailHash(text: string): number {
  let hash = HASH_START;
  let count = 0;
  for (let index = text.length - 1; index >= 0 && count < TAIL; index--) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      const unit = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
      if ((unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39)) {
        hash = Math.imul(hash ^ unit, FNV_PRIME);
        count++;
      }
    } else if (code < TABLE_END) {
      const units = ALNUM[code] ?? '';
      for (let at = units.length - 1; at >= 0 && count < TAIL; at--) {
        hash = Math.imul(hash ^ units.charCodeAt(at), FNV_PRIME);
        count++;
      }
    } else if (code < 0x2009 || code > 0x202f) {
      // Punctuation and spaces from U+2009 to U+202F (typographic quotes and apostrophes, dashes, the
      // ellipsis, thin and narrow no-break spaces) key to no ASCII letter or digit; for anything else
      // beyond the table, only normalising tells.
      return tailHashOf(normalizeKey(text));
    }
  }
  return hash;
}

/** The hash `keyTailHash` gives a text whose key is `key` (a string `normalizeKey` returned). */
export function tailHashOf(key: string): number {
  let hash = HASH_START;
  let count = 0;
  for (let index = key.length - 1; index >= 0 && count < TAIL; index--) {
    const unit = key.charCodeAt(index);
    if ((unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39)) {
      hash = Math.imul(hash ^ unit, FNV_PRIME);
      count++;
    }
  }
  return hash;
}
