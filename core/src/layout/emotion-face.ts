import type { StyleToken } from './primitive.js';

/** The five faces of the emotion scale, from −2 to +2. */
export const EMOTION_FACES = ['😡', '😟', '😐', '🙂', '😍'] as const;

/**
 * The face for a score on −2…+2, rounded to the nearest level.
 *
 * @example emotionFace(-1.2) // '😟'
 */
export function emotionFace(score: number): (typeof EMOTION_FACES)[number] {
  return EMOTION_FACES[emotionLevel(score) + 2] ?? '😐';
}

/** The nearest whole level (−2…+2) of a score, halves away from zero so the face agrees with `emotionToken`. */
export function emotionLevel(score: number): number {
  const level = Math.sign(score) * Math.round(Math.abs(score));
  return Math.max(-2, Math.min(2, level === 0 ? 0 : level));
}

/**
 * The level (−2…+2) a face stands for, or undefined for any other text, so a renderer can draw the
 * face itself instead of relying on an emoji font.
 *
 * @example faceLevel('🙂') // 1
 */
export function faceLevel(text: string): number | undefined {
  const index = (EMOTION_FACES as readonly string[]).indexOf(text);
  return index < 0 ? undefined : index - 2;
}

/**
 * The sentiment token of a score: positive above +0.5, negative below −0.5, neutral between.
 *
 * @example emotionToken(1.4) // 'positive'
 */
export function emotionToken(score: number): StyleToken {
  if (score >= 0.5) return 'positive';
  if (score <= -0.5) return 'negative';
  return 'neutral';
}
