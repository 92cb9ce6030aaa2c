import type { Card } from '../model/journey.js';
import { emotionToken } from './emotion-face.js';
import { fitText } from './fit-text.js';
import type { LaneStyle } from './lane-style.js';
import { updatedKey } from './layout-key.js';
import type { LayoutLabels } from './layout-labels.js';
import type { LayoutMetrics } from './layout-metrics.js';
import type { Box, CardPrimitive, StickyPrimitive } from './primitive.js';

/**
 * The sticky note or card drawn for one journey card, its text fitted to the box. A sticky whose
 * card was said by several people ends with a `×N` line; a card (touchpoint, opportunity) starts
 * with its badge line (channel, `#rank`, `×N`). Everything shown is in `text`, so a host that only
 * shows text shows it all and a sync hash sees every change; the full card text is kept in
 * `fullText` whenever it had to be shortened. The data's version of a card edited by hand on the
 * board (`keptKey` given) takes the key `updatedKey(keptKey)` and starts with the words "Updated
 * from data" (its first line of text, under a card's badge), so the user tells it from their own edit.
 *
 * @example cardPrimitive(card, { item: 'sticky', token: 'pain' }, box, metrics, labels).text // 'Prix peu clair\n×3'
 */
export function cardPrimitive(
  card: Card,
  style: LaneStyle,
  box: Box,
  metrics: LayoutMetrics,
  labels: LayoutLabels,
  rank?: number,
  keptKey?: string,
): StickyPrimitive | CardPrimitive {
  const { pad, fontSize, lineHeight } = metrics;
  const mark = keptKey !== undefined ? labels.updatedFromData : '';
  const width = box.w - 2 * pad;
  const count = card.count !== undefined && card.count > 1 ? card.count : undefined;
  const ref: NonNullable<StickyPrimitive['ref']> =
    card.personaId !== undefined
      ? { stageId: card.stageId, laneId: card.laneId, cardId: card.id, personaId: card.personaId }
      : { stageId: card.stageId, laneId: card.laneId, cardId: card.id };
  const key = keptKey !== undefined ? updatedKey(keptKey) : `card:${card.id}`;

  if (style.item === 'sticky') {
    const countLine = count !== undefined ? `×${count}` : '';
    const markLines = mark ? fitText(mark, { width, maxLines: 2, fontSize }).lines : [];
    const maxLines = Math.floor((box.h - 2 * pad) / lineHeight) - (countLine ? 1 : 0) - markLines.length;
    const body = fitText(card.text, { width, maxLines, fontSize });
    const token = style.token === 'neutral' && card.score !== undefined ? emotionToken(card.score) : style.token;
    const lines = body.lines.join('\n');
    const text = mark ? `${markLines.join('\n')}\n${lines}` : lines;
    // Literals with every field they will hold: adding a property later costs an allocation per card.
    if (count !== undefined) {
      return body.shortened
        ? { kind: 'sticky', key, box, style: token, text: `${text}\n${countLine}`, fullText: card.text, fontSize, ref, count }
        : { kind: 'sticky', key, box, style: token, text: `${text}\n${countLine}`, fontSize, ref, count };
    }
    return body.shortened
      ? { kind: 'sticky', key, box, style: token, text, fullText: card.text, fontSize, ref }
      : { kind: 'sticky', key, box, style: token, text, fontSize, ref };
  }

  let badgeText = card.channel !== undefined && card.channel !== 'other' ? labels.channels[card.channel] : '';
  if (rank !== undefined) badgeText += `${badgeText ? ' · ' : ''}#${rank}`;
  if (count !== undefined) badgeText += `${badgeText ? ' · ' : ''}×${count}`;
  const badge = badgeText ? fitText(badgeText, { width, maxLines: 1, fontSize: metrics.smallFont, bold: true }).lines[0] : undefined;
  const markLine = mark ? fitText(mark, { width, maxLines: 1, fontSize }).lines[0] : undefined;
  const maxLines = (badge !== undefined ? metrics.cardBodyLines : Math.floor((box.h - 2 * pad) / lineHeight)) - (markLine !== undefined ? 1 : 0);
  const body = fitText(card.text, { width, maxLines, fontSize });
  const bodyText = markLine !== undefined ? `${markLine}\n${body.lines.join('\n')}` : body.lines.join('\n');
  const result: CardPrimitive = { kind: 'card', key, box, style: style.token, text: badge !== undefined ? `${badge}\n${bodyText}` : bodyText, fontSize, ref };
  if (body.shortened) result.fullText = card.text;
  if (badge !== undefined) result.badge = badge;
  if (card.channel !== undefined) result.channel = card.channel;
  if (card.count !== undefined) result.count = card.count;
  if (rank !== undefined) result.rank = rank;
  return result;
}
