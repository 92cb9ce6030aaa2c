import { headerKey } from '../columns/header-key.js';
import { splitGridHeader, splitMatrixHeader } from './split-grid-header.js';
import type { ColumnQuestion } from '../columns/column-question.js';
import type { VendorLayout, VendorName } from './vendor-layout.js';

/** How far down a vendor's header is looked for (an Excel title row may come first). */
const SEARCH_RECORDS = 5;

/**
 * Column names each tool always writes, compared by `headerKey`; a header holding `least` of them is
 * that tool's. Sources, one per tool:
 * - Qualtrics, "Understanding your dataset": https://www.qualtrics.com/support/survey-platform/data-and-analysis-module/data/download-data/understanding-your-dataset/
 *   ("CSV and TSV files come with 3 rows of headers": field id, question text, `{"ImportId":…}`).
 * - SurveyMonkey, user manual, "All responses collected" spreadsheet (Respondent ID, Collector ID,
 *   StartDate, EndDate, IP Address, Email Address, First Name, Last Name; "Response" under each
 *   question): https://manualzilla.com/doc/6873108/surveymonkey-user-manual
 * - Google Forms: the responses sheet starts with Timestamp (French: Horodateur) and names grid
 *   columns `Question [Row]`: http://danaleeling.blogspot.com/2023/05/converting-likert-survey-words-in.html
 * - Microsoft Forms: ID, Start time, Completion time, Email, Name (French: Heure de début, Heure de
 *   fin, Adresse de messagerie, Nom), then one column per question. The search tool had no page of
 *   Microsoft's on the export's columns: these are the names the issue (#16) gives.
 * - Typeform: #, then the questions, then Start Date (UTC), Submit Date (UTC), Network ID; the
 *   Responses API documents the same fields (landed_at, submitted_at, metadata.network_id):
 *   https://www.typeform.com/developers/responses/reference/retrieve-responses/
 * - LimeSurvey: id, submitdate, lastpage, startlanguage, seed, then one column per question, array
 *   rows coded `Q1[SQ001]` ("Question code" headings) or `Question [Row]` ("Full question text"):
 *   https://limesurvey.org/manual/Tab_Separated_Value_survey_structure (question and sub-question codes).
 */
const MARKERS: readonly { vendor: VendorName; names: readonly string[]; least: number }[] = [
  { vendor: 'qualtrics', names: ['StartDate', 'EndDate', 'Status', 'IPAddress', 'Progress', 'Duration (in seconds)', 'Finished', 'RecordedDate', 'ResponseId', 'ResponseID', 'DistributionChannel', 'UserLanguage'], least: 3 },
  {
    vendor: 'surveymonkey',
    names: ['Respondent ID', 'Collector ID', 'IP Address', 'Email Address', 'First Name', 'Last Name', 'Custom Data 1', 'ID du répondant', 'ID du collecteur', 'Adresse IP', 'Adresse e-mail', 'Prénom', 'Nom', 'Données personnalisées 1'],
    least: 2,
  },
  { vendor: 'limesurvey', names: ['id', 'submitdate', 'lastpage', 'startlanguage', 'seed', 'startdate', 'datestamp', 'ipaddr', 'refurl'], least: 3 },
  { vendor: 'typeform', names: ['#', 'Start Date (UTC)', 'Submit Date (UTC)', 'Stage Date (UTC)', 'Network ID', 'Response Type', 'Tags'], least: 3 },
  {
    vendor: 'microsoft-forms',
    names: ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified time', 'Heure de début', 'Heure de fin', 'Adresse de messagerie', 'Nom', 'Heure de la dernière modification'],
    least: 3,
  },
];
/** Google Forms starts with the submission time, and that one cell is its mark. */
const GOOGLE_FIRST = new Set(['timestamp', 'horodateur', 'horodatage', 'marca temporal', 'zeitstempel']);
/** What SurveyMonkey writes under a question that has a single answer column. */
const SINGLE_ANSWER = new Set(['response', 'open ended response', 'reponse', 'reponse ouverte', 'other please specify', 'autre veuillez preciser']);
const MARKER_KEYS = MARKERS.map((marker) => ({ ...marker, keys: new Set(marker.names.map(exactKey)) }));

/**
 * Recognises a survey tool's export from its first records (a title row above it allowed): the tool,
 * its header records (Qualtrics' three, SurveyMonkey's two), and what each column asked (grid rows,
 * matrix rows, sub-answers). Works on any table of records, a CSV's or a workbook's. Returns
 * `undefined` when no tool's layout fits, and the CSV is read as before.
 *
 * @example readVendorLayout([['StartDate', 'EndDate', 'Progress', 'Q1_1'], ['Start Date', 'End Date', 'Progress', 'Rate each step - Booking'], ['{"ImportId":"startDate"}', …], …])?.vendor // 'qualtrics'
 */
