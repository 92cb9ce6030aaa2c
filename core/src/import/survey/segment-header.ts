import { headerKey } from '../columns/header-key.js';

const SEGMENT_WORDS = /\b(type|class|classe|segment|categorie|category|profil|profile|tranche|band|bracket|group|groupe|tier|formule|abonnement|cible|cohort|cohorte|plan|offre)\b/;

/**
 * Whether a header says its column sorts respondents into groups ("Customer Type", "Classe",
 * "Tranche d'âge", "Formule"), which makes it a natural segment for a survey's personas.
 *
 * @example isSegmentHeader('Type de client') // true
 */
export function isSegmentHeader(header: string): boolean {
  return SEGMENT_WORDS.test(headerKey(header));
}
