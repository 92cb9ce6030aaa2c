import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HASH_START, hashDigest, hashText, hashUpdate } from '../../core/src/model/stable-id.js';
import { boardText } from '../../core/src/layout/board-text.js';
import type { Primitive } from '../../core/src/layout/primitive.js';
import { hashContent, hashPrimitive } from '../../core/src/sync/hash-content.js';

describe('hashContent', () => {
  it('is the hash of kind, style and trimmed text joined by U+001F, fed part by part', () => {
    fc.assert(
      fc.property(fc.constantFrom('text', 'card', 'frame', 'sticky', 'shape', 'curve', 'connector' as const), fc.string(), fc.string({ unit: 'binary' }), (kind, style, text) => {
        expect(hashContent({ kind, style, text })).toBe(hashText(`${kind}\u001f${style}\u001f${text.replace(/\r/g, '').trim()}`));
      }),
    );
  });

  it('ignores carriage returns and blanks around the text, which hosts add or drop', () => {
    expect(hashContent({ kind: 'sticky', style: 'pain', text: ' Prix\r\npeu clair ' })).toBe(hashContent({ kind: 'sticky', style: 'pain', text: 'Prix\npeu clair' }));
  });

  it('tells a change of kind, style or text apart', () => {
    const base = hashContent({ kind: 'sticky', style: 'pain', text: 'Prix' });
    expect(hashContent({ kind: 'card', style: 'pain', text: 'Prix' })).not.toBe(base);
    expect(hashContent({ kind: 'sticky', style: 'action', text: 'Prix' })).not.toBe(base);
    expect(hashContent({ kind: 'sticky', style: 'pain', text: 'Prix.' })).not.toBe(base);
  });
});

describe('hashPrimitive', () => {
  const blanky = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\t', 'é', '×', '3') });
  const box = { x: 0, y: 0, w: 10, h: 10 };

  it('is hashContent over the text the board shows (boardText): a sticky with its count, a card with its badge', () => {
    fc.assert(
      fc.property(blanky, fc.option(fc.integer({ min: 2, max: 999 }), { nil: undefined }), blanky, fc.boolean(), (text, count, badge, sticky) => {
        const primitive: Primitive = sticky
          ? { kind: 'sticky', key: 'k', box, style: 'pain', text, ...(count !== undefined && { count }) }
          : { kind: 'card', key: 'k', box, style: 'touchpoint', text, ...(count !== undefined && { badge }) };
        expect(hashPrimitive(primitive)).toBe(hashContent({ kind: primitive.kind, style: primitive.style, text: boardText(primitive) }));
      }),
      { numRuns: 500 },
    );
  });

  it('sees a new count or badge as a change, and no line break the layout might have added', () => {
    const sticky: Primitive = { kind: 'sticky', key: 'k', box, style: 'pain', text: 'Prix peu clair', count: 3 };
    expect(hashPrimitive({ ...sticky, count: 4 })).not.toBe(hashPrimitive(sticky));
    expect(hashPrimitive(sticky)).toBe(hashContent({ kind: 'sticky', style: 'pain', text: 'Prix peu clair\n×3' }));
    expect(hashPrimitive(sticky)).not.toBe(hashContent({ kind: 'sticky', style: 'pain', text: 'Prix peu\nclair\n×3' }));
  });
});

describe('the look in the hash (hollow point, dashed curve)', () => {
  const box = { x: 0, y: 0, w: 10, h: 10 };
  const point: Primitive = { kind: 'shape', shape: 'circle', key: 'p', box, style: 'negative', text: '😟' };
  const curve: Primitive = { kind: 'curve', key: 'c', box, style: 'previousWave', text: 'Previous wave', points: [], path: 'M0,0L10,10' };

  it('hashes a look after the text and a separator: hashText(`${kind}\\u001f${style}\\u001f${text}\\u001f${look}`)', () => {
    expect(hashContent({ kind: 'shape', style: 'negative', text: '😟', look: 'hollow' })).toBe(hashText('shape\u001fnegative\u001f😟\u001fhollow'));
    expect(hashPrimitive({ ...point, hollow: true })).toBe(hashText('shape\u001fnegative\u001f😟\u001fhollow'));
    expect(hashPrimitive({ ...curve, dashed: true })).toBe(hashText('curve\u001fpreviousWave\u001fPrevious wave\u001fdashed'));
  });

  it('keeps the hash of a plain item as it was, hollow: false and dashed: false included (maps on boards are not all rewritten)', () => {
    expect(hashPrimitive(point)).toBe(hashText('shape\u001fnegative\u001f😟'));
    expect(hashPrimitive({ ...point, hollow: false })).toBe(hashPrimitive(point));
    expect(hashPrimitive({ ...curve, dashed: false })).toBe(hashText('curve\u001fpreviousWave\u001fPrevious wave'));
  });

  it('tells a point that only turns hollow, and a curve or connector that only turns dashed, apart', () => {
    expect(hashPrimitive({ ...point, hollow: true })).not.toBe(hashPrimitive(point));
    expect(hashPrimitive({ ...curve, dashed: true })).not.toBe(hashPrimitive(curve));
    const connector: Primitive = { kind: 'connector', key: 'c~c1', box, style: 'previousWave', text: '', from: 'a', to: 'b' };
    expect(hashPrimitive({ ...connector, dashed: true })).not.toBe(hashPrimitive(connector));
  });
});

describe('hashUpdate', () => {
  it('gives the hash of a concatenation without building it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        expect(hashDigest(hashUpdate(hashUpdate(HASH_START, a), b))).toBe(hashText(a + b));
      }),
    );
  });

  it('keeps the FNV-1a values it always gave (ids and hashes already on boards depend on them)', () => {
    expect(hashText('')).toBe((0x811c9dc5).toString(36));
    expect(hashText('a')).toBe((0xe40c292c).toString(36));
  });
});
