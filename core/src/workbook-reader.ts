/**
 * Core's second front door: the workbook reader (`readWorkbook`, with fflate and saxes), apart from
 * `index.ts` so that a host loads it only when a workbook is opened, by a dynamic import of this file
 * (`ui/load-workbook-reader.ts`). Pass it to `importJourney` as `options.readWorkbook`.
 *
 * @example const { readWorkbook } = await import('../core/src/workbook-reader.js'); importJourney(bytes, { readWorkbook })
 */
export { readWorkbook } from './import/workbook/read-workbook.js';
