/**
 * The limits Parcours enforces before any work starts, with a clear message past them.
 * README lists them; tests prove each one.
 */
export const LIMITS = {
  /** Largest input file, in bytes. */
  fileBytes: 50 * 1024 * 1024,
  /** Most data rows in a CSV (observations, respondents or stages). */
  rows: 200_000,
  /** Most columns in a CSV. */
  columns: 500,
  /** Longest text in one cell or card, in characters. */
  textLength: 10_000,
  /** Most stages in one map. */
  stages: 500,
  /** Most cards in one stage × lane cell; more are summarised in the report. */
  cardsPerCell: 100,
  /** Most host items one map may place. */
  itemsPerMap: 25_000,
} as const;
