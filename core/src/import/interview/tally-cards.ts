import { CHANNELS, type Card, type Lane, type Persona, type Stage } from '../../model/journey.js';
import { LIMITS } from '../../model/limits.js';
import type { EmotionStats } from '../emotion/emotion-stats.js';
import type { IdRegistry } from '../names/id-registry.js';
import { inferChannel } from '../names/infer-channel.js';
import { normalizeKey } from '../names/normalize-key.js';
import type { ProblemList } from '../problem-list.js';
import type { LaneTally, TalliedText } from './lane-tally.js';
import { opportunityPriority } from './opportunity-priority.js';
import { say } from '../../words/say.js';

/** What turning what participants said into cards needs of the import. */
export interface CardNaming {
  ids: IdRegistry;
  /** A source's name: the participant's, or `row N`. */
  sourceName: (source: number) => string;
  personas: readonly Persona[];
}

/**
 * The cards of one text lane: per stage, what `tally` counted, most said first (opportunities by
 * priority: count × negativity of the stage's emotion), at most `LIMITS.cardsPerCell` per cell, with
 * a warning for a cell that holds more.
 *
 * @example tallyCards(tally, painPoints, stages, byStage, naming, warnings) // [{ text: 'Too many apps', count: 7, sources: ['P1', …] }, …]
 */
export function tallyCards(
  tally: LaneTally | undefined,
  lane: Lane,
  stages: readonly Stage[],
  byStage: readonly EmotionStats[],
  naming: CardNaming,
  warnings: ProblemList,
): Card[] {
  const cards: Card[] = [];
  const merged = tally?.cards(stages.length) ?? [];
  stages.forEach((stage, index) => {
    const tallied = merged[index] ?? [];
    const stageScore = byStage[index]?.mean;
    const ranked = lane.kind === 'opportunities' ? rankOpportunities(tallied, stageScore) : tallied;
    if (ranked.length > LIMITS.cardsPerCell) {
      warnings.add('full cells', {
        ...say('interview.tooManyTexts', { stage: stage.name, lane: lane.title, texts: ranked.length, max: LIMITS.cardsPerCell }),
      });
    }
    for (const text of ranked.slice(0, LIMITS.cardsPerCell)) cards.push(tallyCard(stage, lane, text, stageScore, naming));
  });
  return cards;
}

/** Opportunities by priority (count × negativity of the stage's emotion), then count, then first said. */
function rankOpportunities(tallied: TalliedText[], stageScore: number | undefined): TalliedText[] {
  return [...tallied].sort(
    (a, b) =>
      opportunityPriority(b.sources.length, stageScore) - opportunityPriority(a.sources.length, stageScore) ||
      b.sources.length - a.sources.length ||
      a.firstRow - b.firstRow,
  );
}

/**
 * Who used which channel for a touchpoint said over several (`Card.channels`), most used first;
 * `undefined` when its sources used one channel or none.
 */
function channelSources(text: TalliedText, naming: CardNaming): Card['channels'] {
  const byChannel = new Map<number, string[]>();
  text.sourceChannels.forEach((channel, index) => {
    if (channel < 0) return;
    let list = byChannel.get(channel);
    if (list === undefined) {
      list = [];
      byChannel.set(channel, list);
    }
    list.push(naming.sourceName(text.sources[index] ?? 0));
  });
  if (byChannel.size < 2) return undefined;
  return [...byChannel]
    .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
    .map(([channel, sources]) => ({ channel: CHANNELS[channel] ?? 'other', sources }));
}

function tallyCard(stage: Stage, lane: Lane, text: TalliedText, stageScore: number | undefined, naming: CardNaming): Card {
  const card: Card = {
    id: naming.ids.take('card', stage.id, lane.id, normalizeKey(text.text)),
    stageId: stage.id,
    laneId: lane.id,
    text: text.text,
    count: text.sources.length,
    sources: text.sources.map(naming.sourceName),
  };
  if (lane.kind === 'touchpoints') {
    const channel = text.channel ?? inferChannel(text.text);
    if (channel !== undefined) card.channel = channel;
    const channels = channelSources(text, naming);
    if (channels !== undefined) card.channels = channels;
  }
  if (lane.kind === 'opportunities') card.priority = opportunityPriority(text.sources.length, stageScore);
  const personaIds = text.personas.map((persona) => naming.personas[persona]?.id).filter((id): id is string => id !== undefined);
  if (personaIds.length === 1) card.personaId = personaIds[0] ?? '';
  else if (personaIds.length > 1) card.personaIds = personaIds;
  return card;
}
