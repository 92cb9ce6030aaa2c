/**
 * Synthetic interview studies whose truth the tests compute from the rows themselves, never from
 * what the importer made: participants, their persona, and per stage a score on 1–5, a channel, a
 * touchpoint and a pain point, drawn from a seeded generator.
 */

/** One observation: one participant at one stage. */
export interface SyntheticRow {
  participant: string;
  persona: string;
  stage: string;
  score: number;
  channel: string;
  touchpoint: string;
  pain: string;
}

export interface SyntheticStudy {
  stages: string[];
  personas: string[];
  rows: SyntheticRow[];
  csv: string;
}

/** A small linear congruential generator: the same seed gives the same study on every machine. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PAINS = ['Prix peu clair', 'Attente trop longue', 'Formulaire qui plante', 'Pas de réponse'];
const CHANNELS = ['web', 'app', 'phone', 'store'];

/**
 * `participants` people split over `personas`, each visiting every stage except that the last
 * stage is visited by only `lastStageVisitors` of them (thin evidence there). Stage `s` has a
 * mood drawn around `moods[s]` (1–5). Channels and pains are drawn at random.
 */
export function syntheticStudy(options: { seed: number; participants: number; personas: string[]; stages: string[]; moods: number[]; lastStageVisitors: number }): SyntheticStudy {
  const random = seeded(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const rows: SyntheticRow[] = [];
  for (let p = 0; p < options.participants; p++) {
    const participant = `P${String(p + 1).padStart(4, '0')}`;
    const persona = options.personas[p % options.personas.length] ?? '';
    options.stages.forEach((stage, s) => {
      if (s === options.stages.length - 1 && p >= options.lastStageVisitors) return;
      const mood = options.moods[s] ?? 3;
      const score = Math.max(1, Math.min(5, Math.round(mood + (random() * 2 - 1) * 1.5)));
      const channel = pick(CHANNELS);
      rows.push({ participant, persona, stage, score, channel, touchpoint: `Point ${channel}`, pain: pick(PAINS) });
    });
  }
  const csv = ['participant;persona;étape;émotion;canal;point de contact;difficulté', ...rows.map((row) => [row.participant, row.persona, row.stage, row.score, row.channel, row.touchpoint, row.pain].join(';'))].join('\n');
  return { stages: options.stages, personas: options.personas, rows, csv };
}
