import type { Card } from '../model/journey.js';
import { emotionToken } from './emotion-face.js';
import { formatRating } from './format-score.js';
import type { LaneStyle } from './lane-style.js';
import { updatedKey } from './layout-key.js';
import type { LayoutLabels } from './layout-labels.js';
import type { LayoutMetrics } from './layout-metrics.js';
import type { Box, CardPrimitive, StickyPrimitive } from './primitive.js';

/**
 * The badge line of a card (touchpoint, opportunity): its channel, `#rank` and `×N`, as written,
 * and for a survey's card its mean on the file's scale (`3,7 / 5`), then its share of low ratings on
 * a second line (`28 % de notes basses`); `undefined` when it has none of them.
 *
 * @example cardBadge(card, labels, 2) // 'Site web · #2 · ×4'
 */
export function cardBadge(card: Card, labels: LayoutLabels, rank?: number): string | undefined {
  // Said over several channels: each with its own count, which add up to the card's.
  const split = channelLines(card, labels);
  let badge = split !== undefined ? split.map((line) => line.label).join(' · ') : card.channel !== undefined && card.channel !== 'other' ? labels.channels[card.channel] : '';
  if (rank !== undefined) badge += `${badge ? ' · ' : ''}#${rank}`;
  if (split === undefined && card.count !== undefined && card.count > 1) badge += `${badge ? ' · ' : ''}×${card.count}`;
  // A survey's touchpoint: its mean on the file's scale on the badge line, its low ratings on a line of their own.
  if (card.rating !== undefined) badge += `${badge ? ' · ' : ''}${formatRating(card.rating, labels.locale)}`;
  if (card.lowShare !== undefined) badge += `${badge ? '\n' : ''}${labels.lowShare(Math.round(card.lowShare * 100))}`;
  return badge === '' ? undefined : badge;
}

/**
 * The channel lines of a touchpoint said over several channels (`Card.channels`), most used first:
 * `Téléphone ×6`, `Site web ×4`; `undefined` for a card with one channel or none.
 *
 * @example channelLines(card, layoutLabels('fr'))?.map((line) => line.label) // ['Téléphone ×6', 'Site web ×4']
 */
export function channelLines(card: Card, labels: LayoutLabels): NonNullable<CardPrimitive['channels']> | undefined {
  if (card.channels === undefined || card.channels.length < 2) return undefined;
  return card.channels.map((entry) => ({ channel: entry.channel, count: entry.sources.length, label: `${labels.channels[entry.channel]} ×${entry.sources.length}` }));
}

/**
 * The sticky note or card drawn for one journey card. Its text is the card's text as written (no
 * wrapping, no `…`: renderers fit it to the box, boards wrap it themselves). A sticky said by
 * several people carries its `count`, a card its badge line, apart from the text (`boardText`
 * joins them for hosts with one text per item). `fontSize` defaults to the map's body font; on a
 * board whose items grow it is the font the grid plan chose for this card (`itemFit`). The data's
 * version of a card edited by hand on the board (`keptKey` given) takes the key
 * `updatedKey(keptKey)` and its text starts with the line "Updated from data", so the user tells
 * it from their own edit.
 *
 * @example cardPrimitive(card, { item: 'sticky', token: 'pain' }, box, metrics, labels).text // 'Prix peu clair'
 */
export function cardPrimitive(
  card: Card,
  style: LaneStyle,
  box: Box,
  metrics: LayoutMetrics,
  labels: LayoutLabels,
  rank?: number,
  fontSize = metrics.fontSize,
  keptKey?: string,
): StickyPrimitive | CardPrimitive {
  const count = card.count !== undefined && card.count > 1 ? card.count : undefined;
  const ref: NonNullable<StickyPrimitive['ref']> =
    card.personaId !== undefined
      ? { stageId: card.stageId, laneId: card.laneId, cardId: card.id, personaId: card.personaId }
      : { stageId: card.stageId, laneId: card.laneId, cardId: card.id };
  const key = keptKey !== undefined ? updatedKey(keptKey) : `card:${card.id}`;
  // The data's version of a card edited by hand says so on its first line, so the user tells it from their own.
  const text = keptKey !== undefined ? `${labels.updatedFromData}\n${card.text}` : card.text;

  if (style.item === 'sticky') {
    const token = style.token === 'neutral' && card.score !== undefined ? emotionToken(card.score) : style.token;
    // Literals with every field they will hold: adding a property later costs an allocation per card.
    if (card.sources.length > 0) {
      return count !== undefined
        ? { kind: 'sticky', key, box, style: token, text, fontSize, ref, count, sources: card.sources }
        : { kind: 'sticky', key, box, style: token, text, fontSize, ref, sources: card.sources };
    }
    return count !== undefined
      ? { kind: 'sticky', key, box, style: token, text, fontSize, ref, count }
      : { kind: 'sticky', key, box, style: token, text, fontSize, ref };
  }

  const badge = cardBadge(card, labels, rank);
  const result: CardPrimitive = { kind: 'card', key, box, style: style.token, text, fontSize, ref };
  if (badge !== undefined) result.badge = badge;
  if (card.channel !== undefined) result.channel = card.channel;
  if (card.count !== undefined) result.count = card.count;
  if (rank !== undefined) result.rank = rank;
  const channels = channelLines(card, labels);
  if (channels !== undefined) result.channels = channels;
  if (card.sources.length > 0) result.sources = card.sources;
  return result;
}
