import { LIMITS } from '../model/limits.js';
import type { ImportResult, Problem } from '../model/problem.js';
import { detectInputFormat } from './detect-input-format.js';
import { importCsv } from './import-csv.js';
import type { ImportOptions } from './import-options.js';
import { importWorkbook } from './import-workbook.js';
import { importJsonJourney } from './json/import-json.js';
import { importMermaid } from './mermaid/import-mermaid.js';
import { decodeText, type TextEncodingName } from './text/decode-text.js';
import { workbookKind } from './workbook/workbook-kind.js';
import { say } from '../words/say.js';

/**
 * Imports a journey from a file's bytes (or its text): CSV in any of its three shapes (wide,
 * interview, survey matrix), JSON (the model itself), a Mermaid `journey` diagram, or a workbook
 * (`.xlsx`, `.ods`, recognised by its bytes) whose sheet is read as a CSV would be, with the reader
 * given in `options.readWorkbook`. The size limit
 * is checked before anything else, the encoding is detected from the bytes, the format from the
 * file name or the content, and each can be forced in `options`. Returns the journey with a report
 * of every decision and located warnings, or located problems; it never throws on bad input.
 *
 * @example importJourney(bytes, { filename: 'parcours.csv' })
 *   // { ok: true, journey: { title: 'Parcours', stages: [Découverte, …], … }, report: { format: 'wide-csv', encoding: 'windows-1252', delimiter: ';', scale: '1-5', … }, warnings: [] }
 */
export function importJourney(input: Uint8Array | string, options: ImportOptions = {}): ImportResult {
  const file = options.filename;
  const locate = (problem: Problem): Problem => (file === undefined ? problem : { file, ...problem });
  const size = typeof input === 'string' ? utf8Size(input, LIMITS.fileBytes) : input.byteLength;
  if (size > LIMITS.fileBytes) {
    // Just past the limit rounds to it: "the file is 50 MB; Parcours reads up to 50 MB" would puzzle.
    const shown = megabytes(size) === megabytes(LIMITS.fileBytes) ? `> ${megabytes(size)}` : megabytes(size);
    return { ok: false, problems: [locate(say('file.tooLarge', { mb: shown, max: Number(megabytes(LIMITS.fileBytes)) }))] };
  }
  const workbook = typeof input === 'string' ? undefined : workbookKind(input);
  if (workbook !== undefined && typeof input !== 'string') return withinStageLimit(importWorkbook(input, workbook, options), locate);
  let text: string;
  let encoding: TextEncodingName | undefined;
  let decodeWarnings: Problem[] = [];
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoded = decodeText(input);
    if (!decoded.ok) return { ok: false, problems: [locate(decoded.problem)] };
    text = decoded.text;
    encoding = decoded.encoding;
    decodeWarnings = (decoded.warnings ?? []).map(locate);
  }
  if (!/\S/.test(text)) return { ok: false, problems: [locate(say('file.empty'))] };
  const format = options.format ?? detectInputFormat(text, file);
  const named = file === undefined ? {} : { filename: file };
  if (format === 'json' || format === 'mermaid') {
    const result = format === 'json' ? importJsonJourney(text, named) : importMermaid(text, named);
    if (result.report !== undefined && encoding !== undefined) result.report.encoding = encoding;
    return withinStageLimit(withWarnings(result, decodeWarnings), locate);
  }
  return withinStageLimit(withWarnings(importCsv(text, encoding, options), decodeWarnings), locate);
}

/** The decoder's warnings (bad bytes) come first: they explain odd characters the others may quote. */
function withWarnings(result: ImportResult, warnings: readonly Problem[]): ImportResult {
  return result.ok && warnings.length > 0 ? { ...result, warnings: [...warnings, ...result.warnings] } : result;
}

/** A journey with more stages than a map holds is refused, whatever format it came in. */
function withinStageLimit(result: ImportResult, locate: (problem: Problem) => Problem): ImportResult {
  if (!result.ok || result.journey.stages.length <= LIMITS.stages) return result;
  return {
    ok: false,
    report: result.report,
    problems: [locate(say('journey.tooManyStages', { stages: result.journey.stages.length, max: LIMITS.stages }))],
  };
}

/**
 * The size of a text as a UTF-8 file, the unit of the size limit: a character takes 1 to 3 bytes
 * (a surrogate pair 4). Counted only for texts long enough to pass `limit`.
 */
function utf8Size(text: string, limit: number): number {
  if (text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}
