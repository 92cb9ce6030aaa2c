import { normalizeKey } from './normalize-key.js';

/**
 * Whether `normalizeKey(text) === key`, mostly without normalising `text`: its ASCII characters are
 * keyed one by one as `normalizeKey` keys them (lower case, runs of white space as one space, the
 * backtick as an apostrophe, trailing spaces and full stops dropped) and compared as they come, so
 * two different texts part after a few characters. Only a text whose first non-ASCII character comes
 * before any difference is normalised whole. Comparing every quote of a 100,000-row file with the
 * kept ones costs a few milliseconds this way; normalising them all costs about 100.
 *
 * @example matchesKey('Too  SLOW.', 'too slow') // true
 */
export function matchesKey(text: string, key: string): boolean {
  let at = 0;
  let index = 0;
  while (index < text.length && isSpace(text.charCodeAt(index))) index++;
  // Where a run of spaces and full stops began (−1 when none is pending): it is keyed only once
  // something follows it, since `normalizeKey` drops it at the end of the text.
  let pending = -1;
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x80) return normalizeKey(text) === key;
    if (isSpace(code) || code === 0x2e) {
      if (pending === -1) pending = index;
      continue;
    }
    if (pending !== -1) {
      for (let run = pending; run < index; run++) {
        const spaced = isSpace(text.charCodeAt(run));
        if (spaced && run > pending && isSpace(text.charCodeAt(run - 1))) continue;
        if (key.charCodeAt(at++) !== (spaced ? 0x20 : 0x2e)) return false;
      }
      pending = -1;
    }
    const keyed = code >= 0x41 && code <= 0x5a ? code + 0x20 : code === 0x60 ? 0x27 : code;
    if (key.charCodeAt(at++) !== keyed) return false;
  }
  return at === key.length;
}

/** ASCII white space as `\s` matches it: tab, line feed, vertical tab, form feed, carriage return, space. */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}
