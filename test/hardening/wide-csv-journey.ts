/**
 * Journeys the wide CSV can express, and the content a wide CSV round trip keeps: for the round-trip
 * properties of `npm test` and `npm run fuzz`.
 */
import fc from 'fast-check';
import { CHANNELS, LANE_KINDS, type Card, type Journey, type LaneKind } from '../../core/src/index.js';

/** Words and signs that stress the wide CSV: delimiters, quotes, formula starts, brackets, channel words. */
const WORD = fc.oneof(
  fc.constantFrom('Voit', 'une', 'pub', 'Reads', 'review', 'prix', 'élevé', '"quoted"', 'a;b', 'c,d', 'tab\there', '=SUM(A1)', '+33', '-x', '@home', "'=z", "'", '(Paris)', '(web)', 'email', 'Site', 'web', 'app', '😀', '👨‍👩‍👧', 'اكتشاف', 'e\u0301', '42', '3,5', '|', '<b>', '&amp;', '#'),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 }),
);

/**
 * A text the wide CSV can hold in one cell line: words joined by single spaces, nothing blank at its
 * ends, no line break or ` | ` (they separate cards), no list marker in front (it would be dropped).
 */
const cellText = fc
  .array(WORD, { minLength: 1, maxLength: 5 })
  .map((words) => words.join(' ').replace(/\s+/g, ' ').trim())
  .filter((text) => text !== '' && !text.includes(' | ') && !/^(?:[-•*–·]|\d+[.)])\s/.test(text));

/** Lane titles, including ones that are also the names of structural columns. */
const LANE_TITLE = fc.oneof(
  fc.constantFrom('Actions', 'Points de contact', 'Touchpoints', 'Pain points', 'Difficultés', 'Thoughts', 'Opportunités', 'Notes', 'Stage', 'Phase', 'Description', 'Emotion', 'Persona', 'Channel', 'Participant', 'Étape', 'Segment', 'NPS', 'Questions'),
  cellText,
);

/** A score the export writes and reads back exactly: any double in −2…+2 but −0. */
const SCORE = fc.double({ min: -2, max: 2, noNaN: true }).map((value) => (value === 0 ? 0 : value));

/**
 * Journeys the wide CSV expresses: stages, whose names may repeat (phase, description), lanes in any order with at
 * most one emotions lane, cards by cell (touchpoints with their channel), one emotion per stage when
 * there is an emotions lane. Not expressed, so not generated: personas, per-persona emotions, card
 * counts, scores, priorities, sources.
 */
export const wideCsvJourney: fc.Arbitrary<Journey> = fc
  .record({
    locale: fc.constantFrom('en' as const, 'fr' as const),
    stages: fc.array(fc.record({ name: cellText, phase: fc.option(cellText, { nil: undefined }), description: fc.option(cellText, { nil: undefined }) }), {
      minLength: 1,
      maxLength: 5,
    }),
    lanes: fc.array(fc.record({ kind: fc.constantFrom(...LANE_KINDS.filter((kind): kind is Exclude<LaneKind, 'emotions'> => kind !== 'emotions')), title: LANE_TITLE }), { minLength: 1, maxLength: 4 }),
    emotionLane: fc.option(fc.record({ at: fc.nat(4), title: fc.constantFrom('Emotion', 'Émotion', 'Ressenti', 'Feeling') }), { nil: undefined }),
    cells: fc.array(fc.array(fc.array(fc.record({ text: cellText, channel: fc.constantFrom(...CHANNELS) }), { maxLength: 3 }), { minLength: 5, maxLength: 5 }), { minLength: 5, maxLength: 5 }),
    scores: fc.array(fc.option(SCORE, { nil: undefined }), { minLength: 5, maxLength: 5 }),
  })
  .map(({ locale, stages, lanes, emotionLane, cells, scores }) => {
    const laneList: Journey['lanes'] = lanes.map((lane, index) => ({ id: `lane-${index}`, kind: lane.kind, title: lane.title }));
    if (emotionLane !== undefined) laneList.splice(Math.min(emotionLane.at, laneList.length), 0, { id: 'lane-emotions', kind: 'emotions', title: emotionLane.title });
    const cards: Card[] = [];
    stages.forEach((_, stage) =>
      laneList.forEach((lane, laneIndex) => {
        if (lane.kind === 'emotions') return;
        for (const [index, card] of (cells[stage]?.[laneIndex] ?? []).entries()) {
          const each: Card = { id: `card-${stage}-${laneIndex}-${index}`, stageId: `stage-${stage}`, laneId: lane.id, text: card.text, sources: [] };
          if (lane.kind === 'touchpoints') each.channel = card.channel;
          cards.push(each);
        }
      }),
    );
    const journey: Journey = {
      schemaVersion: 1,
      id: 'wide',
      title: 'Wide',
      locale,
      personas: [],
      stages: stages.map((stage, index) => ({
        id: `stage-${index}`,
        name: stage.name,
        ...(stage.phase === undefined ? {} : { phase: stage.phase }),
        ...(stage.description === undefined ? {} : { description: stage.description }),
      })),
      lanes: laneList,
      cards,
      emotions:
        emotionLane === undefined
          ? []
          : stages.flatMap((_, index) => {
              const score = scores[index];
              return score === undefined ? [] : [{ stageId: `stage-${index}`, score }];
            }),
    };
    return journey;
  });

/**
 * What a wide CSV round trip keeps, with ids replaced by positions (the import makes its own ids).
 * The language is not kept: the import reads it from the headers, and lane titles may be in either.
 */
export function wideCsvContent(journey: Journey) {
  const laneIndex = new Map(journey.lanes.map((lane, index) => [lane.id, index]));
  return {
    stages: journey.stages.map((stage) => ({
      name: stage.name,
      phase: stage.phase,
      description: stage.description,
      cells: journey.lanes.map((lane) =>
        journey.cards.filter((card) => card.stageId === stage.id && card.laneId === lane.id).map((card) => ({ text: card.text, channel: card.channel })),
      ),
      emotion: journey.emotions.find((emotion) => emotion.stageId === stage.id && emotion.personaId === undefined)?.score,
    })),
    lanes: journey.lanes.map((lane) => ({ kind: lane.kind, title: lane.title, at: laneIndex.get(lane.id) })),
  };
}
