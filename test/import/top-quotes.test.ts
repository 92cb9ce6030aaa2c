import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyTailHash } from '../../core/src/import/names/key-tail-hash.js';
import { normalizeKey } from '../../core/src/import/names/normalize-key.js';
import { TopQuotes } from '../../core/src/import/interview/top-quotes.js';

/** One offer: its text, its row's score (−2…+2, or none) and who said it. */
interface Offer {
  text: string;
  score: number | undefined;
  source: number;
}

/** The quotes `TopQuotes` keeps from `offers` (in order, positions being their indexes), with their sources. */
function kept(offers: readonly Offer[], limit: number): { text: string; sources: number[] }[] {
  const text = (position: number) => offers[position]?.text ?? '';
  const quotes = new TopQuotes(limit, { read: text, peek: text, keyTailHash: (position) => keyTailHash(text(position)) });
  offers.forEach((offer, position) => quotes.offer(offer.score, position, -1));
  offers.forEach((offer, position) => quotes.credit(position, offer.source));
  return quotes.keptQuotes().map((quote) => ({ text: quote.text, sources: quote.sources }));
}

describe('TopQuotes', () => {
  it('refuses an offer once crediting began: sources would miss it', () => {
    const quotes = new TopQuotes(3, { read: () => 'Too slow', peek: () => 'Too slow', keyTailHash: () => keyTailHash('Too slow') });
    quotes.offer(-2, 0, -1);
    quotes.credit(0, 4);
    expect(() => quotes.offer(-2, 2, -1)).toThrow('every quote is offered before any is credited');
    expect(quotes.keptQuotes().map((quote) => quote.sources)).toEqual([[4]]);
  });

  it('keeps the most extreme quotes, earlier ones first on a tie', () => {
    const offers: Offer[] = [
      { text: 'meh', score: 0, source: 0 },
      { text: 'awful', score: -2, source: 1 },
      { text: 'great', score: 2, source: 2 },
      { text: 'bad', score: -1, source: 3 },
    ];
    expect(kept(offers, 2)).toEqual([
      { text: 'awful', sources: [1] },
      { text: 'great', sources: [2] },
    ]);
  });

  it('credits a repeat of a kept quote when the cell is full and the repeat is milder', () => {
    const offers: Offer[] = [
      { text: 'Too slow', score: -2, source: 0 },
      { text: 'Great app', score: 2, source: 1 },
      { text: 'too slow', score: 0, source: 2 },
    ];
    expect(kept(offers, 2)).toEqual([
      { text: 'Too slow', sources: [0, 2] },
      { text: 'Great app', sources: [1] },
    ]);
  });

  it('credits a saying that came before the quote made the cut', () => {
    const offers: Offer[] = [
      { text: 'Bad', score: -1, source: 0 },
      { text: 'Slow', score: 0, source: 1 },
      { text: 'slow', score: -2, source: 2 },
    ];
    expect(kept(offers, 1)).toEqual([{ text: 'slow', sources: [1, 2] }]);
  });

  it('credits repeats when it keeps many quotes', () => {
    const texts = Array.from({ length: 40 }, (_, index) => `Quote number ${index}`);
    const offers: Offer[] = [...texts, ...texts.map((text) => text.toUpperCase())].map((text, index) => ({ text, score: -1, source: index }));
    expect(kept(offers, 30)).toEqual(texts.slice(0, 30).map((text, index) => ({ text, sources: [index, index + 40] })));
  });

  it("gives a kept quote the same sources whatever the limit", () => {
    const offer = fc.record({
      text: fc.constantFrom('Too slow', 'too slow.', 'TOO  SLOW', 'Trop cher', 'trop chér', 'Great', 'great!', 'Œuvre', 'oeuvre', ' '),
      score: fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined }),
      source: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(offer, { maxLength: 30 }), fc.integer({ min: 1, max: 4 }), (offers, limit) => {
        const everySource = new Map(kept(offers, offers.length + 1).map((quote) => [normalizeKey(quote.text), quote.sources]));
        for (const quote of kept(offers, limit)) expect(quote.sources).toEqual(everySource.get(normalizeKey(quote.text)));
      }),
    );
  });
});
