import type { Journey } from '../model/journey.js';
import type { MomentKind } from '../insight/journey-insights.js';

/** The words of the evidence marks on the map, French and English side by side. */
export interface EvidenceLabels {
  moments: Record<MomentKind, string>;
  /** A stage resting on few answers, with how many. */
  fewAnswers: (n: number) => string;
  /** The legend line of hollow points. */
  hollowLegend: (minEvidence: number) => string;
  /** The legend line of dashed curves. */
  estimated: string;
}

const plural = (locale: 'fr' | 'en', n: number) => new Intl.PluralRules(locale).select(n);

const FR: EvidenceLabels = {
  moments: { lowest: 'Point le plus bas', largestDrop: 'Plus forte baisse', widestSpread: 'Avis les plus partagés', mostReportedPain: 'Irritant le plus cité' },
  fewAnswers: (n) => `Peu de réponses (${n} ${plural('fr', n) === 'one' ? 'réponse' : 'réponses'})`,
  hollowLegend: (min) => `○ peu de réponses (moins de ${min})`,
  estimated: '- - estimée d’après les verbatims',
};

const EN: EvidenceLabels = {
  moments: { lowest: 'Lowest point', largestDrop: 'Biggest drop', widestSpread: 'Most disagreement', mostReportedPain: 'Most reported pain' },
  fewAnswers: (n) => `Few answers (${n} ${plural('en', n) === 'one' ? 'answer' : 'answers'})`,
  hollowLegend: (min) => `○ few answers (fewer than ${min})`,
  estimated: '- - estimated from verbatims',
};

/**
 * The evidence marks' words for a journey's locale.
 *
 * @example evidenceLabels('fr').fewAnswers(1) // 'Peu de réponses (1 réponse)'
 */
export function evidenceLabels(locale: Journey['locale']): EvidenceLabels {
  return locale === 'fr' ? FR : EN;
}
