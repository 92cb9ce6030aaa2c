import { normalizeKey } from '../../core/src/import/names/normalize-key.js';
import { stableId } from '../../core/src/model/stable-id.js';

/**
 * The ids import gives, written from their documented recipe so tests state the contract rather
 * than copy hashes: stage = name + occurrence, lane = kind + title, card = stage + lane + text (+
 * occurrence in wide files), persona = name.
 * NPS cards: stage + lane + persona + column.
 */
export const ids = {
  stage: (name: string, occurrence = 0) => stableId('stage', normalizeKey(name), occurrence),
  lane: (kind: string, title: string) => stableId('lane', kind, normalizeKey(title)),
  wideCard: (stageId: string, laneId: string, text: string, occurrence = 0) => stableId('card', stageId, laneId, normalizeKey(text), occurrence),
  card: (stageId: string, laneId: string, text: string) => stableId('card', stageId, laneId, normalizeKey(text)),
  /** A recommendation question's NPS card: stage + lane + persona (or none) + the column's position. */
  npsCard: (stageId: string, laneId: string, personaId: string | undefined, column: number) => stableId('card', stageId, laneId, personaId ?? '', column),
  persona: (name: string) => stableId('persona', normalizeKey(name)),
  journey: (title: string) => stableId('journey', normalizeKey(title)),
  /** A journey with no stated title: named by the set of its stage names, whatever their order. */
  journeyOfStages: (...names: string[]) => stableId('journey', 'stages', ...[...new Set(names.map(normalizeKey))].sort()),
};
