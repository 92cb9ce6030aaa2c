import type { TextEncodingName } from './decode-text.js';
import { platformUtf8 } from './text-codec.js';
import { WINDOWS_1252_HIGH } from './windows-1252.js';

/**
 * Encodes text in one of the encodings `decodeText` reads: for writing Excel-friendly files
 * (Windows-1252, UTF-8 with BOM) and for building test input. UTF-16 gets its byte-order mark.
 * Characters Windows-1252 cannot hold become `?`.
 *
 * @example encodeText('Café', 'windows-1252') // Uint8Array [0x43, 0x61, 0x66, 0xe9]
 */
export function encodeText(text: string, encoding: TextEncodingName): Uint8Array {
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom': {
      const body = platformUtf8(text) ?? new Uint8Array(0);
      if (encoding === 'utf-8') return body;
      const withBom = new Uint8Array(body.length + 3);
      withBom.set([0xef, 0xbb, 0xbf]);
      withBom.set(body, 3);
      return withBom;
    }
    case 'utf-16le':
    case 'utf-16be': {
      const littleEndian = encoding === 'utf-16le';
      const out = new Uint8Array(text.length * 2 + 2);
      const units = `\ufeff${text}`;
      for (let index = 0; index < units.length; index++) {
        const unit = units.charCodeAt(index);
        out[index * 2 + (littleEndian ? 0 : 1)] = unit & 0xff;
        out[index * 2 + (littleEndian ? 1 : 0)] = unit >> 8;
      }
      return out;
    }
    case 'windows-1252': {
      const out = new Uint8Array(text.length);
      let length = 0;
      for (const char of text) {
        const code = char.codePointAt(0) ?? 0x3f;
        const high = WINDOWS_1252_HIGH.indexOf(code);
        out[length++] = high !== -1 ? 0x80 + high : code < 0x100 && (code < 0x80 || code > 0x9f) ? code : 0x3f;
      }
      return out.subarray(0, length);
    }
  }
}
