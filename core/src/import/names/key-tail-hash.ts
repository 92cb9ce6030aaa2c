import { HASH_START } from '../../model/stable-id.js';
import { normalizeKey } from './normalize-key.js';

const FNV_PRIME = 0x01000193;
/** How many code units of the key, from its end, the hash covers. */
const TAIL = 12;
const SPACE = 0x20;
const FULL_STOP = 0x2e;
const APOSTROPHE = 0x27;
const ELLIPSIS = 0x2026;
/** Below this, each character's key is looked up in `KEYED` (Latin letters and the combining accents). */
const TABLE_END = 0x370;

/**
 * What `normalizeKey` makes of each character below `TABLE_END` on its own: a letter lower-cased
 * without its accents, `''` for a combining accent, `oe` for `œ`… For these characters it is the
 * same in a text as alone; spaces and full stops, which depend on their neighbours, are read apart.
 */
const KEYED: readonly string[] = Array.from({ length: TABLE_END }, (_, code) => normalizeKey(String.fromCharCode(code)));

/**
 * A hash of the end of `normalizeKey(text)` (its last 12 code units, `tailHashOf`), read from the
 * end of the text without normalising it when that end is in Latin script: each character is keyed
 * as `normalizeKey` keys it (lower case, accents dropped, curly apostrophes straightened, runs of
 * white space as one space, trailing spaces and full stops dropped). Texts with equal keys get equal
 * hashes, so a text whose hash differs from a key's is not that key, known after reading a dozen
 * characters or so.
 *
 * @example keyTailHash('  Trop CHÈR. ') === tailHashOf('trop cher') // true
 */
export function keyTailHash(text: string): number {
  let hash = HASH_START;
  let count = 0;
  let index = text.length - 1;
  // The trailing run of spaces, full stops and ellipses (accents on them included) is dropped.
  while (index >= 0) {
    const code = text.charCodeAt(index);
    if (!isRunCharacter(code) && !(code < TABLE_END && KEYED[code] === '')) break;
    index--;
  }
  // Where a run of spaces, full stops and ellipses ends (−1 outside one): it is hashed once its
  // start is known, as one space per stretch of white space, leading white space trimmed.
  let runEnd = -1;
  for (; index >= -1; index--) {
    const code = index === -1 ? -1 : text.charCodeAt(index);
    if (index !== -1 && isRunCharacter(code)) {
      if (runEnd === -1) runEnd = index;
      continue;
    }
    let keyed = '';
    if (code >= 0x80 && code < TABLE_END) {
      keyed = KEYED[code] ?? '';
      // A combining accent keys to nothing: it neither ends a run nor adds to the key.
      if (keyed === '') continue;
    } else if (code >= TABLE_END) {
      if (code !== 0x2018 && code !== 0x2019) return tailHashOf(normalizeKey(text));
    }
    if (runEnd !== -1) {
      let start = index + 1;
      if (index === -1) while (start <= runEnd && !isStop(text.charCodeAt(start))) start++;
      let afterSpace = false;
      for (let at = runEnd; at >= start; at--) {
        const unit = text.charCodeAt(at);
        if (isStop(unit)) afterSpace = false;
        else if (isWhiteSpace(unit) && !afterSpace) afterSpace = true;
        else continue;
        hash = Math.imul(hash ^ (isStop(unit) ? unit : SPACE), FNV_PRIME);
        if (++count === TAIL) return hash;
      }
      runEnd = -1;
    }
    if (index === -1) break;
    if (code < 0x80) {
      const unit = code >= 0x41 && code <= 0x5a ? code + 0x20 : code === 0x60 ? APOSTROPHE : code;
      hash = Math.imul(hash ^ unit, FNV_PRIME);
      if (++count === TAIL) return hash;
    } else if (code >= TABLE_END) {
      hash = Math.imul(hash ^ APOSTROPHE, FNV_PRIME);
      if (++count === TAIL) return hash;
    } else {
      for (let at = keyed.length - 1; at >= 0; at--) {
        hash = Math.imul(hash ^ keyed.charCodeAt(at), FNV_PRIME);
        if (++count === TAIL) return hash;
      }
    }
  }
  return hash;
}

/** The hash `keyTailHash` gives a text whose key is `key` (a string `normalizeKey` returned). */
export function tailHashOf(key: string): number {
  let hash = HASH_START;
  for (let index = key.length - 1; index >= Math.max(0, key.length - TAIL); index--) hash = Math.imul(hash ^ key.charCodeAt(index), FNV_PRIME);
  return hash;
}

function isStop(code: number): boolean {
  return code === FULL_STOP || code === ELLIPSIS;
}

function isRunCharacter(code: number): boolean {
  return isStop(code) || isWhiteSpace(code);
}

/** What `\s` matches (and `trim` removes): ASCII and Unicode spaces, line breaks, the byte order mark. */
function isWhiteSpace(code: number): boolean {
  if (code <= SPACE) return code === SPACE || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
