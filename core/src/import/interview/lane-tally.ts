import { CHANNELS, type Channel } from '../../model/journey.js';
import { splitCell } from '../csv/split-cell.js';
import { mostFrequent } from '../names/most-frequent.js';
import { normalizeKey } from '../names/normalize-key.js';
import { RecentCells } from '../names/recent-cells.js';

/** One distinct text of a stage × lane cell once spellings are merged. */
export interface TalliedText {
  /** The most frequent spelling. */
  text: string;
  /** Distinct sources in the order they first said it: participant indexes, or −row−1 without participants. */
  sources: number[];
  /** The channel (index into `CHANNELS`, −1 for none) each of `sources` gave the first time it said it; empty unless the tally tracks channels. */
  sourceChannels: number[];
  /** Personas (indexes) who said it, ascending. */
  personas: number[];
  /** The channel most often given with it, if any. */
  channel?: Channel;
  /** The first data row that said it, for stable ordering. */
  firstRow: number;
}

const CHANNEL_COUNT = CHANNELS.length;

/**
 * Counts what participants said in one lane of interview data (all its columns), during the single
 * pass over the rows. A cell is looked up by its exact text (the stage's recent texts, `RecentCells`,
 * else a map lookup); the first time a text is seen it is split into cards (line breaks, ` | `) and
 * each card is keyed case-, accent- and whitespace-insensitively, so normalising happens once per
 * distinct text. Per card the tally keeps, in flat arrays, the first row, the participants who said
 * it (each once, via a bitset per card), their personas and channel votes.
 *
 * @example const tally = new LaneTally(); tally.add('Prix flou', 0, 3, 0, -1, -1); tally.add('prix  flou | Attente', 0, 9, 1, -1, -1); tally.cards(1)[0]?.map((card) => card.text) // ['Prix flou', 'Attente']
 */
export class LaneTally {
  private readonly textIds: Map<string, number>[] = [];
  private readonly recent: RecentCells<number>[] = [];
  /** Per distinct text: its card (or cards when the cell holds several), its parts and rows. */
  private readonly textCards: (number | number[])[] = [];
  private readonly textParts: string[][] = [];
  private readonly textRows: number[] = [];
  private readonly cardIds: Map<string, number>[] = [];
  /** Per card. */
  private readonly cardStage: number[] = [];
  private readonly firstRow: number[] = [];
  private readonly lastRow: number[] = [];
  private readonly personaBits: number[] = [];
  private readonly morePersonas: (Set<number> | undefined)[] = [];
  private readonly channelVotes: number[] = [];
  private readonly sources: number[][] = [];
  private readonly sourceChannels: number[][] = [];

  /** `tracksChannels`: remember each source's channel (`TalliedText.sourceChannels`), for touchpoints only: it costs a push per source. */
  constructor(private readonly tracksChannels = false) {}
  private readonly seen: Uint8Array[] = [];

  /**
   * Records a filled cell: `source` is a participant index (or −row−1), `persona` and `channel`
   * (an index into `CHANNELS`) are −1 when unknown.
   */
  add(cell: string, stage: number, row: number, source: number, persona: number, channel: number): void {
    let ids = this.textIds[stage];
    let recent = this.recent[stage];
    if (ids === undefined || recent === undefined) {
      ids = new Map();
      recent = new RecentCells();
      this.textIds[stage] = ids;
      this.recent[stage] = recent;
    }
    let id = recent.get(cell);
    if (id === undefined) {
      id = ids.get(cell);
      if (id === undefined) {
        id = this.newText(cell, stage);
        ids.set(cell, id);
      }
      recent.set(cell, id);
    }
    this.textRows[id] = (this.textRows[id] ?? 0) + 1;
    const cards = this.textCards[id];
    if (typeof cards === 'number') this.count(cards, row, source, persona, channel);
    else for (const card of cards ?? []) this.count(card, row, source, persona, channel);
  }

