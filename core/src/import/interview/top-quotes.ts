import { tailHashOf } from '../names/key-tail-hash.js';
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
  /** The text of the quote at `position`, in the running for a card (`QuoteCells` checks its length). */
  read(position: number): string;
  /** The same text, read only to tell a repeat of a kept quote from a hash collision. */
  peek(position: number): string;
  /** `keyTailHash` of the text: texts whose hashes differ have different keys. */
  keyTailHash(position: number): number;
}

/**
 * Quotes in a table's cells, listed as (row, column) pairs: the quote at `position` is the pair
 * that starts there, and `keys` holds its `keyTailHash` at `position / 2`. Remembers the first quote
 * read that is longer than `limit` (−1 while none).
 *
 * @example new QuoteCells([['a', 'Too slow']], pairs, keys, 5000).read(0) // 'Too slow', when pairs holds 0, 1
 */
export class QuoteCells implements QuoteTexts {
  overLong = -1;

  constructor(
    private readonly rows: readonly (readonly string[])[],
    private readonly pairs: IntList,
    private readonly keys: IntList,
    private readonly limit: number,
  ) {}

  read(position: number): string {
    const text = this.peek(position);
    if (text.length > this.limit && this.overLong === -1) this.overLong = position;
    return text;
  }

  peek(position: number): string {
    return this.rows[this.pairs.get(position)]?.[this.pairs.get(position + 1)] ?? '';
  }

  keyTailHash(position: number): number {
    return this.keys.get(position / 2);
  }
}

/**
 * Keeps the most telling quotes of one stage × lane cell: the ones whose row has the most extreme
 * emotion, at most `limit`, earlier ones first on a tie. A quote already kept that is said again
 * (same text, ignoring case and accents) takes no second place. A quote that does not make the cut
 * costs one comparison when offered: its text is only read (`texts`) when it does.
 *
 * Who said each kept quote is counted once every quote is offered: each is then `credit`ed, so a
 * milder repeat, or a saying offered before its quote made the cut, counts, and a quote's sources do
 * not depend on `limit`. A credit is matched with the kept quotes by a hash of its key's end
 * (`keyTailHash`, taken when the rows were read): the text of a quote that is no repeat is not read.
 *
 * @example const quotes = new TopQuotes(1, texts); quotes.offer(0, 0, -1); quotes.offer(-2, 1, -1); quotes.credit(0, 7); quotes.credit(1, 8); quotes.keptQuotes()[0]?.sources // [8]
 */
export class TopQuotes {
  private readonly kept: Omit<KeptQuote, 'sources'>[] = [];
  /** Set by the first `credit`: the kept quotes' `tailHashOf` and sources. */
  private credited: { hashes: Int32Array; sources: Set<number>[] } | undefined;

  constructor(
    private readonly limit: number,
    private readonly texts: QuoteTexts,
  ) {}

  /** Offers the quote at `position`, said in a row with `score` (on −2…+2) by `persona` (−1 for none). */
  offer(score: number | undefined, position: number, persona: number): void {
    if (this.credited !== undefined) throw new Error('TopQuotes: every quote is offered before any is credited');
    if (this.limit <= 0) return;
    const strength = score === undefined ? -1 : Math.abs(score);
    if (this.kept.length >= this.limit && strength <= (this.kept[this.kept.length - 1]?.strength ?? Infinity)) return;
    const text = this.texts.read(position).trim();
    const key = normalizeKey(text);
    if (key === '' || this.kept.some((quote) => quote.key === key)) return;
    let at = this.kept.length;
    while (at > 0 && (this.kept[at - 1]?.strength ?? 0) < strength) at--;
    this.kept.splice(at, 0, { text, key, score, strength, position, persona });
    if (this.kept.length > this.limit) this.kept.pop();
  }

  /** Once every quote is offered: counts `source` for the kept quote the quote at `position` repeats, if any. */
  credit(position: number, source: number): void {
    const { hashes, sources } = (this.credited ??= { hashes: Int32Array.from(this.kept, (quote) => tailHashOf(quote.key)), sources: this.kept.map(() => new Set()) });
    const hash = this.texts.keyTailHash(position);
    for (let candidate = 0; candidate < hashes.length; candidate++) {
      // Equal hashes mostly mean equal keys; the whole text tells the rest apart.
      if (hashes[candidate] !== hash || normalizeKey(this.texts.peek(position).trim()) !== this.kept[candidate]?.key) continue;
      sources[candidate]?.add(source);
      return;
    }
  }

  /** The kept quotes, most telling first, each with the distinct sources credited to it, in the order they came. */
  keptQuotes(): KeptQuote[] {
    const sources = this.credited?.sources ?? [];
    return this.kept.map((quote, index) => ({ ...quote, sources: [...(sources[index] ?? [])] }));
  }
}
