/**
 * The words a survey import puts on the map, French and English side by side (one table per
 * feature, so they move together into the report codes).
 */
export const SURVEY_WORDS = {
  en: {
    /** The stage of a recommendation question, on the advocacy phase. */
    recommendation: 'Recommendation',
    /** The title of a survey whose file name and questions give none. */
    untitled: 'Survey',
    npsLane: 'Net Promoter Score',
    nps: (score: number, n: number) => `NPS ${signed(score)} (n = ${n})`,
    /** One segment's NPS: the segment named, since a card's persona shows only as a colour. */
    segmentNps: (segment: string, score: number, n: number) => `${segment}: NPS ${signed(score)} (n = ${n})`,
    /** Appended to the description's NPS line, so the HTML report states each segment's NPS in words. */
    bySegment: (parts: readonly { segment: string; score: number; n: number }[]) => `By segment: ${parts.map((part) => `${part.segment} ${signed(part.score)} (n = ${part.n})`).join(', ')}.`,
    email: '[e-mail]',
    phone: '[phone]',
  },
  fr: {
    recommendation: 'Recommandation',
    untitled: 'Enquête',
    npsLane: 'Net Promoter Score',
    nps: (score: number, n: number) => `NPS ${signed(score)} (n = ${n})`,
    segmentNps: (segment: string, score: number, n: number) => `${segment} : NPS ${signed(score)} (n = ${n})`,
    bySegment: (parts: readonly { segment: string; score: number; n: number }[]) => `Par segment : ${parts.map((part) => `${part.segment} ${signed(part.score)} (n = ${part.n})`).join(', ')}.`,
    email: '[e-mail]',
    phone: '[téléphone]',
  },
} as const;

/** A whole score with its sign, as NPS is written (`+12`, `−8`, `0`). */
function signed(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0';
}
