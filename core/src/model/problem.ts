/** A value a coded message carries: a number, a text from the file, a list of names, or a nested message. */
export type MessageParam = string | number | boolean | string[] | Message;

/**
 * Something core tells the user: `code` names it for the word tables (`core/src/words/`), `params`
 * fill it in, `message` is its English wording (for logs and callers that print as they get).
 * The panel and the CLI word it in the user's language with `wordMessage`; a message without a
 * code (a host's own error text) is shown as it stands.
 */
export interface Message {
  message: string;
  code?: string;
  params?: Record<string, MessageParam>;
}

/**
 * One thing wrong with the input, located as precisely as we can: a 1-based file row (the header is
 * row 1), a column name as written in the file, and the model field concerned (a JSON path such as
 * `cards[3].stageId`).
 */
export interface Problem extends Message {
  file?: string;
  /** The workbook sheet the row is on. */
  sheet?: string;
  row?: number;
  column?: string;
  field?: string;
}

/** Formats `importJourney` understands. */
export type InputFormat = 'wide-csv' | 'interview-csv' | 'survey-csv' | 'json' | 'mermaid';

/** The emotion scales we detect and normalise to −2…+2. */
export type EmotionScale =
  | '1-5'
  | '1-7'
  | '1-10'
  | '0-10'
  | '0-5'
  | '-3..3'
  | '-2..2'
  | 'percent'
  | 'words'
  | 'none';

/** The survey tools whose export layouts are recognised (see `core/src/import/vendors/`). */
export const SURVEY_VENDORS = ['qualtrics', 'surveymonkey', 'google-forms', 'microsoft-forms', 'typeform', 'limesurvey'] as const;
export type SurveyVendor = (typeof SURVEY_VENDORS)[number];

/** A labelled answer scale read as ratings (Likert labels), and the columns that use it. */
export interface LabelScaleReport {
  /** Its labels, lowest first; they are spread evenly over −2…+2. */
  labels: string[];
  columns: string[];
}

/** How one column of the file was understood. */
export interface ColumnMapping {
  /** The header as written in the file. */
  header: string;
  /** 0-based column index. */
  index: number;
  /** What it maps to (`stage`, `action`, `emotion`, `rating`, `segment`, …), or `null` when unknown. */
  role: string | null;
  /** Why an ignored column was left out (survey matrices: "looks like ids", "free text"…), in English. */
  note?: string;
  /** `note` as a coded message, for the panel and the CLI to word in the user's language. */
  said?: Message;
}

/** What the importer saw and decided, shown by `parcours validate` and the panel. */
export interface ImportReport {
  file?: string;
  format: InputFormat;
  /** Why this format was chosen ("a participant column and repeated stages"). */
  formatReason?: string;
  encoding?: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  delimiter?: ',' | ';' | '\t';
  scale?: EmotionScale;
  columns: ColumnMapping[];
  unknownColumns: string[];
  rows: number;
  stages: number;
  cards: number;
  personas: number;
  /** What `rows` counts: CSV rows, JSON objects (stages and cards), Mermaid lines. */
  unit?: 'rows' | 'objects' | 'lines';
  /** Other decisions worth telling the user (scale source, segment column, skipped preamble, NPS…), coded as problems are. */
  notes?: Message[];
  /** The survey tool whose export this is, and how many header records its layout takes. */
  vendor?: { name: SurveyVendor; headerRows: number };
  /** Survey-tool metadata columns left out (dates, durations, progress, ids, languages…), personal ones included. */
  metadataColumns?: string[];
  /** Columns of personal data (e-mails, names, IP addresses, phone numbers, coordinates): never placed, never exported. */
  personalColumns?: string[];
  /** Labelled answer scales read as ratings. */
  labelScales?: LabelScaleReport[];
}

/** A workbook's sheets: the one read and every visible one, in tab order, so another can be chosen. */
export interface SheetChoice {
  read: string;
  names: string[];
}

export type ImportResult =
  | { ok: true; journey: import('./journey.js').Journey; report: ImportReport; warnings: Problem[]; sheets?: SheetChoice }
  | { ok: false; report?: ImportReport; problems: Problem[]; sheets?: SheetChoice };

/** Formats a problem in English as one readable line (`wordProblem` words it in the user's language). */
export function formatProblem(problem: Problem): string {
  const where: string[] = [];
  if (problem.file !== undefined) where.push(problem.file);
  if (problem.sheet !== undefined) where.push(problem.sheet);
  if (problem.row !== undefined) where.push(`row ${problem.row}`);
  if (problem.column !== undefined) where.push(`column "${problem.column}"`);
  if (problem.field !== undefined && problem.column === undefined) where.push(`field ${problem.field}`);
  return where.length > 0 ? `${where.join(', ')}: ${problem.message}` : problem.message;
}
