import { JourneySchema, LANE_KINDS, type Journey } from '../../core/src/model/journey.js';

const WORDS = ['Compare', 'les', 'offres', 'appli', 'conseiller', 'rappelle', 'frais', 'carte', 'agence', 'dossier', 'signature', 'validation'];

/**
 * A big journey for benchmarks: `stages` × `lanes` cells of `perCell` cards each (200 × 10 × 5 =
 * 10,000 cards), texts of 3–9 words, touchpoint channels and counts, a ranked opportunity lane, and
 * an emotion per stage for two personas. Deterministic.
 */
export function bigJourney(stages: number, lanes: number, perCell: number): Journey {
  const kinds = LANE_KINDS.filter((kind) => kind !== 'emotions');
  const laneList = Array.from({ length: lanes }, (_, index) => ({ id: `l${index}`, kind: kinds[index % kinds.length] ?? 'custom', title: `Lane ${index}` }));
  const cards = [];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let s = 0; s < stages; s++) {
    for (const lane of laneList) {
      for (let c = 0; c < perCell; c++) {
        const words = Array.from({ length: 3 + (next() % 7) }, () => WORDS[next() % WORDS.length]).join(' ');
        cards.push({
          id: `c${s}-${lane.id}-${c}`,
          stageId: `s${s}`,
          laneId: lane.id,
          text: words,
          ...(lane.kind === 'touchpoints' && { channel: 'web' as const, count: 1 + (next() % 40) }),
          ...(lane.kind === 'opportunities' && { priority: next() % 1000, count: 1 + (next() % 9) }),
          ...(lane.kind === 'painPoints' && { count: 1 + (next() % 5) }),
        });
      }
    }
  }
  return JourneySchema.parse({
    schemaVersion: 1,
    id: 'big',
    title: `Big journey ${stages} × ${lanes} × ${perCell}`,
    locale: 'fr',
    personas: [
      { id: 'p0', name: 'Claire' },
      { id: 'p1', name: 'Marc' },
    ],
    stages: Array.from({ length: stages }, (_, index) => ({ id: `s${index}`, name: `Étape ${index + 1}`, phase: ['awareness', 'consideration', 'purchase', 'retention', 'advocacy'][Math.floor((index * 5) / stages)] })),
    lanes: [...laneList, { id: 'feel', kind: 'emotions', title: 'Émotions' }],
    cards,
    emotions: Array.from({ length: stages }, (_, index) => [
      { stageId: `s${index}`, personaId: 'p0', score: Math.sin(index / 3) * 2, n: 12, min: -2, max: 2 },
      { stageId: `s${index}`, personaId: 'p1', score: Math.cos(index / 4) * 1.5, n: 9 },
    ]).flat(),
  });
}
