/**
 * Advance widths of printable ASCII (32…126) in hundredths of an em, measured on DejaVu Sans, the
 * widest of the fonts `system-ui` falls back to (Segoe UI, SF, Roboto and Arial are narrower), so a
 * line estimated to fit does fit wherever the map is drawn.
 */
const ASCII_WIDTHS = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84, 84,
  84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39,
  34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59,
  52, 64, 34, 64, 84,
];

/** Widths in em of the code points below U+0250 (ASCII, Latin-1, Latin Extended): accented letters take their base letter's width. */
const LATIN_WIDTHS: Float64Array = buildLatinWidths();

function buildLatinWidths(): Float64Array {
  const widths = new Float64Array(0x250);
  for (let code = 0; code < widths.length; code++) {
    if (code >= 32 && code < 127) {
      widths[code] = (ASCII_WIDTHS[code - 32] ?? 64) / 100;
      continue;
    }
    const base = String.fromCharCode(code).normalize('NFD').charCodeAt(0);
    widths[code] = base >= 32 && base < 127 && base !== code ? (ASCII_WIDTHS[base - 32] ?? 64) / 100 : 0.7;
  }
  widths[0xa0] = 0.32; // no-break space
  widths[0xab] = widths[0xbb] = 0.62; // « »
  widths[0xb7] = 0.32; // ·
  widths[0xd7] = 0.84; // ×
  widths[0xc6] = widths[0xe6] = 1.0; // Æ æ
  widths[0x152] = widths[0x153] = 1.1; // Œ œ
  return widths;
}

/**
 * Width in em of one code point: letters as measured, accented letters as their base letter,
 * emoji and pictographs wider than letters, joiners and variation selectors nothing.
 *
 * @example codePointEm(0x57) // 0.99 ('W')
 */
export function codePointEm(code: number): number {
  if (code < 0x250) return LATIN_WIDTHS[code] ?? 0.7;
  if (code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0x1f3fb && code <= 0x1f3ff)) return 0; // joiners, variation selectors, skin tones
  if (code === 0x202f || code === 0x2009) return 0.2; // narrow spaces (French punctuation)
  if (code >= 0x2010 && code <= 0x2015) return code >= 0x2013 ? (code === 0x2013 ? 0.5 : 1.0) : 0.36; // hyphens, en and em dashes
  if (code >= 0x2018 && code <= 0x201f) return 0.36; // curly quotes
  if (code === 0x2026) return 1.0; // …
  if (code === 0x2022) return 0.59; // •
  if (code === 0x2212) return 0.84; // −
  if (code >= 0x2190 && code <= 0x2bff) return 1.1; // arrows, symbols, dingbats
  if (code >= 0x1f000) return 1.3; // emoji
  if (code >= 0x2e80 && code <= 0xffef) return 1.0; // CJK, full width
  return 0.7;
}

/**
 * Deterministic estimate of a text's width in board units for a font size: the same string always
 * gives the same width on every machine, which a real font measurement could not promise.
 *
 * @example estimateTextWidth('Voit une pub', 16) // ≈ 105
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      code = text.codePointAt(i) ?? code;
      i++;
    }
    em += code < 0x250 ? (LATIN_WIDTHS[code] ?? 0.7) : codePointEm(code);
  }
  return em * fontSize * (bold ? 1.1 : 1);
}
