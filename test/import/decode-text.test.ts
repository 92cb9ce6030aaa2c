import { describe, expect, it } from 'vitest';
import { decodeText } from '../../core/src/import/text/decode-text.js';
import { encodeText } from '../../core/src/import/text/encode-text.js';
import { asWritten } from '../words/as-written.js';

const TEXT = 'Étape;Émotion\r\nDécouverte;3,5 € — l’œuvre « ravi »\r\n';

describe('decodeText', () => {
  it.each([
    ['utf-8', encodeText(TEXT, 'utf-8')],
    ['utf-8-bom', encodeText(TEXT, 'utf-8-bom')],
    ['utf-16le', encodeText(TEXT, 'utf-16le')],
    ['utf-16be', encodeText(TEXT, 'utf-16be')],
    ['windows-1252', encodeText(TEXT, 'windows-1252')],
  ] as const)('reads %s from its bytes', (encoding, bytes) => {
    expect(decodeText(bytes)).toEqual({ ok: true, text: TEXT, encoding });
  });

  it.each(['utf-16le', 'utf-16be'] as const)('recognises %s without a byte-order mark by its NUL bytes', (encoding) => {
    const bytes = encodeText(TEXT, encoding).subarray(2);
    expect(decodeText(bytes)).toEqual({ ok: true, text: TEXT, encoding });
  });

  it('maps every Windows-1252 byte from 0x80 to 0x9F to its character, as browsers do', () => {
    const bytes = new Uint8Array([0x80, 0x82, 0x85, 0x8c, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9c, 0x9f, 0xe9]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: '€‚…Œ’“”–—™œŸé', encoding: 'windows-1252' });
  });

  it('reads an empty file as empty UTF-8 text', () => {
    expect(decodeText(new Uint8Array(0))).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });

  it.each([
    ['an Excel workbook', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], /ZIP archive, most likely an Excel \(\.xlsx\)/],
    ['an old Excel workbook', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1], /old Excel workbook \(\.xls\)/],
    ['a PDF', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], /PDF file/],
    ['a file with NUL bytes', [0x61, 0x2c, 0x62, 0x0a, 0x00, 0x01, 0x02, 0x41], /NUL bytes \(the first at byte 5\)/],
  ])('refuses %s with a clear message', (_, bytes, message) => {
    const decoded = decodeText(new Uint8Array(bytes));
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.problem.message).toMatch(message);
  });

  it('refuses random binary garbage as "not text"', () => {
    let seed = 42;
    const bytes = Uint8Array.from({ length: 4096 }, () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return (seed >> 16) % 255 + 1;
    });
    const decoded = decodeText(bytes);
    expect(asWritten(decoded)).toEqual({ ok: false, problem: { message: expect.stringMatching(/^This file is not text: \d+ % of its first characters are control characters/) } });
  });

  it('keeps a short file with one stray control character as text (found by the Mermaid fuzzer)', () => {
    const decoded = decodeText(new TextEncoder().encode('journey\n  title #35;\n  accDescr: \u0080\n'));
    expect(asWritten(decoded)).toEqual({ ok: true, text: 'journey\n  title #35;\n  accDescr: \u0080\n', encoding: 'utf-8' });
  });
});

describe('encodeText', () => {
  it('writes ? for characters Windows-1252 cannot hold', () => {
    expect([...encodeText('a😀é', 'windows-1252')]).toEqual([0x61, 0x3f, 0xe9]);
  });
});
