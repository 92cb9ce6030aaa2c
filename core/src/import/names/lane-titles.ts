import type { LaneKind } from '../../model/journey.js';

/**
 * Lane titles for lanes whose title the file does not give (interview and survey data), in the
 * journey's language.
 *
 * @example LANE_TITLES.fr.painPoints // 'Difficultés'
 */
export const LANE_TITLES: Record<'fr' | 'en', Record<LaneKind, string>> = {
  en: {
    actions: 'Actions',
    touchpoints: 'Touchpoints',
    painPoints: 'Pain points',
    questions: 'Questions',
    thoughts: 'Quotes',
    emotions: 'Emotions',
    opportunities: 'Opportunities',
    frontstage: 'Frontstage',
    backstage: 'Backstage',
    support: 'Support processes',
    custom: 'Notes',
  },
  fr: {
    actions: 'Actions',
    touchpoints: 'Points de contact',
    painPoints: 'Difficultés',
    questions: 'Questions',
    thoughts: 'Verbatims',
    emotions: 'Émotions',
    opportunities: 'Opportunités',
    frontstage: 'Frontstage',
    backstage: 'Backstage',
    support: 'Processus support',
    custom: 'Notes',
  },
};
