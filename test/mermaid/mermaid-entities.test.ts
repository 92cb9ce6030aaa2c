import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMermaidText, encodeMermaidText } from '../../core/src/index.js';

/** What is left of encoded text once its entity codes and `<br>` are taken out. */
const bare = (encoded: string) => encoded.replace(/#\d+;/g, '').replace(/<br>/g, '');

describe('encodeMermaidText / decodeMermaidText', () => {
  it('decodes what it encodes, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.boolean(), fc.boolean(), (text, actor, taskName) => {
        expect(decodeMermaidText(encodeMermaidText(text, { actor, taskName }))).toBe(text);
      }),
    );
  });

  it('leaves no character that Mermaid reserves, no control character, no line break and no edge blank', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const encoded = encodeMermaidText(text, { actor: true });
        expect(bare(encoded)).not.toMatch(/[#;:%<>&{},\n\r\u0000-\u001f\u007f-\u009f]/);
        expect(encoded).toBe(encoded.trim());
      }),
    );
  });

  it.each([
    ['Pay: 10 €; done', {}, 'Pay#58; 10 €#59; done'],
    ['C# & 50%', {}, 'C#35; #38; 50#37;'],
    ['a\nb', {}, 'a<br>b'],
    ['a\u0085b\u009fc\u007f', {}, 'a#133;b#159;c#127;'],
    ['<br>', {}, '#60;br#62;'],
    [' padded ', {}, '#32;padded#32;'],
    ['Ops, EU', { actor: true }, 'Ops#44; EU'],
    ['Ops, EU', {}, 'Ops, EU'],
    ['title page', { taskName: true }, '#116;itle page'],
    ['Section A', { taskName: true }, '#83;ection A'],
    ['journey map', { taskName: true }, '#106;ourney map'],
    ['accTitle', { taskName: true }, '#97;ccTitle'],
    ['titles', { taskName: true }, 'titles'],
    ['title page', {}, 'title page'],
  ])('encodes %j (%j) as %j', (text, options, expected) => {
    expect(encodeMermaidText(text, options)).toBe(expected);
  });
});
