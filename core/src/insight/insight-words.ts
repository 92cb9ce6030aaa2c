import type { Journey } from '../model/journey.js';

/** The sentences of the evidence report (HTML and `parcours validate`), French and English side by side. */
export interface InsightWords {
  everyone: string;
  momentsTitle: string;
  lowEvidenceTitle: string;
  channelsTitle: string;
  switchesTitle: string;
  sourcesTitle: string;
  noLowEvidence: (min: number) => string;
  lowest: (where: string, who: string, score: string) => string;
  largestDrop: (from: string, to: string, who: string, drop: string) => string;
  widestSpread: (where: string, who: string, range: string) => string;
  mostReportedPain: (text: string, where: string, who: string, count: number) => string;
  thin: (where: string, n: number, min: number) => string;
  mix: (where: string, shares: string, respondents: number) => string;
  share: (channel: string, percent: number) => string;
  switched: (from: string, to: string, where: string, count: number, of: number) => string;
  estimated: string;
  /** Why an opportunity ranks where it does: "said by 12 · stage at −1.4". */
  reason: (count: number, score: string | undefined) => string;
  suggested: string;
  suggestedNote: string;
  saidBy: (count: number) => string;
  /** A list of sources cut short: "and 4,988 more". */
  more: (hidden: number) => string;
}

const plural = (locale: 'fr' | 'en', n: number) => new Intl.PluralRules(locale).select(n) === 'one';
const people = (locale: 'fr' | 'en', n: number) => (locale === 'fr' ? `${n} ${plural('fr', n) ? 'personne' : 'personnes'}` : `${n} ${plural('en', n) ? 'person' : 'people'}`);
const frNumber = (n: number) => n.toLocaleString('fr-FR').replace(/\u202f|\u00a0/g, ' ');

const FR: InsightWords = {
  everyone: 'ensemble',
  momentsTitle: 'Moments de vérité',
  lowEvidenceTitle: 'Peu de réponses',
  channelsTitle: 'Canaux par étape',
  switchesTitle: 'Changements de canal',
  sourcesTitle: 'Qui l’a dit',
  noLowEvidence: (min) => `Chaque étape repose sur au moins ${min} réponses.`,
  lowest: (where, who, score) => `Point le plus bas (${who}) : ${where}, ${score}`,
  largestDrop: (from, to, who, drop) => `Plus forte baisse (${who}) : ${from} → ${to}, −${drop}`,
  widestSpread: (where, who, range) => `Avis les plus partagés (${who}) : ${where}, écart min–max ${range}`,
  mostReportedPain: (text, where, who, count) => `Irritant le plus cité (${who}) : « ${text} » à ${where}, ${people('fr', count)}`,
  thin: (where, n, min) => `${where} : ${n} ${plural('fr', n) ? 'réponse' : 'réponses'} (moins de ${min})`,
  mix: (where, shares, n) => `${where} : ${shares} (${people('fr', n)})`,
  share: (channel, percent) => `${channel} ${percent} %`,
  switched: (from, to, where, count, of) => `${from} → ${to} à ${where} : ${count} sur ${of}`,
  estimated: 'Émotions estimées d’après les verbatims (lexiques VADER et Pattern, mots du parcours) : aucune note dans le fichier ; jamais mélangées à des notes.',
  reason: (count, score) => `cité par ${people('fr', count)}${score !== undefined ? ` · étape à ${score}` : ''}`,
  suggested: 'suggestion',
  suggestedNote: 'Pas de colonne d’opportunités : les irritants les plus cités sont proposés comme pistes, à valider.',
  saidBy: (count) => `dit par ${people('fr', count)}`,
  more: (hidden) => `et ${frNumber(hidden)} de plus`,
};

const EN: InsightWords = {
  everyone: 'everyone',
  momentsTitle: 'Moments of truth',
  lowEvidenceTitle: 'Few answers',
  channelsTitle: 'Channels by stage',
  switchesTitle: 'Channel switches',
  sourcesTitle: 'Who said it',
  noLowEvidence: (min) => `Every stage rests on at least ${min} answers.`,
  lowest: (where, who, score) => `Lowest point (${who}): ${where}, ${score}`,
  largestDrop: (from, to, who, drop) => `Biggest drop (${who}): ${from} → ${to}, −${drop}`,
  widestSpread: (where, who, range) => `Most disagreement (${who}): ${where}, min–max range ${range}`,
  mostReportedPain: (text, where, who, count) => `Most reported pain (${who}): “${text}” at ${where}, ${people('en', count)}`,
  thin: (where, n, min) => `${where}: ${n} ${plural('en', n) ? 'answer' : 'answers'} (fewer than ${min})`,
  mix: (where, shares, n) => `${where}: ${shares} (${people('en', n)})`,
  share: (channel, percent) => `${channel} ${percent}%`,
  switched: (from, to, where, count, of) => `${from} → ${to} at ${where}: ${count} of ${of}`,
  estimated: 'Emotions estimated from verbatims (VADER and Pattern lexicons, journey words): the file has no scores; never mixed with scores.',
  reason: (count, score) => `said by ${people('en', count)}${score !== undefined ? ` · stage at ${score}` : ''}`,
  suggested: 'suggestion',
  suggestedNote: 'No opportunity column: the most reported pain points are offered as leads to check.',
  saidBy: (count) => `said by ${people('en', count)}`,
  more: (hidden) => `and ${hidden.toLocaleString('en-US')} more`,
};

/**
 * The evidence report's words for a journey's locale.
 *
 * @example insightWords('fr').switched('web', 'téléphone', 'Souscription', 9, 30) // 'web → téléphone à Souscription : 9 sur 30'
 */
export function insightWords(locale: Journey['locale']): InsightWords {
  return locale === 'fr' ? FR : EN;
}
