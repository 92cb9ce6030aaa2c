import type { Journey } from '../model/journey.js';

/** The words of the comparison report (`parcours compare -o out.html`), French and English side by side. */
export interface ComparisonLabels {
  title: (before: string, after: string) => string;
  before: string;
  after: string;
  /** One sentence for the top of the report: stages up and down beyond noise, pains resolved and new. */
  summary: (up: number, down: number, resolved: number, added: number) => string;
  curves: string;
  curvesNote: string;
  deltas: string;
  stage: string;
  overall: string;
  change: string;
  significance: string;
  /** `p` comes with its relation: `= 0,012` or `< 0,001`. */
  significant: (p: string) => string;
  notSignificant: (p: string) => string;
  tooFew: (min: number) => string;
  noCount: string;
  onlyBefore: string;
  onlyAfter: string;
  renamedFrom: (name: string) => string;
  pains: string;
  added: string;
  resolved: string;
  persisting: string;
  none: string;
  mentions: (before: number, after: number) => string;
  touchpoints: string;
  touchpointsAdded: string;
  touchpointsGone: string;
  method: string;
  methodText: (alpha: string, min: number) => string;
  limits: string;
  noRespondents: string;
  generated: string;
}

/** "1 réponse", "3 réponses": French and English plurals by `Intl.PluralRules`. */
function plural(locale: Journey['locale'], count: number, one: string, other: string): string {
  return new Intl.PluralRules(locale).select(count) === 'one' ? one : other;
}

const FR: ComparisonLabels = {
  title: (before, after) => `Ce qui a changé : « ${before} » → « ${after} »`,
  before: 'Vague précédente',
  after: 'Nouvelle vague',
  summary: (up, down, resolved, added) =>
    `${up} ${plural('fr', up, 'étape s’améliore', 'étapes s’améliorent')} et ${down} ${plural('fr', down, 'se dégrade', 'se dégradent')} au-delà du bruit ; ` +
    `${resolved} ${plural('fr', resolved, 'point de douleur résolu', 'points de douleur résolus')}, ${added} ${plural('fr', added, 'nouveau', 'nouveaux')}.`,
  curves: 'Émotion par étape, avant et après',
  curvesNote: 'Pointillés : vague précédente. Trait plein : nouvelle vague. Échelle de −2 à +2.',
  deltas: 'Écarts par étape',
  stage: 'Étape',
  overall: 'Ensemble',
  change: 'Écart',
  significance: 'Au-delà du bruit ?',
  significant: (p) => `oui (p ${p})`,
  notSignificant: (p) => `non (p ${p})`,
  tooFew: (min) => `non testé : moins de ${min} réponses d’un côté`,
  noCount: 'non testé : pas de réponses dans les données',
  onlyBefore: 'seulement dans la vague précédente',
  onlyAfter: 'nouvelle étape',
  renamedFrom: (name) => `anciennement « ${name} »`,
  pains: 'Points de douleur',
  added: 'Nouveaux',
  resolved: 'Résolus',
  persisting: 'Toujours là',
  none: 'Aucun.',
  mentions: (before, after) => `${before} → ${after} ${plural('fr', after, 'mention', 'mentions')}`,
  touchpoints: 'Points de contact',
  touchpointsAdded: 'Nouveaux',
  touchpointsGone: 'Disparus',
  method: 'Méthode et limites',
  methodText: (alpha, min) =>
    `Test t de Welch sur les réponses de chaque vague (moyenne, écart-type et effectif par étape, personas réunis), bilatéral, seuil p < ${alpha}. ` +
    `Il n’est calculé qu’avec au moins ${min} réponses de chaque côté. Il suppose des réponses indépendantes : un participant qui s’exprime plusieurs fois sur une étape compte plusieurs fois. ` +
    `Un écart « au-delà du bruit » n’en dit pas la cause.`,
  limits: 'Les écarts sont calculés sur l’échelle de −2 à +2, quelle que soit l’échelle des fichiers.',
  noRespondents: 'Ces cartes ne donnent pas de nombre de réponses : les écarts sont montrés, mais aucun test ne peut dire s’ils dépassent le bruit.',
  generated: 'Comparaison générée par Parcours',
};

const EN: ComparisonLabels = {
  title: (before, after) => `What changed: “${before}” → “${after}”`,
  before: 'Previous wave',
  after: 'New wave',
  summary: (up, down, resolved, added) =>
    `${up} ${plural('en', up, 'stage', 'stages')} better and ${down} worse beyond noise; ` +
    `${resolved} ${plural('en', resolved, 'pain point', 'pain points')} resolved, ${added} new.`,
  curves: 'Emotion by stage, before and after',
  curvesNote: 'Dashed: previous wave. Solid: new wave. Scale from −2 to +2.',
  deltas: 'Change by stage',
  stage: 'Stage',
  overall: 'Overall',
  change: 'Change',
  significance: 'Beyond noise?',
  significant: (p) => `yes (p ${p})`,
  notSignificant: (p) => `no (p ${p})`,
  tooFew: (min) => `not tested: fewer than ${min} answers on one side`,
  noCount: 'not tested: no respondents in the data',
  onlyBefore: 'only in the previous wave',
  onlyAfter: 'new stage',
  renamedFrom: (name) => `formerly “${name}”`,
  pains: 'Pain points',
  added: 'New',
  resolved: 'Resolved',
  persisting: 'Still there',
  none: 'None.',
  mentions: (before, after) => `${before} → ${after} ${plural('en', after, 'mention', 'mentions')}`,
  touchpoints: 'Touchpoints',
  touchpointsAdded: 'New',
  touchpointsGone: 'Gone',
  method: 'Method and limits',
  methodText: (alpha, min) =>
    `Welch’s t-test on each wave’s answers (mean, standard deviation and count per stage, personas pooled), two-sided, threshold p < ${alpha}. ` +
    `It is run only with at least ${min} answers on each side. It assumes independent answers: a participant who speaks about a stage several times counts several times. ` +
    `A change “beyond noise” does not say what caused it.`,
  limits: 'Changes are computed on the −2 to +2 scale, whatever the files’ own scales.',
  noRespondents: 'These maps give no number of respondents: the changes are shown, but no test can say whether they are beyond noise.',
  generated: 'Comparison generated by Parcours',
};

/**
 * The comparison report's words for a language.
 *
 * @example comparisonLabels('fr').mentions(3, 1) // '3 → 1 mention'
 */
export function comparisonLabels(locale: Journey['locale']): ComparisonLabels {
  return locale === 'fr' ? FR : EN;
}
