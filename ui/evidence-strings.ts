/** The panel's words for the evidence of a card and the thin-evidence option, French and English side by side. */
export interface EvidenceStrings {
  pickHint: string;
  whoSaid: string;
  saidBy: (count: number) => string;
  quotes: string;
  noQuotes: string;
  more: (hidden: number) => string;
  close: string;
  noSources: string;
  minEvidence: string;
}

const plural = (locale: 'fr' | 'en', n: number) => new Intl.PluralRules(locale).select(n) === 'one';

const FR: EvidenceStrings = {
  pickHint: 'Cliquez une carte de l’aperçu pour voir qui l’a dit.',
  whoSaid: 'Qui l’a dit',
  saidBy: (n) => `Dit par ${n.toLocaleString('fr-FR')} ${plural('fr', n) ? 'personne' : 'personnes'}`,
  quotes: 'Leurs verbatims à cette étape',
  noQuotes: 'Aucun verbatim de ces personnes à cette étape.',
  more: (n) => `et ${n.toLocaleString('fr-FR')} de plus`,
  close: 'Fermer',
  noSources: 'Cette carte ne garde pas qui l’a dite (modèle ou fichier sans répondants).',
  minEvidence: 'Réponses minimum par étape',
};

const EN: EvidenceStrings = {
  pickHint: 'Click a card in the preview to see who said it.',
  whoSaid: 'Who said it',
  saidBy: (n) => `Said by ${n.toLocaleString('en-US')} ${plural('en', n) ? 'person' : 'people'}`,
  quotes: 'Their quotes at this stage',
  noQuotes: 'No quotes from these people at this stage.',
  more: (n) => `and ${n.toLocaleString('en-US')} more`,
  close: 'Close',
  noSources: 'This card does not keep who said it (a template, or a file without respondents).',
  minEvidence: 'Minimum answers per stage',
};

/**
 * The evidence words for the panel's language.
 *
 * @example evidenceStrings('fr').saidBy(12) // 'Dit par 12 personnes'
 */
export function evidenceStrings(locale: 'fr' | 'en'): EvidenceStrings {
  return locale === 'fr' ? FR : EN;
}
