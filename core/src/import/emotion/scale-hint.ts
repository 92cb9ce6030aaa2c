import type { EmotionScale } from '../../model/problem.js';
import { scaleOfRange } from './scale-range.js';

/** What a header says about its scale: a named scale, only the top (`Note /10`), or a range we do not know. */
export type ScaleHint = { scale: EmotionScale } | { max: number } | { unsupported: string };

const NUMBER = String.raw`[+\-−–]?\s*\d+`;
const RANGE = new RegExp(String.raw`\(\s*(?:de\s+|from\s+)?(${NUMBER})\s*(?:\.\.\.?|…|-|–|—|à|a|to)\s*(${NUMBER})\s*\)`, 'gi');
const OUT_OF = /\(?\s*(?:\/|\bsur\b|\bout of\b)\s*(\d+)\s*\)?\s*$/i;
const PERCENT = /%|\bpourcentage\b|\bpercent(?:age)?\b/i;

/**
 * Reads a scale hint from a header and returns the header without it, which is the lane's title:
 * `Émotion (1-5)`, `Emotion (-2..+2)`, `Note /10`, `Score sur 5`, `Satisfaction (%)`.
 *
 * @example readScaleHint('Émotion (1-5)') // { hint: { scale: '1-5' }, rest: 'Émotion' }
 */
export function readScaleHint(header: string): { hint?: ScaleHint; rest: string } {
  // The last range wins: `Émotions (1-5) (-2..+2)` is a lane titled `Émotions (1-5)` on −2…+2.
  const range = [...header.matchAll(RANGE)].pop();
  if (range !== undefined) {
    const low = toNumber(range[1] ?? '');
    const high = toNumber(range[2] ?? '');
    const rest = strip(header, range[0]);
    const scale = scaleOfRange(low, high);
    return { hint: scale === undefined ? { unsupported: `${low}…${high}` } : { scale }, rest };
  }
  const outOf = OUT_OF.exec(header);
  if (outOf !== null) return { hint: { max: Number(outOf[1]) }, rest: strip(header, outOf[0]) };
  const percent = /\(\s*%\s*\)|%/.exec(header) ?? PERCENT.exec(header);
  if (percent !== null) return { hint: { scale: 'percent' }, rest: strip(header, percent[0]) };
  return { rest: header.trim() };
}

function toNumber(text: string): number {
  return Number(text.replace(/\s+/g, '').replace(/[−–]/, '-'));
}

function strip(header: string, found: string): string {
  return header.replace(found, ' ').replace(/\(\s*\)/g, ' ').replace(/\s+/g, ' ').replace(/[\s:,\-–]+$/, '').trim();
}
