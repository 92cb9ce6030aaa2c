/** What `parcours compare` says on the terminal, French and English side by side. */
export interface CompareWords {
  cannotWrite: (output: string) => string;
  cannotImport: (file: string) => string;
  warnings: (file: string) => string;
  unknownPair: (name: string, file: string) => string;
  wrote: (output: string, stages: number, significant: number, added: number, resolved: number) => string;
  noRespondents: string;
}

const plural = (locale: 'fr' | 'en', count: number, one: string, other: string) => (new Intl.PluralRules(locale).select(count) === 'one' ? one : other);

const FR: CompareWords = {
  cannotWrite: (output) => `parcours : impossible d’écrire « ${output} » : utilisez .json, .html ou .svg`,
  cannotImport: (file) => `${file} : illisible`,
  warnings: (file) => `${file} : avertissements`,
  unknownPair: (name, file) => `parcours : pas d’étape « ${name} » dans ${file}`,
  wrote: (output, stages, significant, added, resolved) =>
    `${output} écrit (${stages} ${plural('fr', stages, 'étape', 'étapes')}, ${significant} ${plural('fr', significant, 'écart', 'écarts')} au-delà du bruit, ` +
    `${added} ${plural('fr', added, 'point de douleur nouveau', 'points de douleur nouveaux')}, ${resolved} ${plural('fr', resolved, 'résolu', 'résolus')})`,
  noRespondents: 'aucun nombre de réponses dans ces fichiers : pas de test de significativité',
};

const EN: CompareWords = {
  cannotWrite: (output) => `parcours: cannot write "${output}": use .json, .html or .svg`,
  cannotImport: (file) => `${file}: cannot be imported`,
  warnings: (file) => `${file}: warnings`,
  unknownPair: (name, file) => `parcours: no stage "${name}" in ${file}`,
  wrote: (output, stages, significant, added, resolved) =>
    `wrote ${output} (${stages} ${plural('en', stages, 'stage', 'stages')}, ${significant} ${plural('en', significant, 'change', 'changes')} beyond noise, ` +
    `${added} new ${plural('en', added, 'pain point', 'pain points')}, ${resolved} resolved)`,
  noRespondents: 'no respondent counts in these files: no significance test',
};

/** The words of `parcours compare` in a language. */
export function compareWords(locale: 'fr' | 'en'): CompareWords {
  return locale === 'fr' ? FR : EN;
}
