import type { Card, Emotion, Lane, Persona, Stage } from '../model/journey.js';
import type { EmotionScale, LabelScaleReport, Problem } from '../model/problem.js';
import type { Column } from './columns/column.js';
import type { CsvTable } from './csv/csv-table.js';
import type { ImportOptions } from './import-options.js';
import type { IdRegistry } from './names/id-registry.js';
import type { ProblemList } from './problem-list.js';

/** What every CSV format importer receives. */
export interface FormatContext {
  table: CsvTable;
  columns: Column[];
  locale: 'fr' | 'en';
  options: ImportOptions;
  warnings: ProblemList;
  ids: IdRegistry;
  /** Decisions for the report's notes. */
  notes: string[];
  /** Survey-tool metadata columns the format left out (personal ones included), for the report. */
  metadataColumns?: string[];
  /** Columns of personal data held back, for the report. */
  personalColumns?: string[];
  /** The question a survey's rating columns share, or their shared opening: the map's subtitle, or its title. */
  subtitle?: string;
  /** Labelled answer scales read as ratings, for the report. */
  labelScales?: LabelScaleReport[];
}

/** The journey content a format importer builds; identity (id, title, locale) is added by the caller. */
export interface JourneyParts {
  personas: Persona[];
  stages: Stage[];
  lanes: Lane[];
  cards: Card[];
  emotions: Emotion[];
  description?: string;
}

export type FormatOutcome =
  | { ok: true; parts: JourneyParts; scale: EmotionScale; rows: number }
  | { ok: false; problems: Problem[] };
