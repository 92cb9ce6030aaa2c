/**
 * Words that date or number a file rather than name a study: a wave, round or version (with or
 * without its number), a date or any bare number, a month, a copy marker. Tested one token at a time,
 * lower-cased, after the name is split on separators.
 */
const NOISE = [
  /^\d+$/, // 2024, 03, 1 (dates and counters split on their separators)
  /^\(\d+\)$/, // "export (1)": the browser's copy marker
  /^(wave|vague|round|tour|version|ver|v|w|t|q|s|phase)\d*$/, // wave1, v2, q3 (and the word alone before its number)
  /^\d+(st|nd|rd|th|e|er|eme|ème|re)$/, // 2nd, 2e, 1er
  /^(final|finale|def|definitif|définitif|copy|copie|draft|brouillon|export|new|nouveau|nouvelle|old|bis|latest|clean|propre|vf)$/,
  /^(jan|janv|janvier|january|feb|fev|fév|fevrier|février|february|mar|mars|march|apr|avr|avril|april|may|mai|jun|juin|june|jul|juil|juillet|july|aug|aou|aoû|aout|août|august|sep|sept|septembre|september|oct|octobre|october|nov|novembre|november|dec|déc|decembre|décembre|december)$/,
];

/** Tokens written in capitals whatever the file says: language codes and research acronyms. */
const CAPITALS = new Set(['fr', 'en', 'de', 'es', 'nl', 'pt', 'uk', 'nps', 'csat', 'ces', 'ux', 'ui', 'b2b', 'b2c', 'crm', 'faq', 'sav', 'rh', 'hr', 'kpi', 'rgpd', 'gdpr']);

const isNoise = (token: string): boolean => NOISE.some((pattern) => pattern.test(token.toLowerCase()));

/**
 * A journey title made from a file name, for when neither the user nor the file states one: folder
 * and extension dropped, the wave, version, date and copy markers at either end dropped (so every
 * wave of a study gets the same title), separators read as spaces, language codes and research
 * acronyms in capitals, and the first letter capitalised when the name was written in lower case
 * (a name in capitals throughout is put in sentence case). Empty when nothing is left.
 *
 * @example titleFromFileName('fr-interviews_wave1.csv') // 'FR interviews'
 * @example titleFromFileName('Parcours banque - 2024-03-15 (1).xlsx') // 'Parcours banque'
 * @example titleFromFileName('ENQUETE_NPS_V2.csv') // 'Enquete NPS'
 */
export function titleFromFileName(filename: string): string {
  const base = (filename.split(/[\\/]/).pop() ?? '').replace(/\.[a-z0-9]{1,5}$/i, '');
  const tokens = base.split(/[\s_\-–—.,;+]+/).filter((token) => token !== '');
  let start = 0;
  let end = tokens.length;
  while (end > start && isNoise(tokens[end - 1] ?? '')) end--;
  while (start < end && isNoise(tokens[start] ?? '')) start++;
  const kept = end > start ? tokens.slice(start, end) : tokens;
  const shouting = kept.some((token) => token.length > 4 && /\p{L}/u.test(token)) && kept.every((token) => token === token.toUpperCase());
  const words = kept.map((token) => {
    if (CAPITALS.has(token.toLowerCase())) return token.toUpperCase();
    return shouting ? token.toLowerCase() : token;
  });
  const title = words.join(' ');
  return title.charAt(0).toUpperCase() + title.slice(1);
}
