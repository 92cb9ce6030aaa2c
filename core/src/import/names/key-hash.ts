import { HASH_START } from '../../model/stable-id.js';
import { normalizeKey } from './normalize-key.js';

const FNV_PRIME = 0x01000193;
const SPACE = 0x20;
const FULL_STOP = 0x2e;
const ELLIPSIS = 0x2026;
/** Below this, every character's key is looked up in `KEYED` (Latin letters and the combining accents). */
const TABLE_END = 0x370;

/**
 * What `normalizeKey` makes of each character below `TABLE_END` on its own: a letter lower-cased
 * without its accents, `''` for a combining accent, `oe` for `œ`… Out of context it is the same as
 * in a text for these characters (spaces and full stops, which depend on their neighbours, are
 * handled apart).
 */
const KEYED: readonly string[] = Array.from({ length: TABLE_END }, (_, code) => normalizeKey(String.fromCharCode(code)));

/**
 * The FNV-1a hash (`hashUpdate(HASH_START, …)`, as `stableId` hashes) of `normalizeKey(text)`,
 * computed in one pass without building the key for texts in Latin script: each character is keyed
 * as `normalizeKey` keys it (lower case, accents dropped, curly apostrophes straightened, runs of
 * white space as one space, trailing spaces and full stops dropped) and hashed as it comes. Other
 * texts are normalised, then hashed. Equal keys give equal hashes, so texts whose hashes differ
 * have different keys and need no further look.
 *
 * @example keyHash('  Trop CHÈR. ') === hashUpdate(HASH_START, 'trop cher') // true
 */
export function keyHash(text: string): number {
  // `hash` covers what is keyed for sure; `pending` adds the run of spaces, full stops and ellipses
  // since, which counts once something follows it and is dropped at the end, as `normalizeKey` drops it.
  let hash = HASH_START;
  let pending = HASH_START;
  let inRun = false;
  let runEndsWithSpace = false;
  let started = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isWhiteSpace(code)) {
      // Leading white space is trimmed; a run of it counts as one space.
      if ((started || inRun) && !runEndsWithSpace) pending = Math.imul(pending ^ SPACE, FNV_PRIME);
      if (started || inRun) inRun = runEndsWithSpace = true;
      continue;
    }
    if (code === FULL_STOP || code === ELLIPSIS) {
      pending = Math.imul(pending ^ code, FNV_PRIME);
      inRun = true;
      runEndsWithSpace = false;
      continue;
    }
    if (code < 0x80) {
      const keyed = code >= 0x41 && code <= 0x5a ? code + 0x20 : code === 0x60 ? 0x27 : code;
      hash = Math.imul(pending ^ keyed, FNV_PRIME);
    } else {
      let keyed: string;
      if (code < TABLE_END) keyed = KEYED[code] ?? '';
      else if (code === 0x2018 || code === 0x2019) keyed = "'";
      else return hashOf(normalizeKey(text));
      // A combining accent keys to nothing: it neither ends a run nor starts the key.
      if (keyed === '') continue;
      hash = pending;
      for (let at = 0; at < keyed.length; at++) hash = Math.imul(hash ^ keyed.charCodeAt(at), FNV_PRIME);
    }
    pending = hash;
    inRun = runEndsWithSpace = false;
    started = true;
  }
  return hash;
}

/** The FNV-1a hash of a key as it is (a key `normalizeKey` returned). */
export function hashOf(key: string): number {
  let hash = HASH_START;
  for (let index = 0; index < key.length; index++) hash = Math.imul(hash ^ key.charCodeAt(index), FNV_PRIME);
  return hash;
}

/** What `\s` matches (and `trim` removes): ASCII and Unicode spaces, line breaks, the byte order mark. */
function isWhiteSpace(code: number): boolean {
  if (code <= SPACE) return code === SPACE || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
