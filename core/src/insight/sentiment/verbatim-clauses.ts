/** One clause of a verbatim: its words as written (lower-case) and as matched (French: without accents). */
export interface VerbatimClause {
  words: string[];
  keys: string[];
}

/** Where a clause ends: punctuation, a line break, a dash between spaces. Negation and concession stop there. */
const BOUNDARY = /[.,;:!?()[\]{}…"«»“”\n\r\t–—]+|\s-\s/;
/** English keeps apostrophes inside words ("didn't"); French splits elisions ("n'est" → n, est). */
const SPLIT: Record<'en' | 'fr', RegExp> = { en: /[^\p{L}\p{N}'-]+/u, fr: /[^\p{L}\p{N}-]+/u };
const ACCENTS = /[\u0300-\u036f]/g;

/**
 * A verbatim cut into clauses and words, lower-cased, with the phrases of `phrases` (words joined by
 * one space, e.g. "sauf que", "no need") merged into one word so that the scorer sees them as one.
 * Phrases are matched on the keys, longest first.
 *
 * @example verbatimClauses("Rapide, sauf que ça n'a pas marché", 'fr', phraseIndex(['sauf que']))[1].keys // ['sauf que', 'ca', 'n', 'a', 'pas', 'marche']
 */
export function verbatimClauses(text: string, locale: 'en' | 'fr', phrases: PhraseIndex): VerbatimClause[] {
  const clauses: VerbatimClause[] = [];
  for (const part of text.toLowerCase().replace(/[’‘`´]/g, "'").split(BOUNDARY)) {
    const words: string[] = [];
    for (const raw of part.split(SPLIT[locale])) {
      const word = raw.replace(/^['-]+|['-]+$/g, '');
      if (word !== '') words.push(word);
    }
    if (words.length === 0) continue;
    const keys = locale === 'fr' ? words.map(withoutAccents) : words;
    clauses.push(phrases.starts.size === 0 ? { words, keys } : mergePhrases(words, keys, phrases));
  }
  return clauses;
}

/** Phrases to merge, and for each first word the lengths of the phrases it starts, longest first. */
export interface PhraseIndex {
  phrases: ReadonlySet<string>;
  starts: ReadonlyMap<string, readonly number[]>;
}

/** The index `verbatimClauses` merges phrases with: built once per language. */
export function phraseIndex(phrases: Iterable<string>): PhraseIndex {
  const set = new Set<string>();
  const starts = new Map<string, number[]>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    if (words.length < 2) continue;
    set.add(phrase);
    const lengths = starts.get(words[0] ?? '') ?? [];
    if (!lengths.includes(words.length)) lengths.push(words.length);
    lengths.sort((a, b) => b - a);
    starts.set(words[0] ?? '', lengths);
  }
  return { phrases: set, starts };
}

/** Words seen without their accents (a study repeats the same words thousands of times). */
const plainWords = new Map<string, string>();

function withoutAccents(word: string): string {
  let plain = plainWords.get(word);
  if (plain === undefined) {
    plain = /[^a-z0-9-]/.test(word) ? word.normalize('NFD').replace(ACCENTS, '') : word;
    if (plainWords.size < 50_000) plainWords.set(word, plain);
  }
  return plain;
}

function mergePhrases(words: string[], keys: string[], index: PhraseIndex): VerbatimClause {
  const merged: VerbatimClause = { words: [], keys: [] };
  for (let at = 0; at < keys.length; ) {
    let size = 1;
    for (const length of index.starts.get(keys[at] ?? '') ?? []) {
      if (at + length <= keys.length && index.phrases.has(keys.slice(at, at + length).join(' '))) {
        size = length;
        break;
      }
    }
    if (size === 1) {
      merged.words.push(words[at] ?? '');
      merged.keys.push(keys[at] ?? '');
      at++;
      continue;
    }
    merged.words.push(words.slice(at, at + size).join(' '));
    merged.keys.push(keys.slice(at, at + size).join(' '));
    at += size;
  }
  return merged;
}
