import type { ValenceShifters } from './valence-shifters.js';

/** VADER's negation window: a negator reaches the next three words (French: counted from "pas" in "ne … pas"). */
const WINDOW = 3;

/** What the negators of one clause do, by word position. */
export interface NegationScopes {
  /** The words a negator (or a remedy, for bad words) reverses. */
  negated: boolean[];
  /** Negators that reverse no known word: an expected step that did not happen ("nobody called"). */
  unmet: number[];
  /** "no need", "pas besoin": an effort spared. */
  spared: number[];
}

/**
 * Which words of a clause its negators reverse (VADER's three-word window; French from "ne" to three
 * words past "pas"/"jamais"…, "ne … que" being "only"; "personne" and "plus" negators only with "ne"),
 * which negations reverse no known word, and which words a remedy ("fixed", "évité") turns from bad to good.
 *
 * @example negationScopes(['ils', 'ne', 'repondent', 'jamais'], [undefined, undefined, undefined, undefined], VALENCE_SHIFTERS.fr, new Set(), 'fr').unmet // [1]
 */
export function negationScopes(keys: readonly string[], valences: readonly (number | undefined)[], shifters: ValenceShifters, effortSpared: ReadonlySet<string>, locale: 'en' | 'fr'): NegationScopes {
  const negated = new Array<boolean>(keys.length).fill(false);
  const unmet: number[] = [];
  const spared: number[] = [];
  const hasNe = locale === 'fr' && keys.some((key) => key === 'ne' || key === 'n');
  const scopes: [number, number][] = [];
  const remedied: [number, number][] = [];
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] ?? '';
    if (effortSpared.has(key)) {
      spared.push(index);
      continue;
    }
    const negates = shifters.negators.has(key) || (locale === 'en' && key.endsWith("n't")) || (hasNe && shifters.negatorsWithNe.has(key) && !DETERMINERS.has(keys[index - 1] ?? ''));
    if (shifters.remedies.has(key)) {
      remedied.push([index + 1, Math.min(keys.length - 1, index + WINDOW)]);
      continue;
    }
    if (!negates) continue;
    if (locale === 'fr' && (key === 'ne' || key === 'n')) {
      const end = frenchNegationEnd(keys, index, shifters);
      if (end !== undefined) scopes.push([index + 1, end]);
      continue;
    }
    if (key === 'pas' && index > 0 && /^\d+$|^(deux|trois|quelques|a)$/.test(keys[index - 1] ?? '')) continue;
    scopes.push([index + 1, Math.min(keys.length - 1, index + WINDOW)]);
  }
  for (const [start, end] of mergeScopes(scopes)) {
    let reversed = false;
    for (let index = start; index <= end; index++) {
      negated[index] = true;
      if (valences[index] !== undefined || shifters.excess.has(keys[index] ?? '')) reversed = true;
    }
    if (!reversed && end >= start) unmet.push(start - 1);
  }
  for (const [start, end] of remedied) for (let index = start; index <= end; index++) if ((valences[index] ?? 0) < 0) negated[index] = !negated[index];
  return { negated, unmet, spared };
}

const DETERMINERS = new Set(['la', 'une', 'cette', 'chaque', 'quelle', 'une', 'de', 'des', 'les', 'aucune']);

/**
 * The last word a French "ne" reaches: three words past the "pas"/"jamais"/"plus"… that completes it,
 * or three words past "ne" when spoken French drops it; undefined for "ne … que" ("only").
 */
function frenchNegationEnd(keys: readonly string[], at: number, shifters: ValenceShifters): number | undefined {
  for (let index = at + 1; index < keys.length && index <= at + 5; index++) {
    const key = keys[index] ?? '';
    if (key === 'que' || key === 'qu') return undefined;
    if (shifters.negators.has(key) || shifters.negatorsWithNe.has(key)) return Math.min(keys.length - 1, index + WINDOW);
  }
  return Math.min(keys.length - 1, at + WINDOW);
}

/** Overlapping negation scopes ("ne … jamais … rien") as one: reversing twice would undo the negation. */
function mergeScopes(scopes: readonly [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [start, end] of [...scopes].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last !== undefined && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
