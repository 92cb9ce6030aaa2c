import type { Channel, Journey, PHASES } from '../model/journey.js';

/** The few words the layout writes itself, in the journey's language. */
export interface LayoutLabels {
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
  goals: string;
  motivations: string;
  frustrations: string;
  channels: Record<Channel, string>;
  /** Names of the canonical phases (`PHASES`), as a band shows them. */
  phases: Record<(typeof PHASES)[number], string>;
}

const FR: LayoutLabels = {
  emotions: 'Émotions',
  overall: 'Ensemble',
  more: (hidden) => `+${hidden} ${hidden > 1 ? 'autres' : 'autre'}`,
  updatedFromData: 'Données mises à jour',
  previousWave: 'Vague précédente',
  newPain: 'Nouveau',
  resolvedPain: (count) => (count > 1 ? `Résolu (était ×${count})` : 'Résolu'),
  goals: 'Objectifs',
  motivations: 'Motivations',
  frustrations: 'Frustrations',
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
  emotions: 'Emotions',
  overall: 'Overall',
  more: (hidden) => `+${hidden} more`,
  updatedFromData: 'Updated from data',
  previousWave: 'Previous wave',
  newPain: 'New',
  resolvedPain: (count) => (count > 1 ? `Resolved (was ×${count})` : 'Resolved'),
  goals: 'Goals',
  motivations: 'Motivations',
  frustrations: 'Frustrations',
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
