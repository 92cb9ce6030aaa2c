import type { ImportReport, Problem } from '../../model/problem.js';
import { platformDecoder } from './text-codec.js';
import { WINDOWS_1252_HIGH } from './windows-1252.js';
import { say } from '../../words/say.js';
import type { Said } from '../../words/wording.js';

/** The byte encodings `decodeText` recognises. */
export type TextEncodingName = NonNullable<ImportReport['encoding']>;

/** Decoded text; `warnings` (only when there are some) locates bytes that were replaced by U+FFFD. */
export type DecodedText = { ok: true; text: string; encoding: TextEncodingName; warnings?: Problem[] } | { ok: false; problem: Problem };

/** How many leading bytes the UTF-16 and control-character sniffers look at. */
const SNIFF_BYTES = 4096;
/** Bad bytes located one by one in the warnings; past this, one more warning gives the count. */
const LOCATED_BAD_BYTES = 10;

/**
 * Turns file bytes into text, detecting the encoding from the bytes themselves: a UTF-8 or UTF-16
 * byte-order mark, UTF-16 without BOM by its pattern of NUL bytes, valid UTF-8, UTF-8 with a few
 * bad bytes (read as U+FFFD, each located by a warning), and otherwise Windows-1252 (what Excel on
 * Windows writes). Spreadsheets, archives and other binary files get a
 * clear problem instead of mojibake. Works wherever TextDecoder exists (Node, browsers).
 *
 * @example decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9])) // { ok: true, text: 'Café', encoding: 'windows-1252' }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const binary = binaryKind(bytes);
  if (binary !== undefined) return notText(binary);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs('utf-8', bytes.subarray(3), 'utf-8-bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs('utf-16le', bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs('utf-16be', bytes.subarray(2), 'utf-16be');
  const utf16 = sniffUtf16(bytes);
  if (utf16 !== undefined) return decodeAs(utf16, bytes, utf16);
  // Binary files show NUL bytes early; scanning 50 MB for one would cost more than it finds.
  const nul = bytes.subarray(0, SNIFF_BYTES * 16).indexOf(0);
  if (nul !== -1) return notText(say('file.nul', { byte: nul + 1 }));
  const strict = platformDecoder('utf-8', true);
  if (strict === undefined) return noDecoder();
  let text: string;
  let encoding: TextEncodingName = 'utf-8';
  let warnings: Problem[] | undefined;
  try {
    text = strict.decode(bytes);
  } catch {
    // Only files that are not valid UTF-8 pay for this scan.
    const scan = scanUtf8(bytes);
    const damagedUtf8 = isMostlyUtf8(scan);
    const decoder = platformDecoder(damagedUtf8 ? 'utf-8' : 'windows-1252', false);
    if (decoder === undefined) return noDecoder();
    if (damagedUtf8) {
      text = decoder.decode(bytes);
      warnings = badByteWarnings(scan);
    } else {
      text = fixWindows1252(decoder.decode(bytes));
      encoding = 'windows-1252';
    }
  }
  // A share, and a few at least: one stray control character in a three-line file is still text.
  const controls = controlCount(text);
  if (controls.count >= MIN_CONTROLS && controls.count / controls.of > 0.01) {
    return notText(say('file.controls', { percent: Math.round((controls.count / controls.of) * 100) }));
  }
  return warnings === undefined ? { ok: true, text, encoding } : { ok: true, text, encoding, warnings };
}

/** What a UTF-8 reading of some bytes finds: its multi-byte characters and its bad bytes. */
interface Utf8Scan {
  /** Well-formed multi-byte sequences (accents, €, emoji…). */
  sequences: number;
  /** Ill-formed sequences, each one U+FFFD once decoded. */
  bad: number;
  /** The first bad ones: 0-based byte offset and 1-based line. */
  located: { offset: number; line: number }[];
}

/**
 * A UTF-8 file damaged in a few places (a pasted Windows-1252 word, a cut character) still has
 * many well-formed multi-byte sequences; a Windows-1252 file has almost none, because its accented
 * letters are lone high bytes. At least two good sequences per bad one reads as UTF-8.
 */
