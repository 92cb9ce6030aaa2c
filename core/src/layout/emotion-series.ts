import type { Emotion, Journey } from '../model/journey.js';
import type { StyleToken } from './primitive.js';
import { OVERALL_SLOT, personaSlots } from './persona-slots.js';
import { safeColor } from './safe-color.js';

/** One curve of the emotion lane: the emotions of one persona (or of everyone) stage by stage. */
export interface EmotionSeries {
  /** The persona id, or `_` for emotions given for everyone. */
  key: string;
  personaId?: string;
  name: string;
  token: StyleToken;
  /** The persona's own colour, when it has a valid one. */
  color?: string;
  /** The emotion of each drawn stage, by stage index; the first one given wins. */
  byStage: (Emotion | undefined)[];
  /** By stage index: the point rests on few answers and is drawn hollow (`withEvidence`). */
  thin?: boolean[];
  /** The curve is inferred from verbatims and drawn dashed (`withEvidence`). */
  estimated?: boolean;
}

/**
 * Groups a journey's emotions into curves: everyone's first (when some emotions name no persona),
 * then each persona with emotions, in the journey's persona order. A persona keeps its colour
 * token (`persona<slot>`, its slot from `personaSlots`, by name) wherever it appears and from file
 * to file; the everyone curve takes `OVERALL_SLOT`.
 *
 * @example emotionSeries(journey, stageIndex, 'Overall').map((series) => series.key) // ['_', 'p-commuter']
 */
export function emotionSeries(
  journey: Journey,
  stageIndex: ReadonlyMap<string, number>,
  overallName: string,
): EmotionSeries[] {
  const stageCount = stageIndex.size;
  const byKey = new Map<string, (Emotion | undefined)[]>();
  for (const emotion of journey.emotions) {
    const index = stageIndex.get(emotion.stageId);
    if (index === undefined) continue;
    const key = emotion.personaId ?? '_';
    let row = byKey.get(key);
    if (!row) {
      row = new Array<Emotion | undefined>(stageCount).fill(undefined);
      byKey.set(key, row);
    }
    if (row[index] === undefined) row[index] = emotion;
  }
  const series: EmotionSeries[] = [];
  const overall = byKey.get('_');
  if (overall) {
    series.push({ key: '_', name: overallName, token: `persona${OVERALL_SLOT}`, byStage: overall });
  }
  const slots = personaSlots(journey.personas);
  journey.personas.forEach((persona, index) => {
    const row = byKey.get(persona.id);
    if (!row) return;
    const color = safeColor(persona.color);
    const one: EmotionSeries = { key: persona.id, personaId: persona.id, name: persona.name, token: `persona${slots.get(persona.id) ?? index}`, byStage: row };
    if (color !== undefined) one.color = color;
    series.push(one);
  });
  return series;
}
