import type { EmotionScale, InputFormat } from '../model/problem.js';
import type { ColumnRole } from './columns/column-role.js';
import type { ReadWorkbook } from './workbook/workbook.js';

/**
 * Overrides for `importJourney`. Everything is optional: detection fills in what is not given, and
 * the report says what was detected so the panel can offer to change it.
 *
 * @example importJourney(bytes, { filename: 'parcours.csv', scale: '1-5', columnMap: { Ressenti: 'emotion' } })
 */
export interface ImportOptions {
  /**
   * The file's name: named in every problem, and the journey's title when none is stated
   * (`titleFromFileName`: wave, version and date markers dropped). Never the journey's id, which
   * follows the stated title, else the stages (`journeyIdOf`), so the next wave finds its map.
   */
  filename?: string | undefined;
  /** Read the input as this format instead of detecting it. */
  format?: InputFormat | undefined;
  /** Read emotions on this scale instead of detecting it. */
  scale?: EmotionScale | undefined;
  /** Split CSV cells on this delimiter instead of detecting it. */
  delimiter?: ',' | ';' | '\t' | undefined;
  /** The journey's title, which also names it (`journeyIdOf`); default: a title row, else one from the file name. */
  title?: string | undefined;
  /** The journey's language (default: the headers' language). */
  locale?: 'fr' | 'en' | undefined;
  /** Roles for columns, by header as written (any case or accents): the panel's remap control. */
  columnMap?: Readonly<Record<string, ColumnRole>> | undefined;
  /**
   * Roles remembered from earlier files, by header (the panel's past remaps), matched like
   * `columnMap` but quietly skipped when this file has no such column (or the role is unknown):
   * a remap that does not apply here is no mistake. For the same column, `columnMap` wins.
   *
   * @example importJourney(bytes, { rememberedColumnMap: { Ressenti: 'emotion', Canal: 'channel' } }) // no warning when the file has no "Canal"
   */
  rememberedColumnMap?: Readonly<Record<string, ColumnRole>> | undefined;
  /** Survey matrices: the header of the column whose values become personas. */
  segmentColumn?: string | undefined;
  /** Interview data: the most quotes kept per stage × lane cell (default 3). */
  maxQuotesPerCell?: number | undefined;
  /**
   * Workbooks: the sheet to read, by name (any case) or 1-based position; default the first sheet
   * that holds data. The report lists every sheet so the panel can offer the others.
   */
  sheet?: string | number | undefined;
  /**
   * Workbooks: the reader (`readWorkbook` from `core/src/import/workbook/read-workbook.ts`). Passed
   * in so that only callers opening a workbook load it; without it a workbook gets a problem.
   */
  readWorkbook?: ReadWorkbook | undefined;
}
