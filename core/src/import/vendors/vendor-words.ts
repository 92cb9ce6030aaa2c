import type { ImportReport, SurveyVendor } from '../../model/problem.js';

/** The tools' own names: proper nouns, the same in both languages. */
export const VENDOR_NAMES: Readonly<Record<SurveyVendor, string>> = {
  qualtrics: 'Qualtrics',
  surveymonkey: 'SurveyMonkey',
  'google-forms': 'Google Forms',
  'microsoft-forms': 'Microsoft Forms',
  typeform: 'Typeform',
  limesurvey: 'LimeSurvey',
};

/** `one` or `other` for a count, as `Intl.PluralRules` says for integers (French: 0 and 1 are singular). */
function plural(lang: 'fr' | 'en', count: number): 'one' | 'other' {
  return lang === 'fr' ? (count < 2 ? 'one' : 'other') : count === 1 ? 'one' : 'other';
}

/** French numbers as French readers write them (`−2`, `+2`; no decimals here). */
function signed(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0';
}

/**
 * Every sentence the survey-tool import says, French and English side by side, so they move
 * together into the report codes (one table per feature).
 */
export const VENDOR_WORDS = {
  en: {
    exportOf: (vendor: SurveyVendor) => `${VENDOR_NAMES[vendor]} export`,
    headerRows: (count: number) => `${count} header ${plural('en', count) === 'one' ? 'row' : 'rows'}`,
    metadataLeftOut: (count: number) => `${count} metadata ${plural('en', count) === 'one' ? 'column' : 'columns'} left out`,
    personalHeldBack: (columns: readonly string[]) => `personal data held back, never placed nor exported: ${columns.join(', ')}`,
    labelScale: (labels: readonly string[], columns: number) =>
      `answers read as a ${labels.length}-point scale: ${labels[0] ?? ''} (${signed(-2)}) … ${labels[labels.length - 1] ?? ''} (${signed(2)}), in ${columns} ${plural('en', columns) === 'one' ? 'column' : 'columns'}`,
    colon: ':',
  },
  fr: {
    exportOf: (vendor: SurveyVendor) => `Export ${VENDOR_NAMES[vendor]}`,
    headerRows: (count: number) => `${count} ${plural('fr', count) === 'one' ? "ligne d'en-tête" : "lignes d'en-tête"}`,
    metadataLeftOut: (count: number) => `${count} ${plural('fr', count) === 'one' ? 'colonne de métadonnées écartée' : 'colonnes de métadonnées écartées'}`,
    personalHeldBack: (columns: readonly string[]) => `données personnelles retenues, jamais placées ni exportées : ${columns.join(', ')}`,
    labelScale: (labels: readonly string[], columns: number) =>
      `réponses lues comme une échelle à ${labels.length} niveaux : ${labels[0] ?? ''} (${signed(-2)}) … ${labels[labels.length - 1] ?? ''} (${signed(2)}), dans ${columns} ${plural('fr', columns) === 'one' ? 'colonne' : 'colonnes'}`,
    colon: ' :',
  },
} as const;

/**
 * What the report says about a survey tool's export, in the reader's language: the tool, its header
 * rows and the metadata left out; the personal data held back; each labelled scale read as ratings.
 * Empty when the file was no tool's export and had none of these.
 *
 * @example vendorSummary(report, 'en') // ['Qualtrics export: 3 header rows, 17 metadata columns left out', 'personal data held back, never placed nor exported: IP Address, …']
 */
export function vendorSummary(report: Pick<ImportReport, 'vendor' | 'metadataColumns' | 'personalColumns' | 'labelScales'>, lang: 'fr' | 'en'): string[] {
  const words = VENDOR_WORDS[lang];
  const lines: string[] = [];
  const metadata = report.metadataColumns?.length ?? 0;
  if (report.vendor !== undefined) {
    const parts = [words.headerRows(report.vendor.headerRows), words.metadataLeftOut(metadata)];
    lines.push(`${words.exportOf(report.vendor.name)}${words.colon} ${parts.join(', ')}`);
  } else if (metadata > 0) {
    lines.push(capitalise(words.metadataLeftOut(metadata)));
  }
  if (report.personalColumns !== undefined && report.personalColumns.length > 0) lines.push(capitalise(words.personalHeldBack(report.personalColumns)));
  for (const scale of report.labelScales ?? []) lines.push(capitalise(words.labelScale(scale.labels, scale.columns.length)));
  return lines;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
