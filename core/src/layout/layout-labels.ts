import type { Channel, Journey, PHASES } from '../model/journey.js';

/** The few words the layout writes itself, in the journey's language. */
export interface LayoutLabels {
  /** The language these words are in: numbers follow it (`3,7` in French). */
  locale: Journey['locale'];
  emotions: string;
  overall: string;
  more: (hidden: number) => string;
  /** Marks the data's version of a card the user edited by hand, drawn beside their edit. */
  updatedFromData: string;
  /** The previous wave of a study, drawn dashed beside the new one. */
  previousWave: string;
  /** Marks a pain point no one named in the previous wave. */
  newPain: string;
  /** Marks a pain point of the previous wave no one names any more, with how many named it then. */
  resolvedPain: (count: number) => string;
  /** Marks, above its name, a stage of the previous wave the new one no longer has (« étape » is feminine). */
  removedStage: string;
  goals: string;
  motivations: string;
  frustrations: string;
  channels: Record<Channel, string>;
  /** A survey's share of low ratings, as a whole percentage: `28 % de notes basses`. */
  lowShare: (percent: number) => string;
  /** Names of the canonical phases (`PHASES`), as a band shows them. */
  phases: Record<(typeof PHASES)[number], string>;
}

const FR: LayoutLabels = {
  locale: 'fr',
  emotions: 'Émotions',
  overall: 'Ensemble',
  more: (hidden) => `+${hidden} ${hidden > 1 ? 'autres' : 'autre'}`,
  updatedFromData: 'Données mises à jour',
  previousWave: 'Vague précédente',
  newPain: 'Nouveau',
  resolvedPain: (count) => (count > 1 ? `Résolu (était ×${count})` : 'Résolu'),
  removedStage: 'Étape retirée',
  goals: 'Objectifs',
  motivations: 'Motivations',
  frustrations: 'Frustrations',
  // A no-break space before % (French typography), so a board never wraps "28" away from "%".
  lowShare: (percent) => `${percent}\u00a0% de notes basses`,
  channels: {
    web: 'Site web',
    app: 'Appli',
    email: 'E-mail',
    phone: 'Téléphone',
    store: 'Agence',
    social: 'Réseaux sociaux',
    chat: 'Chat',
    mail: 'Courrier',
    other: 'Autre',
  },
  phases: {
    awareness: 'Sensibilisation',
    consideration: 'Considération',
    purchase: 'Achat',
    retention: 'Fidélisation',
    advocacy: 'Recommandation',
  },
};

const EN: LayoutLabels = {
  locale: 'en',
  emotions: 'Emotions',
  overall: 'Overall',
  more: (hidden) => `+${hidden} more`,
  updatedFromData: 'Updated from data',
  previousWave: 'Previous wave',
  newPain: 'New',
  resolvedPain: (count) => (count > 1 ? `Resolved (was ×${count})` : 'Resolved'),
  removedStage: 'Stage removed',
  goals: 'Goals',
  motivations: 'Motivations',
  frustrations: 'Frustrations',
  lowShare: (percent) => `${percent}% low scores`,
  channels: {
    web: 'Web',
    app: 'App',
    email: 'Email',
    phone: 'Phone',
    store: 'Store',
    social: 'Social',
    chat: 'Chat',
    mail: 'Mail',
    other: 'Other',
  },
  phases: {
    awareness: 'Awareness',
    consideration: 'Consideration',
    purchase: 'Purchase',
    retention: 'Retention',
    advocacy: 'Advocacy',
  },
};

/**
 * The layout's own words for a journey's locale.
 *
 * @example layoutLabels('fr').more(3) // '+3 autres'
 */
export function layoutLabels(locale: Journey['locale']): LayoutLabels {
  return locale === 'fr' ? FR : EN;
}
