import type { EmotionScale } from '../../model/problem.js';
import { say } from '../../words/say.js';
import { scaleWords, type Said } from '../../words/wording.js';
import type { ScaleHint } from './scale-hint.js';
import { SCALE_RANGES, scaleOfRange, type NumericScale } from './scale-range.js';
import type { ScaleStats } from './scale-stats.js';

/** The scale chosen, why, and what the user should know about it. */
export interface DetectedScale {
  scale: EmotionScale;
  reason: Said;
  warning?: Said;
}

/** Share of values above 10 from which a file is read as percentages rather than a 0–10 scale with typos. */
const PERCENT_SHARE = 0.03;

/**
 * Chooses the emotion scale of a file: the one the options force, else the one a header states
 * (`Émotion (1-5)`, `Note /10`), else the smallest usual scale that holds the values (0 present ⇒
 * 0–5 or 0–10, negatives ⇒ −2…+2 or −3…+3, many values above 10 ⇒ percentages). Values outside the
 * chosen scale are reported row by row by whoever normalises them.
 *
 * @example detectScale(statsOf(['1', '4', '5']), {}) // { scale: '1-5', reason: 'values from 1 to 5' }
 */
export function detectScale(stats: ScaleStats, given: { forced?: EmotionScale; hint?: ScaleHint }): DetectedScale {
  if (given.forced !== undefined) return forcedScale(stats, given.forced);
  const hint = given.hint;
  if (hint !== undefined && 'scale' in hint) return { scale: hint.scale, reason: say('scale.header', { scale: hint.scale }) };
  const detected = fromValues(stats, hint !== undefined && 'max' in hint ? hint.max : undefined);
  if (hint === undefined || !('unsupported' in hint)) return detected;
  return { ...detected, warning: say('scale.unsupported', { written: hint.unsupported, reason: detected.reason, scale: detected.scale }) };
}

/**
 * The scale the user chose by hand, with a warning when the data contradicts it (scale 1–5 chosen,
 * values up to 10): the values outside it are left out row by row, and the user should know why.
 */
function forcedScale(stats: ScaleStats, forced: EmotionScale): DetectedScale {
  const chosen = { scale: forced, reason: say('scale.options') };
  const range = forced in SCALE_RANGES ? SCALE_RANGES[forced as NumericScale] : undefined;
  if (range === undefined || stats.numbers === 0 || (stats.min >= range[0] && stats.max <= range[1])) return chosen;
  return { ...chosen, warning: say('scale.contradicts', { scale: forced, min: rounded(stats.min), max: rounded(stats.max) }) };
}

function fromValues(stats: ScaleStats, max: number | undefined): DetectedScale {
  if (stats.numbers === 0) {
    if (stats.words > 0) return { scale: 'words', reason: say('scale.words') };
    if (stats.percents > 0) return { scale: 'percent', reason: say('scale.percentCells') };
    return { scale: 'none', reason: say('scale.noValues') };
  }
  const values = { min: rounded(stats.min), max: rounded(stats.max) };
  const range = say('scale.range', values);
  const low = stats.min < 1 ? 0 : 1;
  if (max !== undefined) {
    const scale = scaleOfRange(low, max);
    if (scale !== undefined) return { scale, reason: say('scale.headerMax', { top: max, ...values }) };
  }
  if (stats.min < 0) {
    return stats.min >= -2 && stats.max <= 2 ? { scale: '-2..2', reason: range } : { scale: '-3..3', reason: range };
  }
  if (stats.above10 > stats.numbers * PERCENT_SHARE) return { scale: 'percent', reason: say('scale.percentRange', values) };
  const top = stats.maxUpTo10;
  if (top <= 5) return { scale: low === 0 ? '0-5' : '1-5', reason: range };
  if (top <= 7 && low === 1) return { scale: '1-7', reason: range };
  return { scale: low === 0 ? '0-10' : '1-10', reason: range };
}

/**
 * A scale as people write it: `1–5`, `−2…+2`, `percentages`, `words or emoji`.
 *
 * @example scaleLabel('-2..2') // '−2…+2'
 */
export function scaleLabel(scale: EmotionScale): string {
  return scaleWords(scale, 'en');
}

function rounded(value: number): number {
  return Math.round(value * 100) / 100;
}
