import { normalizeKey } from '../names/normalize-key.js';
import { EMOTION_WORDS } from './emotion-words.js';
import { plainNumber } from './read-number.js';
import { say } from '../../words/say.js';
import type { Said } from '../../words/wording.js';

/** What one emotion cell holds. */
export type EmotionReading =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  /** A percentage (`75 %`) or a fraction (`4/5`), as 0…100: self-describing whatever the file's scale. */
  | { kind: 'percent'; value: number }
  /** A word or emoji, already on −2…+2. */
  | { kind: 'word'; score: number; label: string }
  | { kind: 'invalid'; why: Said };

const EMPTY: EmotionReading = { kind: 'empty' };
/** What people type for "no answer". */
const PLACEHOLDERS = new Set(['', '-', '–', '—', 'n/a', 'na', 'nc', 'n.c.', 'nr', 'ns', '?', 'none', 'null', 'x']);
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const FRACTION = /^(\d+(?:[.,]\d+)?)\s*\/\s*(\d+(?:[.,]\d+)?)$/;
const WORDS = buildWords();
const DIGITS: readonly EmotionReading[] = Array.from({ length: 10 }, (_, value) => Object.freeze({ kind: 'number' as const, value }));

/**
 * Reads an emotion cell: a number (`3`, `3,5`, `−1`, `+2`), a percentage (`75 %`), a fraction
 * (`4/5`), a word or emoji (`frustré`, `😍`), or nothing (`''`, `-`, `n/a`). Anything else, `NaN`
 * and numbers too large to represent (`1e309`) included, is invalid with a reason.
 *
 * @example readEmotion('3,5') // { kind: 'number', value: 3.5 }
 * @example readEmotion('Ravie') // { kind: 'word', score: 2, label: 'Ravie' }
 */
export function readEmotion(cell: string): EmotionReading {
  // Most cells are one digit: answer without parsing or allocating (100,000-row files).
  if (cell.length === 1) {
    const digit = cell.charCodeAt(0) - 0x30;
    if (digit >= 0 && digit <= 9) return DIGITS[digit] as EmotionReading;
  }
  const text = cell.trim();
  const number = plainNumber(text);
  if (number !== undefined) return finite(number, 'number');
  if (text.length <= 5 && PLACEHOLDERS.has(text.toLowerCase())) return EMPTY;
  const decimal = text.replace(',', '.').replace('−', '-');
  if (decimal.endsWith('%')) {
    const percent = decimal.slice(0, -1).trim();
    if (PLAIN_NUMBER.test(percent)) return finite(Number(percent), 'percent');
  }
  const fraction = FRACTION.exec(text);
  if (fraction !== null) {
    const top = Number((fraction[1] ?? '').replace(',', '.'));
    const bottom = Number((fraction[2] ?? '').replace(',', '.'));
    if (bottom > 0) return { kind: 'percent', value: (top / bottom) * 100 };
  }
  const score = wordScore(text);
  if (score !== undefined) return { kind: 'word', score, label: text };
  return { kind: 'invalid', why: say('emotion.notNumber', { text: text.length > 40 ? `${text.slice(0, 40)}…` : text }) };
}

function finite(value: number, kind: 'number' | 'percent'): EmotionReading {
  return Number.isFinite(value) ? { kind, value } : { kind: 'invalid', why: say('emotion.tooLarge') };
}

/** A word, an emoji, or a cell that starts with one (`😡 bloqué`, `frustré, perdu`). */
function wordScore(text: string): number | undefined {
  const key = normalizeKey(text.replace(/\ufe0f/g, ''));
  const whole = WORDS.get(key);
  if (whole !== undefined) return whole;
  const first = /^(\p{Extended_Pictographic}+|[^\s,;/!.]+(?:\s+[^\s,;/!.]+)?)/u.exec(key);
  const lead = first?.[1];
  if (lead === undefined) return undefined;
  return WORDS.get(lead) ?? WORDS.get(lead.split(/\s+/)[0] ?? '');
}

function buildWords(): Map<string, number> {
  const words = new Map<string, number>();
  for (const [score, list] of Object.entries(EMOTION_WORDS)) {
    for (const word of list) words.set(normalizeKey(word.replace(/\ufe0f/g, '')), Number(score));
  }
  return words;
}
