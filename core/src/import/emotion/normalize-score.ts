import type { EmotionScale } from '../../model/problem.js';
import type { EmotionReading } from './read-emotion.js';
import { SCALE_RANGES } from './scale-range.js';

/**
 * Puts one emotion reading on the canonical −2…+2 scale, linearly from the file's scale (1 → −2 and
 * 5 → +2 on 1–5). Percentages and fractions use 0…100 whatever the file's scale; words and emoji
 * are already canonical. Returns `undefined` for a value outside the scale, or for an empty or
 * invalid reading.
 *
 * @example normalizeScore({ kind: 'number', value: 4 }, '1-5') // 1
 */
export function normalizeScore(reading: EmotionReading, scale: EmotionScale): number | undefined {
  switch (reading.kind) {
    case 'word':
      return reading.score;
    case 'percent':
      return linear(reading.value, 0, 100);
    case 'number': {
      if (scale === 'words' || scale === 'none') return undefined;
      const [low, high] = SCALE_RANGES[scale];
      return linear(reading.value, low, high);
    }
    default:
      return undefined;
  }
}

function linear(value: number, low: number, high: number): number | undefined {
  if (value < low || value > high) return undefined;
  // −2…+2 is the canonical scale itself: keep the value exact so a CSV round trip changes nothing.
  if (low === -2 && high === 2) return value;
  return -2 + (4 * (value - low)) / (high - low);
}