function isMostlyUtf8(scan: Utf8Scan): boolean {
  return scan.bad > 0 && scan.sequences >= 2 * scan.bad;
}

/**
 * Walks the bytes as UTF-8 (RFC 3629: no overlong forms, surrogates or code points past U+10FFFF),
 * counting sequences and bad spots the way TextDecoder replaces them (one per maximal ill-formed
 * subpart), with line numbers (LF, CRLF or a lone CR ends a line).
 */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { sequences: 0, bad: 0, located: [] };
  let line = 1;
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      if (lead === 0x0a || (lead === 0x0d && bytes[index + 1] !== 0x0a)) line++;
      index++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let valid = length === 0 ? 0 : 1;
    while (valid > 0 && valid < length && isContinuation(lead, valid, bytes[index + valid])) valid++;
    if (length > 0 && valid === length) {
      scan.sequences++;
    } else {
      scan.bad++;
      if (scan.located.length < LOCATED_BAD_BYTES) scan.located.push({ offset: index, line });
    }
    index += Math.max(valid, 1);
  }
  return scan;
}

/** Whether `byte` can be the continuation at `position` (1–3) of a sequence opened by `lead`. */
function isContinuation(lead: number, position: number, byte: number | undefined): boolean {
  if (byte === undefined) return false;
  if (position === 1) {
    if (lead === 0xe0) return byte >= 0xa0 && byte <= 0xbf;
    if (lead === 0xed) return byte >= 0x80 && byte <= 0x9f;
    if (lead === 0xf0) return byte >= 0x90 && byte <= 0xbf;
    if (lead === 0xf4) return byte >= 0x80 && byte <= 0x8f;
  }
  return byte >= 0x80 && byte <= 0xbf;
}

/** One warning per bad spot (the first few), on its line, then the count of the others. */
function badByteWarnings(scan: Utf8Scan): Problem[] {
  const warnings: Problem[] = scan.located.map(({ offset, line }) => ({
    row: line,
    ...say('text.badUtf8', { byte: offset + 1 }),
  }));
  const others = scan.bad - scan.located.length;
  if (others > 0) warnings.push(say('text.moreBadUtf8', { count: others }));
  return warnings;
}

function decodeAs(label: string, bytes: Uint8Array, encoding: TextEncodingName): DecodedText {
  const decoder = platformDecoder(label, false);
  if (decoder === undefined) return noDecoder();
  return { ok: true, text: decoder.decode(bytes), encoding };
}

/** Signatures of files people mistake for CSV: say what they are and what to do. */
function binaryKind(bytes: Uint8Array): Said | undefined {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return say('file.zip');
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return say('file.xls');
  if (starts(0x25, 0x50, 0x44, 0x46)) return say('file.pdf');
  return undefined;
}

function notText(why: Said): DecodedText {
  return { ok: false, problem: say('file.notText', { why }) };
}

function noDecoder(): DecodedText {
  return { ok: false, problem: say('file.noDecoder') };
}

/**
 * UTF-16 without BOM: text in Latin scripts has a NUL in every other byte (odd positions for
 * little-endian, even for big-endian). Random binary data does not show that regularity.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros++;
    if (bytes[index + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Some Node versions decode 'windows-1252' as ISO-8859-1 (nodejs/node#60888), leaving C1 controls
 * where Excel wrote € ’ œ …; browsers already give the right characters, so this is a no-op there.
 */
function fixWindows1252(text: string): string {
  return /[\u0080-\u009f]/.test(text)
    ? text.replace(/[\u0080-\u009f]/g, (char) => String.fromCharCode(WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char.charCodeAt(0)))
    : text;
}

/** Fewer control characters than this never make a file binary. */
const MIN_CONTROLS = 4;

/** Control characters (other than tab and line breaks) among the first characters, and how many were looked at. */
function controlCount(text: string): { count: number; of: number } {
  const length = Math.min(text.length, SNIFF_BYTES * 4);
  let controls = 0;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f || (code >= 0x80 && code <= 0x9f)) {
      controls++;
    }
  }
  return { count: controls, of: length };
}
