import { contrastRatio, rgbOf } from './contrast-ratio.js';

/** WCAG AA for body text: small labels (13 px scores, legends) need it. */
export const READABLE_CONTRAST = 4.5;

/**
 * The colour to write text in when it should look like `colour` but stay readable on every one of
 * `backgrounds` (the frame and the lane bands it can sit on): `colour` itself when it already has
 * `minContrast` against each, else `colour` mixed towards black (light backgrounds) or white (dark
 * ones) just enough. A persona's orange stays recognisably orange, only deeper.
 *
 * @example readableInk('#d8572a', ['#fbfaf7', '#f1f0eb']) // a deeper orange, 4.5:1 on both
 */
export function readableInk(colour: string, backgrounds: readonly string[], minContrast = READABLE_CONTRAST): string {
  const readable = (candidate: string) => backgrounds.every((background) => contrastRatio(candidate, background) >= minContrast);
  if (readable(colour)) return colour;
  // Light backgrounds stand out more against black than against white.
  const light = backgrounds.every((background) => contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff'));
  const target = light ? '#000000' : '#ffffff';
  // Steps of 5 %: the last is black or white itself, the most any colour can get.
  for (let step = 1; step <= 20; step++) {
    const candidate = mix(colour, target, step / 20);
    if (readable(candidate)) return candidate;
  }
  return target;
}

/** `a` moved `amount` (0–1) of the way to `b`, as `#rrggbb`. */
function mix(a: string, b: string, amount: number): string {
  const from = rgbOf(a);
  const to = rgbOf(b);
  return `#${from.map((channel, index) => Math.round(channel + ((to[index] ?? 0) - channel) * amount).toString(16).padStart(2, '0')).join('')}`;
}
