import type { ScaleHint } from '../emotion/scale-hint.js';
import type { ColumnQuestion } from './column-question.js';
import type { ColumnRole } from './column-role.js';
import type { MetadataVerdict } from './metadata-column.js';

/** One column of the table as the importer understands it; the report is written from these. */
export interface Column {
  /** 0-based position in the table. */
  index: number;
  /** The header as written, or `Column N` when the file leaves it blank. */
  header: string;
  role: ColumnRole | null;
  /** The header without a `[kind]` tag: a lane's title. */
  title: string;
  /** The title without a scale hint: an emotion lane's title, a survey column's touchpoint. */
  bareTitle: string;
  language?: 'fr' | 'en';
  scale?: ScaleHint;
  /** The role came from the caller's `columnMap` or an explicit `[kind]` tag, not from guessing. */
  forced: boolean;
  /** Whether the chosen format read this column. */
  used: boolean;
  /** What happened to it, for the report ("left out: free text", "read as a custom lane"). */
  note?: string;
  /** What it asked, when a survey tool's export says (grid row, sub-answer, question text). */
  question?: ColumnQuestion;
  /** Survey-tool metadata (dates, ids, e-mails…), when recognised: never a rating, never placed. */
  metadata?: MetadataVerdict;
}