  /** Cards per stage, most-said first, then first said. */
  cards(stageCount: number): TalliedText[][] {
    const spellings = this.cardStage.map(() => new Map<string, number>());
    this.textParts.forEach((parts, id) => {
      const cards = this.textCards[id];
      const list = typeof cards === 'number' ? [cards] : (cards ?? []);
      parts.forEach((part, index) => {
        const card = list[index];
        const counts = card === undefined ? undefined : spellings[card];
        if (counts !== undefined) counts.set(part, (counts.get(part) ?? 0) + (this.textRows[id] ?? 0));
      });
    });
    const byStage: TalliedText[][] = Array.from({ length: stageCount }, () => []);
    this.cardStage.forEach((stage, card) => {
      const first = this.firstRow[card] ?? -1;
      if (first === -1) return;
      const personas: number[] = [];
      const bits = this.personaBits[card] ?? 0;
      for (let persona = 0; persona < 31; persona++) if ((bits & (1 << persona)) !== 0) personas.push(persona);
      personas.push(...[...(this.morePersonas[card] ?? [])].sort((a, b) => a - b));
      const tallied: TalliedText = { text: mostFrequent(spellings[card] ?? new Map()) ?? '', sources: this.sources[card] ?? [], sourceChannels: this.sourceChannels[card] ?? [], personas, firstRow: first };
      let best = -1;
      for (let channel = 0; channel < CHANNEL_COUNT; channel++) {
        const votes = this.channelVotes[card * CHANNEL_COUNT + channel] ?? 0;
        if (votes > 0 && (best === -1 || votes > (this.channelVotes[card * CHANNEL_COUNT + best] ?? 0))) best = channel;
      }
      const channel = CHANNELS[best];
      if (channel !== undefined) tallied.channel = channel;
      byStage[stage]?.push(tallied);
    });
    for (const texts of byStage) texts.sort((a, b) => b.sources.length - a.sources.length || a.firstRow - b.firstRow);
    return byStage;
  }

  private newText(cell: string, stage: number): number {
    const id = this.textCards.length;
    let keys = this.cardIds[stage];
    if (keys === undefined) {
      keys = new Map();
      this.cardIds[stage] = keys;
    }
    const cards: number[] = [];
    const parts: string[] = [];
    for (const text of splitCell(cell)) {
      const key = normalizeKey(text);
      if (key === '') continue;
      let card = keys.get(key);
      if (card === undefined) {
        card = this.cardStage.length;
        keys.set(key, card);
        this.cardStage.push(stage);
        this.firstRow.push(-1);
        this.lastRow.push(-1);
        this.personaBits.push(0);
        this.morePersonas.push(undefined);
        for (let channel = 0; channel < CHANNEL_COUNT; channel++) this.channelVotes.push(0);
        this.sources.push([]);
        this.sourceChannels.push([]);
        this.seen.push(new Uint8Array(16));
      }
      if (!cards.includes(card)) {
        cards.push(card);
        parts.push(text);
      }
    }
    this.textCards.push(cards.length === 1 ? (cards[0] ?? 0) : cards);
    this.textParts.push(parts);
    this.textRows.push(0);
    return id;
  }

  private count(card: number, row: number, source: number, persona: number, channel: number): void {
    // A row counts once per card even when two of its cells say it.
    if (this.lastRow[card] === row) return;
    this.lastRow[card] = row;
    if (this.firstRow[card] === -1) this.firstRow[card] = row;
    if (channel !== -1) {
      const slot = card * CHANNEL_COUNT + channel;
      this.channelVotes[slot] = (this.channelVotes[slot] ?? 0) + 1;
    }
    if (persona >= 0 && persona < 31) this.personaBits[card] = (this.personaBits[card] ?? 0) | (1 << persona);
    else if (persona >= 31) (this.morePersonas[card] ??= new Set()).add(persona);
    if (source < 0) {
      this.sources[card]?.push(source);
      if (this.tracksChannels) this.sourceChannels[card]?.push(channel);
      return;
    }
    // Each participant once per card: one bit per participant, the bitset grown on demand.
    let bits = this.seen[card] ?? new Uint8Array(16);
    const byte = source >>> 3;
    if (byte >= bits.length) {
      const bigger = new Uint8Array(Math.max(bits.length * 2, byte + 1));
      bigger.set(bits);
      bits = bigger;
      this.seen[card] = bits;
    }
    const mask = 1 << (source & 7);
    const current = bits[byte] ?? 0;
    if ((current & mask) !== 0) return;
    bits[byte] = current | mask;
    this.sources[card]?.push(source);
    if (this.tracksChannels) this.sourceChannels[card]?.push(channel);
  }
}
