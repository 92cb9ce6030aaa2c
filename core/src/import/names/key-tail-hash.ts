import { HASH_START } from '../../model/stable-id.js';
import { normalizeKey } from './normalize-key.js';

const FNV_PRIME = 0x01000193;
/** How many letters and digits of the key, from its end, the hash covers. */
const TAIL = 12;
/** Below this, each character's ASCII letters and digits in the key are looked up in `ALNUM`. */
const TABLE_END = 0x370;
/** Characters above the table that `normalizeKey` turns into no ASCII letter or digit: quotes, dashes, ellipsis, spaces. */
const NO_ALNUM = new Set([0x2009, 0x200a, 0x202f, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026]);

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
    } else if (!NO_ALNUM.has(code)) {
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
