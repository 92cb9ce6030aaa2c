import type { Journey } from '../model/journey.js';

/** The words of the HTML report, in the journey's language. */
export interface RenderLabels {
  map: string;
  personas: string;
  goals: string;
  motivations: string;
  frustrations: string;
  figures: string;
  stage: string;
  phase: string;
  emotion: string;
  range: string;
  /** The share of low ratings (survey data), e.g. "34 % notes basses". */
  lowShare: (percent: number) => string;
  opportunities: string;
  noOpportunities: string;
  legend: string;
  cards: string;
  mentions: (count: number) => string;
  priority: string;
  generated: string;
  scale: string;
}

const FR: RenderLabels = {
  map: 'Carte du parcours',
  personas: 'Personas',
  goals: 'Objectifs',
  motivations: 'Motivations',
  frustrations: 'Frustrations',
  figures: 'Chiffres par étape',
  stage: 'Étape',
  phase: 'Phase',
  emotion: 'Émotion',
  range: 'min–max',
  lowShare: (percent) => `${percent} % de notes basses`,
  opportunities: 'Opportunités classées',
  noOpportunities: 'Aucune opportunité dans ce parcours.',
  legend: 'Légende',
  cards: 'cartes',
  mentions: (count) => `cité ${count} fois`,
  priority: 'priorité',
  generated: 'Carte générée par Parcours',
  scale: 'Échelle d’émotion, de −2 à +2',
};

const EN: RenderLabels = {
  map: 'Journey map',
  personas: 'Personas',
  goals: 'Goals',
  motivations: 'Motivations',
  frustrations: 'Frustrations',
  figures: 'Figures by stage',
  stage: 'Stage',
  phase: 'Phase',
  emotion: 'Emotion',
  range: 'min–max',
  lowShare: (percent) => `${percent}% low scores`,
  opportunities: 'Ranked opportunities',
  noOpportunities: 'No opportunities in this journey.',
  legend: 'Legend',
  cards: 'cards',
  mentions: (count) => `mentioned ${count} times`,
  priority: 'priority',
  generated: 'Map made with Parcours',
  scale: 'Emotion scale, −2 to +2',
};

/**
 * The report's own words for a journey's locale.
 *
 * @example renderLabels('fr').opportunities // 'Opportunités classées'
 */
export function renderLabels(locale: Journey['locale']): RenderLabels {
  return locale === 'fr' ? FR : EN;
}
