/**
 * The public face of Parcours core: import, export, comparison of waves, layout, render and sync planning.
 * Pure: no DOM, no host API, no I/O.
 */

// The journey model
export * from './model/journey.js';
export { checkJourney } from './model/check-journey.js';
export * from './model/problem.js';
export { messageOf } from './model/message-of.js';
export * from './model/limits.js';
export { stableId, hashText } from './model/stable-id.js';
export { migrateJourney, JOURNEY_MIGRATIONS, type JourneyMigration } from './model/migrate-journey.js';

// Import
export { importJsonJourney, zodProblems } from './import/json/import-json.js';
export { importMermaid } from './import/mermaid/import-mermaid.js';
export { decodeMermaidText, encodeMermaidText, type EncodeMermaidOptions } from './import/mermaid/mermaid-entities.js';
export { importJourney } from './import/import-journey.js';
export type { ImportOptions } from './import/import-options.js';
// The workbook reader itself (fflate and saxes) is behind a second door, `workbook-reader.ts`:
// hosts load it when a workbook is opened and pass it as `readWorkbook`.
export { workbookKind, type WorkbookKind } from './import/workbook/workbook-kind.js';
export type { ReadWorkbook, Workbook, WorkbookSheet } from './import/workbook/workbook.js';
export { decodeText, type DecodedText, type TextEncodingName } from './import/text/decode-text.js';
export { encodeText } from './import/text/encode-text.js';
export { COLUMN_ROLES, type ColumnRole } from './import/columns/column-role.js';
export { recognizeHeader, type RecognizedHeader } from './import/columns/recognize-header.js';
export { wideCsvLaneHeader } from './import/wide/wide-csv-lane-header.js';
export { normalizeKey } from './import/names/normalize-key.js';
export { journeyIdOf } from './import/names/journey-id.js';
export { scaleLabel } from './import/emotion/detect-scale.js';
export { vendorSummary, VENDOR_NAMES } from './import/vendors/vendor-words.js';

// Export
export { exportJourney, type ExportFormat } from './export/export-journey.js';
export { exportJson } from './export/export-json.js';
export { exportMermaid } from './export/export-mermaid.js';
export { exportWideCsv } from './export/export-wide-csv.js';
export { neutraliseFormula } from './export/neutralise-formula.js';

// Compare two waves (PRODUCT.md §10)
export { compareJourneys } from './compare/compare-journeys.js';
export * from './compare/journey-comparison.js';
export { welchTest, type SampleSummary, type WelchResult } from './compare/welch-test.js';

// Layout
export * from './layout/primitive.js';
export { layoutJourney } from './layout/layout-journey.js';
export { previousWave, type PreviousWave } from './layout/previous-wave.js';
export { focusCells, type CellFocus } from './layout/focus-cells.js';
export { formatRating, formatScore, surveyFigures } from './layout/format-score.js';
export { layoutLabels, type LayoutLabels } from './layout/layout-labels.js';
export { boardText } from './layout/board-text.js';
export { drawableLanes } from './layout/resolve-lanes.js';
export { layoutMetrics, lineHeight, stickyPadding, smallFontOf, textLines, DEFAULT_STICKY, type LayoutMetrics } from './layout/layout-metrics.js';
export { fitText, type FitBox, type FittedText } from './layout/fit-text.js';
export { estimateTextWidth } from './layout/text-width.js';
export { emotionFace, emotionLevel, emotionToken, faceLevel, EMOTION_FACES } from './layout/emotion-face.js';
export { rankOpportunities } from './layout/rank-opportunities.js';

// Render
export { renderSvg } from './render/render-svg.js';
export { renderHtml } from './render/render-html.js';
export { renderComparisonHtml, type ComparisonReportOptions } from './render/render-comparison-html.js';
export { formatDelta } from './layout/format-delta.js';
export { escapeXml } from './render/escape-xml.js';
export { paletteColors, personaColor, type PaletteColors, type TokenColors } from './render/palette.js';

// Sync
export * from './sync/placed-record.js';
export * from './sync/placement.js';
export { hashContent, hashPrimitive, itemLook, type ItemContent, type ItemLook } from './sync/hash-content.js';
export { planSync } from './sync/plan-sync.js';
export { createCancelSource, CancelledError, type CancelSignal, type CancelSource } from './sync/cancel-signal.js';
export { answerInTime, HostTimeoutError, type Sleep, type TimeLimit } from './sync/answer-in-time.js';
export { hostErrorSaid, SaidError, type HostErrorReason } from './sync/host-error-said.js';
export { tooManyItems } from './sync/too-many-items.js';
export { keptEditsFor } from './sync/kept-edits-for.js';
export { keptCounts, quoted, waitingProblem } from './sync/kept-report.js';
export { updatedKey, keptKeyOf } from './layout/layout-key.js';

// Evidence and insight (PRODUCT.md §9)
export { analyzeJourney, validMinEvidence } from './insight/analyze-journey.js';
export * from './insight/journey-insights.js';
export { scoreVerbatim, type VerbatimScore } from './insight/sentiment/score-verbatim.js';
export { describeInsights, type InsightText } from './insight/describe-insights.js';
export { insightWords, type InsightWords } from './insight/insight-words.js';
export { explainOpportunities, type ExplainedOpportunity } from './insight/opportunity-reasons.js';
// The words users read: codes worded per language (`en.ts`, `fr.ts`)
export * from './words/index.js';
