import Papa from 'papaparse';

/**
 * A deterministic French rail-satisfaction survey matrix (samples/survey-fr.csv): one row per
 * respondent with an id, a customer type (the segment), an age, ten ratings on 1–10 (most headers
 * `Stage / Touchpoint`), a free-text comment and a 0–10 recommendation question (NPS).
 */
const RATINGS: readonly { header: string; mean: readonly [number, number, number] }[] = [
  { header: 'Réservation / Site web', mean: [7.5, 6.5, 7] },
  { header: 'Réservation / Appli mobile', mean: [8, 6, 8] },
  { header: 'Gare / Accueil', mean: [6.5, 6, 5.5] },
  { header: 'Gare / Information voyageurs', mean: [5, 4.5, 4] },
  { header: 'À bord / Confort', mean: [7, 7.5, 6] },
  { header: 'À bord / Propreté', mean: [6, 6.5, 5.5] },
  { header: 'À bord / Wi-Fi', mean: [3.5, 4, 2.5] },
  { header: 'Ponctualité', mean: [4.5, 6, 3.5] },
  { header: 'Arrivée / Correspondances', mean: [6, 5, 5.5] },
  { header: 'Service client', mean: [5.5, 6.5, 5] },
];
const SEGMENTS = ['Abonné', 'Occasionnel', 'Professionnel'] as const;
const COMMENTS = [
  'Le Wi-Fi ne marche jamais entre Lyon et Paris',
  'Très bon accueil en gare, merci',
  'Trop de retards le lundi matin',
  'L’appli est pratique pour changer de billet',
  'Information voyageurs confuse en cas de travaux',
  'Sièges confortables, voiture propre',
  'Impossible de joindre le service client',
  'Correspondance ratée à cause du retard',
  '',
  '',
];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes the survey with `respondents` rows, `;`-separated, CRLF, as French Excel exports it.
 *
 * @example generateSurveyCsv(150, 11).split('\r\n')[0] // 'Répondant;Type de client;Âge;Réservation / Site web;…'
 */
export function generateSurveyCsv(respondents: number, seed: number): string {
  const next = random(seed);
  const header = ['Répondant', 'Type de client', 'Âge', ...RATINGS.map((rating) => rating.header), 'Commentaire', 'Probabilité de recommander (0 à 10)'];
  const rows: string[][] = [header];
  for (let index = 0; index < respondents; index++) {
    const segment = Math.floor(next() * SEGMENTS.length);
    const ratings = RATINGS.map((rating) => {
      if (next() < 0.05) return '';
      const value = Math.round((rating.mean[segment] ?? 5) + (next() - 0.5) * 5);
      return String(Math.min(10, Math.max(1, value)));
    });
    const nps = Math.min(10, Math.max(0, Math.round(6 + (next() - 0.4) * 8)));
    rows.push([
      `R${String(index + 1).padStart(3, '0')}`,
      SEGMENTS[segment] ?? '',
      String(18 + Math.floor(next() * 58)),
      ...ratings,
      COMMENTS[Math.floor(next() * COMMENTS.length)] ?? '',
      String(nps),
    ]);
  }
  return `${Papa.unparse(rows, { delimiter: ';', newline: '\r\n' })}\r\n`;
}