export function readVendorLayout(records: readonly (readonly string[])[]): VendorLayout | undefined {
  const end = Math.min(records.length, SEARCH_RECORDS);
  for (let index = 0; index < end; index++) {
    const record = records[index] ?? [];
    if (record.every((cell) => cell.trim() === '')) continue;
    const layout = layoutAt(records, index);
    if (layout !== undefined) return layout;
  }
  return undefined;
}

function layoutAt(records: readonly (readonly string[])[], index: number): VendorLayout | undefined {
  const record = records[index] ?? [];
  const keys = record.map(exactKey);
  if (GOOGLE_FIRST.has(keys[0] ?? '')) return oneRow('google-forms', record, index);
  const marker = MARKER_KEYS.find((candidate) => keys.filter((key) => candidate.keys.has(key)).length >= candidate.least);
  if (marker === undefined) return undefined;
  switch (marker.vendor) {
    case 'qualtrics':
      return qualtrics(records, index);
    case 'surveymonkey':
      return surveyMonkey(records, index);
    default:
      return oneRow(marker.vendor, record, index);
  }
}

/** Qualtrics: ids, then question texts, then (since 2017) the `{"ImportId":…}` record. */
function qualtrics(records: readonly (readonly string[])[], index: number): VendorLayout {
  const codes = (records[index] ?? []).map((cell) => cell.trim());
  const texts = (records[index + 1] ?? []).map((cell) => cell.trim());
  const third = records[index + 2] ?? [];
  const importIds = third.some((cell) => cell.trim().startsWith('{"ImportId"') || cell.trim().startsWith("{'ImportId'"));
  const prefixes = new Map<string, number>();
  for (const text of texts) {
    const at = text.lastIndexOf(' - ');
    if (at > 0) prefixes.set(text.slice(0, at).trim(), (prefixes.get(text.slice(0, at).trim()) ?? 0) + 1);
  }
  const questions = codes.map((code, column) => {
    const text = texts[column] ?? '';
    if (text === '' && code === '') return undefined;
    return splitMatrixHeader(text === '' ? code : text, code, (prefix) => (prefixes.get(prefix) ?? 0) >= 2);
  });
  const header = codes.map((code, column) => displayHeader(questions[column], code));
  return { vendor: 'qualtrics', firstHeader: index, headerRows: importIds ? 3 : 2, header, questions };
}

/** SurveyMonkey: the question once, over all its columns; the sub-answer (or "Response") below. */
function surveyMonkey(records: readonly (readonly string[])[], index: number): VendorLayout {
  const top = (records[index] ?? []).map((cell) => cell.trim());
  const below = (records[index + 1] ?? []).map((cell) => cell.trim());
  const width = Math.max(top.length, below.length);
  const questions: (ColumnQuestion | undefined)[] = [];
  let current = '';
  for (let column = 0; column < width; column++) {
    const asked = top[column] ?? '';
    const sub = below[column] ?? '';
    if (asked !== '') current = asked;
    if (current === '' && sub === '') {
      questions.push(undefined);
      continue;
    }
    const single = sub === '' || SINGLE_ANSWER.has(headerKey(sub));
    questions.push(single ? { text: asked !== '' ? asked : current } : { text: current, row: sub });
  }
  const header = questions.map((question, column) => displayHeader(question, top[column] ?? ''));
  return { vendor: 'surveymonkey', firstHeader: index, headerRows: 2, header, questions };
}

/** Google Forms, Microsoft Forms, Typeform, LimeSurvey: one header record, grid rows in brackets. */
function oneRow(vendor: VendorName, record: readonly string[], index: number): VendorLayout {
  const questions = record.map((cell) => (cell.trim() === '' ? undefined : splitGridHeader(cell)));
  const header = record.map((cell) => cell.trim());
  return { vendor, firstHeader: index, headerRows: 1, header, questions };
}

/** The header a researcher reads for a column: `Question [Row]`, the question, else the code. */
function displayHeader(question: ColumnQuestion | undefined, code: string): string {
  if (question === undefined) return code;
  return question.row === undefined ? question.text : `${question.text} [${question.row}]`;
}

/** Exact comparison key for marker names: case, accents and spaces only (`#` kept, brackets kept). */
function exactKey(cell: string): string {
  return cell
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
