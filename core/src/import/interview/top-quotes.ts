import { normalizeKey } from '../names/normalize-key.js';
import { IntList } from './int-list.js';

/** A quote kept for a cell. */
export interface KeptQuote {
  text: string;
  key: string;
  /** The emotion of its row on −2…+2, if the row had one. */
  score: number | undefined;
  /** |score|, or −1 without a score: what ranks quotes. */
  strength: number;
  /** Its position among the quotes offered, in file order: what breaks ties. */
  position: number;
  sources: number[];
  persona: number;
}

/** Where offered quotes are read from, by their position. */
export interface QuoteTexts {
  read(position: number): string;
}

/**
 * Quotes in a table's cells, listed as (row, column) pairs: the quote at `position` is the pair
 * that starts there. Remembers the first quote read that is longer than `limit` (−1 while none).
 *
 * @example new QuoteCells([['a', 'Too slow']], pairs, 5000).read(0) // 'Too slow', when pairs holds 0, 1
 */
export class QuoteCells implements QuoteTexts {
  overLong = -1;

  constructor(
    private readonly rows: readonly (readonly string[])[],
    private readonly pairs: IntList,
    private readonly limit: number,
  ) {}

  read(position: number): string {
    const text = this.rows[this.pairs.get(position)]?.[this.pairs.get(position + 1)] ?? '';
    if (text.length > this.limit && this.overLong === -1) this.overLong = position;
    return text;
  }
}

/**
 * Keeps the most telling quotes of one stage × lane cell: the ones whose row has the most extreme
 * emotion, at most `limit`, earlier ones first on a tie. A quote already kept that is said again
 * (same text, ignoring case and accents) gains a source instead of taking a second place. A quote
 * that does not make the cut costs one comparison: its text is only read (`texts`) when it does.
 *
 * @example const quotes = new TopQuotes(1, { read: (at) => texts[at] ?? '' }); quotes.offer(0, 0, 0, -1); quotes.offer(-2, 1, 1, -1); quotes.kept[0]?.position // 1
 */
export class TopQuotes {
  readonly kept: KeptQuote[] = [];

  constructor(
    private readonly limit: number,
    private readonly texts: QuoteTexts,
  ) {}

  offer(score: number | undefined, position: number, source: number, persona: number): void {
    if (this.limit <= 0) return;
    const strength = score === undefined ? -1 : Math.abs(score);
    if (this.kept.length >= this.limit && strength <= (this.kept[this.kept.length - 1]?.strength ?? Infinity)) return;
    const text = this.texts.read(position).trim();
    const key = normalizeKey(text);
    if (key === '') return;
    const same = this.kept.find((quote) => quote.key === key);
    if (same !== undefined) {
      if (!same.sources.includes(source)) same.sources.push(source);
      return;
    }
    let at = this.kept.length;
    while (at > 0 && (this.kept[at - 1]?.strength ?? 0) < strength) at--;
    this.kept.splice(at, 0, { text, key, score, strength, position, sources: [source], persona });
    if (this.kept.length > this.limit) this.kept.pop();
  }
}
