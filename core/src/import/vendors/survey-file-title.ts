/** What survey tools add to an export's file name: responses sheets, dates, ranges, ids. */
const TOOL_SUFFIXES: readonly RegExp[] = [
  // Google Forms: "Trip (Responses) - Form Responses 1", "Voyage (réponses) - Réponses au formulaire 1".
  /\s*\((?:responses|réponses|reponses)\)(?:\s*-\s*.*)?$/i,
  /\s*-\s*(?:form responses|réponses au formulaire)\s*\d*$/i,
  // Qualtrics: "Trip survey_December 3, 2026_08.29" or "…_3 décembre 2026_08.29".
  /_[^_]*\d{4}_\d{1,2}\.\d{2}$/,
  // Microsoft Forms: "Trip survey(1-40)".
  /\s*\(\d+\s*-\s*\d+\)$/,
  // LimeSurvey "results-survey123456", Typeform "responses-AbC123…", any trailing date.
  /[-_\s]*\d{4}[-_.]\d{1,2}[-_.]\d{1,2}(?:[-_ T]\d{1,2}[-_.:]\d{2}(?:[-_.:]\d{2})?)?$/,
];
/** Words that only say the file came from a tool, and make no title alone. */
const TOOL_WORDS = /\b(?:google|forms?|microsoft|qualtrics|surveymonkey|survey monkey|typeform|limesurvey|lime survey|export|exports?|results?|résultats?|responses?|réponses?|data|données|csv|tsv|survey\d+|sheet\d*|feuille\d*|fr|en|final|copy|copie|v\d+)\b/gi;

/**
 * A title from a survey export's file name: folder, extension and what the tool adds (the responses
 * sheet, dates, ranges, ids) removed, dashes and underscores read as spaces; `undefined` when nothing
 * but the tool's words is left ("Google forms fr", "results-survey123456"), so the survey's own
 * question can title the map instead.
 *
 * @example surveyFileTitle('Trajets domicile-travail (réponses) - Réponses au formulaire 1.csv') // 'Trajets domicile-travail'
 * @example surveyFileTitle('Google forms fr.csv') // undefined
 */
export function surveyFileTitle(filename: string | undefined): string | undefined {
  let name = (filename ?? '').split(/[\\/]/).pop() ?? '';
  name = name.replace(/\.(?:csv|tsv|txt|xlsx?|ods)$/i, '').trim();
  for (const suffix of TOOL_SUFFIXES) name = name.replace(suffix, '').trim();
  name = name.replace(/[_]+/g, ' ').replace(/\s+-\s+/g, ' ').replace(/\s+/g, ' ').trim();
  const meaningful = name
    .replace(TOOL_WORDS, ' ')
    // Ids the tools put in names: letters and digits mixed ("qYzjKmR7").
    .replace(/\b(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{6,}\b/g, ' ').replace(/[\s\d_-]+/g, ' ').trim();
  if (meaningful.length < 3) return undefined;
  return (name.charAt(0).toUpperCase() + name.slice(1)).slice(0, 500);
}
