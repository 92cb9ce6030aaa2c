import type { EmotionScale } from '../model/problem.js';
import { scaleWords, type Said, type Wording } from './wording.js';

/** A delimiter as a message names it. */
const sep = (delimiter: string) => (delimiter === '\t' ? 'tab' : `"${delimiter}"`);
const scale = (value: EmotionScale) => scaleWords(value, 'en');

/**
 * Every message core gives users, in English: one line per code, `(params, wording) => text`.
 * The codes are this table's keys (`MessageCode`); `fr.ts` must word each of them (the compiler
 * says so), and `say(code, params)` builds a message with this wording, without `Intl`, as its
 * `message`. Add a code: one line here, one line in `fr.ts`, then `say('your.code', {…})` where it
 * happens. Texts from the file go through `w.q`; counts through `w.n`/`w.count`.
 */
export const EN_WORDS = {
  // --- Reading the file -------------------------------------------------------------------------
  'file.tooLarge': (p: { mb: string; max: number }) => `the file is ${p.mb.replace('> ', 'more than ')} MB; Parcours reads files up to ${p.max} MB. Split it, or remove the columns you do not need`,
  'file.tooLargeShort': (p: { max: number }) => `file is larger than ${p.max} MB`,
  'file.empty': () => 'the file is empty',
  'file.notText': (p: { why: Said }, w: Wording) => `This file is not text: ${w.say(p.why)}. Parcours reads CSV, JSON and Mermaid files; from Excel, use "Save as" › CSV.`,
  'file.zip': () => 'it is a ZIP archive, most likely an Excel (.xlsx) or OpenDocument workbook',
  'file.xls': () => 'it is an old Excel workbook (.xls)',
  'file.pdf': () => 'it is a PDF file',
  'file.nul': (p: { byte: number }) => `it contains NUL bytes (the first at byte ${p.byte})`,
  'file.controls': (p: { percent: number }) => `${p.percent} % of its first characters are control characters`,
  'file.noDecoder': () => 'This environment cannot decode file bytes (it has no text decoder); pass the text instead.',
  'text.badUtf8': (p: { byte: number }) => `byte ${p.byte} of the file is not valid UTF-8 (the rest is): it reads as \ufffd. Fix this line, or save the file again as UTF-8`,
  'text.moreBadUtf8': (p: { count: number }) => `${p.count} more bytes are not valid UTF-8 and are shown as \ufffd`,
  'journey.tooManyStages': (p: { stages: number; max: number }) => `${p.stages} stages; a map holds at most ${p.max}. Split the journey, or group stages`,
  'cell.tooLong': (p: { length: number; max: number }, w: Wording) => `this cell holds ${w.n(p.length)} characters; the limit is ${w.n(p.max)}`,
  'list.more': (p: { count: number; kind: string }, w: Wording) => `…and ${w.n(p.count)} more like this (${p.kind})`,

  // --- CSV: dialect, rows, header ---------------------------------------------------------------
  'delimiter.options': () => 'set in the import options',
  'delimiter.sepLine': (p: { sep: string }) => `the first line says sep=${p.sep} (written by Excel)`,
  'delimiter.splits': (p: { delimiter: string; columns: number; alike: number; lines: number }) =>
    `${sep(p.delimiter)} splits the header into ${p.columns} columns and ${p.alike} of the first ${p.lines} lines alike`,
  'delimiter.assumed': (p: { delimiter: string }) => `no delimiter splits the header; ${sep(p.delimiter)} assumed`,
  'note.delimiter': (p: { delimiter: string; reason: Said }, w: Wording) => `delimiter ${sep(p.delimiter)}: ${w.say(p.reason)}`,
  'csv.sepUnknown': (p: { sep: string }) => `the first line declares the delimiter "${p.sep}"; Parcours reads "," ";" or tab`,
  'csv.headerTooWide': (p: { columns: number; max: number }) => `the header has ${p.columns} columns; Parcours reads at most ${p.max}`,
  'csv.rowTooWide': (p: { cells: number; max: number }) => `${p.cells} cells in this row; Parcours reads at most ${p.max} columns`,
  'csv.repeatedHeader': () => 'this row repeats the header (files pasted one after the other?): skipped',
  'csv.pastLastColumn': (p: { width: number }) => `this row has values past the last named column (${p.width}); they are read under unnamed columns`,
  'csv.shortRow': (p: { cells: number; width: number }) => `this row has ${p.cells} cells where the header has ${p.width}; the missing cells are read as empty`,
  'csv.otherDelimiter': (p: { cells: number; width: number; other: string; delimiter: string }) =>
    `this row has ${p.cells} cells where the header has ${p.width}: it seems written with ${sep(p.other)} instead of ${sep(p.delimiter)} (pasted from another file?); its text is read as it stands, the missing cells as empty`,
  'csv.headerTooNarrow': (p: { beyond: number; rows: number; width: number }) =>
    `${p.beyond} of ${p.rows} rows have more values than the header has names (${p.width}); check the delimiter or name every column`,
  'csv.tooManyRows': (p: { max: number }, w: Wording) => `the file has more than ${w.n(p.max)} rows, the most Parcours reads; split it`,
  'csv.unclosedQuote': (p: { line?: number }) =>
    `a quote opens this cell${p.line === undefined ? '' : ` (line ${p.line} of the file)`} and is never closed, so the rest of the file would be read as one cell; close it, or write a quote inside a cell as ""`,
  'csv.badQuote': () => 'a quote inside a quoted cell should be doubled (""); the cell was read as best it could',
  'csv.empty': () => 'the file is empty: no header, no rows',
  'csv.noRows': () => 'the file has a header but no data rows below it',
  'note.title': (p: { title: string; row: number }, w: Wording) => `title ${w.q(p.title)} read from row ${p.row}, above the header`,
  'note.headerRow': (p: { row: number; skipped: number; other: boolean }) => `the header is on row ${p.row}; ${p.skipped}${p.other ? ' other' : ''} line(s) above it were skipped`,
  'csv.linesAbove': (p: { row: number; skipped: number; other: boolean }) => `the header is on row ${p.row}; the ${p.skipped}${p.other ? ' other' : ''} line(s) above it were skipped`,

  // --- Columns and format -----------------------------------------------------------------------
  'columns.noneRecognised': (p: { headers: readonly string[] }) =>
    `no column was recognised (found ${p.headers.map((header) => `"${header}"`).join(', ')}). Expected headers such as Étape/Stage, Actions, Points de contact/Touchpoints, Difficultés/Pain points, Émotion/Emotion, Participant, or a survey with rating columns`,
  'columns.noStage': () => 'no stage column: name the column of stages "Étape" or "Stage", or map one to the role "stage"',
  'columns.badRole': (p: { role: string; roles: readonly string[] }) => `"${p.role}" is not a column role; expected one of ${p.roles.join(', ')}`,
  'columns.notInFile': () => 'the column map names this column but the file has none by that name',
  'columns.unknownLeftOut': () => 'unknown column: left out; map it to a role to use it',
  'columns.unusedLeftOut': (p: { format: string; role: string }) => `left out: the ${p.format} format does not use a ${ROLES_EN[p.role] ?? p.role} column here`,
  'column.likertRating': (p: { points: number }) => `rating: ${p.points}-point labels`,
  'column.quotes': () => 'free-text answers: quotes of the stage they follow',
  'column.customLane': () => 'unknown header: read as a custom lane',
  'column.headerRowStages': () => 'the header row: one stage per column',
  'column.stageFallback': () => 'no stage header: read as the stage names',
  'import.crashed': (p: { error: string }) => `the import stopped on an unexpected error (${p.error})`,
  'import.noStageColumn': () => 'no stage column: name one "Stage" or "Étape"',
  'import.noStage': () => 'no stage: every row leaves the stage column empty',

  // --- Emotion scales ---------------------------------------------------------------------------
  'note.emotionScale': (p: { scale: EmotionScale; reason: Said }, w: Wording) => `emotion scale ${scale(p.scale)}: ${w.say(p.reason)}`,
  'note.ratingScale': (p: { scale: EmotionScale; reason: Said }, w: Wording) => `rating scale ${scale(p.scale)}: ${w.say(p.reason)}`,
  'scale.options': () => 'set in the import options',
  'scale.header': (p: { scale: EmotionScale }) => `the header says ${scale(p.scale)}`,
  'scale.words': () => 'the cells hold words or emoji',
  'note.phaseOrder': () => 'stages put in the order of their phases (awareness → advocacy)',
  'scale.likertLabels': () => 'the answers are the labels of a Likert scale',
  'note.sheet': (p: { sheet: string; reason: Said }, w: Wording) => `sheet ${w.q(p.sheet)}: ${w.say(p.reason)}`,
  'note.verbatimEmotions': (p: { known: number; rows: number }, w: Wording) =>
    `no emotion column: emotions estimated from the words of ${w.n(p.known)} of ${w.n(p.rows)} rows' quotes (VADER and Pattern lexicons)`,
  'scale.percentCells': () => 'the cells hold percentages',
  'scale.noValues': () => 'no emotion values',
  'scale.range': (p: { min: number; max: number }, w: Wording) => `values from ${w.n(p.min)} to ${w.n(p.max)}`,
  'scale.headerMax': (p: { top: number; min: number; max: number }, w: Wording) => `the header says /${p.top} and values from ${w.n(p.min)} to ${w.n(p.max)}`,
  'scale.percentRange': (p: { min: number; max: number }, w: Wording) => `values from ${w.n(p.min)} to ${w.n(p.max)}: percentages`,
  'scale.unsupported': (p: { written: string; reason: Said; scale: EmotionScale }, w: Wording) =>
    `the header's scale ${p.written} is not one Parcours knows; ${w.say(p.reason)} suggest ${scale(p.scale)}`,
  'scale.contradicts': (p: { scale: EmotionScale; min: number; max: number }, w: Wording) =>
    `the scale ${scale(p.scale)} was chosen by hand, but the values run from ${w.n(p.min)} to ${w.n(p.max)}: those outside it are left out. Check the scale`,
  'emotion.notNumber': (p: { text: string }) => `"${p.text}" is not a number, a percentage or an emotion word`,
  'emotion.tooLarge': () => 'the number is too large to be a score',
  'emotion.leftOut': (p: { why: Said }, w: Wording) => `${w.say(p.why)}: left out`,
  'emotion.outside': (p: { value: number; scale: EmotionScale }, w: Wording) => `${w.n(p.value)} is outside the scale ${scale(p.scale)}: left out`,
  'emotion.percentOutside': (p: { value: number }, w: Wording) => `${w.n(p.value)} % is outside 0–100 %: left out`,
  'emotion.none': () => 'no emotion here: left out',

  // --- One row per stage ------------------------------------------------------------------------
  'wide.noStageAbove': () => 'this row has no stage name and no stage above it: skipped',
  'wide.addedAbove': (p: { stage: string }) => `this row has no stage name: its cells were added to "${p.stage}" above`,
  'wide.longStageName': () => 'stage name longer than 500 characters: shortened',
  'wide.fullCell': (p: { max: number; text: string }) => `more than ${p.max} cards in one cell: "${p.text}" and the rest were left out`,
  'wide.secondEmotion': (p: { stage: string }) => `"${p.stage}" already has an emotion; this one was left out`,
  'wide.unknownColumn': (p: { title: string }) => `unknown column: read as a custom lane titled "${p.title}"; map it to a role to change that`,

  // --- Interviews -------------------------------------------------------------------------------
  'interview.noParticipant': () => 'no participant column: each row counts as one source',
  'interview.noPersona': (p: { rows: number }) => `${p.rows} row(s) have no persona: they count in the cards but in no persona's emotion curve`,
  'interview.noStage': () => 'this row has no stage: skipped',
  'interview.tooManyTexts': (p: { stage: string; lane: string; texts: number; max: number }) =>
    `stage "${p.stage}", lane "${p.lane}": ${p.texts} different texts; the ${p.max} said most often are kept`,

  // --- Surveys ----------------------------------------------------------------------------------
  'survey.segment': (p: { column: string }) => `segment column "${p.column}" splits the emotions into personas`,
  'survey.noSegment': (p: { candidates: readonly string[] }) => `no segment column chosen; candidates: ${p.candidates.join(', ')}`,
  'survey.segmentColumn': () => 'segment: its values are the personas',
  'survey.nps': () => 'NPS: summarised in the description and on the advocacy stage',
  'survey.overall': () => 'overall satisfaction: summarised in the description',
  'survey.categories': () => 'left out: categories (choose it as the segment column to split personas by it)',
  'survey.leftOut': (p: { why: string }) => `left out: ${p.why}`,
  'survey.noRating': () => 'no rating column: a survey matrix needs columns of numeric scores (e.g. 1–5 or 0–10), one per touchpoint or step',
  'survey.segmentNotFound': (p: { named: string; columns: readonly string[] }) => `segment column "${p.named}" not found; the columns are ${p.columns.join(', ')}`,

  // --- JSON -------------------------------------------------------------------------------------
  'json.notJourney': () => 'expected a journey object ({ "title": …, "stages": […] … })',
  'json.syntax': (p: { reason: string; kind?: JsonSyntaxKind }) => `invalid JSON: ${p.reason}`,
  'json.unexpected': (p: { char: string }) => `invalid JSON: unexpected character ${p.char}`,
  'json.invalid': (p: { detail: string }) => p.detail,
  'json.type': (p: { expected: string; received: string }) => `expected ${p.expected === 'nan' ? 'NaN' : p.expected}, received ${p.received}`,
  'json.value': (p: { values: readonly string[] }) => (p.values.length === 1 ? `expected ${p.values[0]}` : `expected one of ${p.values.join('|')}`),
  'json.size': (p: { big: boolean; origin: string; bound: number; inclusive: boolean; exact: boolean }) => {
    const relation = `${p.exact ? 'exactly ' : `${p.big ? '<' : '>'}${p.inclusive ? '=' : ''}`}${p.bound}`;
    const unit = p.origin === 'string' ? 'characters' : p.origin === 'array' ? 'items' : undefined;
    return `Too ${p.big ? 'big' : 'small'}: expected ${p.origin} to ${unit === undefined ? `be ${relation}` : `have ${relation} ${unit}`}`;
  },
  'json.format': (p: { format: string; pattern: string }) => (p.format === 'regex' ? `Invalid string: must match pattern ${p.pattern}` : `Invalid ${p.format}`),
  'json.duplicateId': (p: { id: string }) => `duplicate id "${p.id}"`,
  'json.unknownStage': (p: { id: string }) => `unknown stage "${p.id}"`,
  'json.unknownLane': (p: { id: string }) => `unknown lane "${p.id}"`,
  'json.unknownPersona': (p: { id: string }) => `unknown persona "${p.id}"`,

  // --- Workbooks --------------------------------------------------------------------------------
  'workbook.readerFailed': (p: { error: string }) => `the workbook reader could not start in this panel (${p.error}); save the sheet as CSV and import that`,
  'workbook.encrypted': () => 'the workbook is protected by a password: open it in your spreadsheet, remove the password (File › Info › Protect workbook) or save a copy as CSV, and import that',
  'workbook.xls': () => 'this is an old Excel workbook (.xls), which Parcours does not read: open it in Excel and save it as .xlsx or CSV',
  'workbook.noReader': (p: { kind: 'xlsx' | 'ods' }) => `this is ${p.kind === 'xlsx' ? 'an Excel (.xlsx) workbook' : 'an OpenDocument (.ods) spreadsheet'}, which cannot be read here: save the sheet as CSV`,
  'workbook.tooBig': (p: { mb: number }) => `the workbook holds more than ${p.mb} MB of data once unzipped, more than Parcours reads; copy the sheet you need into a new workbook, or save it as CSV`,
  'workbook.damaged': () => 'the workbook cannot be read: it is damaged or not a complete .xlsx/.ods file. Open it in your spreadsheet and save it again, or save the sheet as CSV',
  'workbook.noSheetNamed': (p: { name: string; sheets: readonly string[] }) => `the workbook has no sheet "${p.name}"; its sheets are ${p.sheets.map((sheet) => `"${sheet}"`).join(', ')}`,
  'workbook.noSheetNumber': (p: { number: number; sheets: readonly string[] }) => `the workbook has no sheet number ${p.number}; its sheets are ${p.sheets.map((sheet) => `"${sheet}"`).join(', ')}`,
  'workbook.noVisibleSheet': () => 'the workbook has no visible sheet',
  'workbook.empty': () => 'the file is empty: no sheet of the workbook holds data',
  'sheet.asked': () => 'the sheet asked for',
  'sheet.only': () => 'the only sheet',
  'sheet.first': (p: { sheets: number }) => `the first of ${p.sheets} sheets; choose another to read it`,
  'sheet.firstWithData': (p: { sheets: number }) => `the first sheet that holds data (of ${p.sheets}); choose another to read it`,

  // --- Mermaid ----------------------------------------------------------------------------------
  'mermaid.frontMatterOpen': () => 'front matter opened with "---" is never closed by a second "---" line',
  'mermaid.secondJourney': () => 'a second "journey" keyword was ignored',
  'mermaid.notJourneyFound': (p: { found: string }) => `not a Mermaid journey: expected "journey" first, found "${p.found}"`,
  'mermaid.notJourney': () => 'not a Mermaid journey: the "journey" keyword is missing',
  'mermaid.accDescrOpen': () => '"accDescr {" is never closed by "}"; the rest of the file was read as the description',
  'mermaid.colonInSection': () => 'Mermaid does not allow ":" in a section name (write #58;); it was kept as text',
  'mermaid.afterThirdColon': (p: { text: string }) => `text after the third ":" ("${p.text}") is ignored, as Mermaid does; write #58; for a literal ":"`,
  'mermaid.hashComment': (p: { text: string }) => `"${p.text}" is ignored: Mermaid reads "#" as the start of a comment (write #35; for a literal "#")`,
  'mermaid.semicolon': () => 'Mermaid does not allow ";" here (write #59;); it was kept as text',
  'mermaid.accTitleDropped': (p: { accTitle: string; title: string }) => `accTitle "${p.accTitle}" is not kept: the map is titled "${p.title}"`,
  'mermaid.unnamedSection': (p: { name: string }) => `section without a name: called "${p.name}"`,
  'mermaid.unnamedTask': () => 'task without a name was skipped',
  'mermaid.taskTooLong': (p: { length: number; max: number }) => `task name is ${p.length} characters long; the limit is ${p.max}`,
  'mermaid.taskBeforeSection': (p: { task: string; stage: string }) => `task "${p.task}" comes before any section: put in a stage called "${p.stage}"`,
  'mermaid.textTooLong': (p: { what: 'title' | 'accTitle' | 'accDescr'; max: number }) => `${p.what} is longer than ${p.max} characters`,
  'mermaid.tooManySections': (p: { sections: number; max: number }) => `${p.sections} sections; a map holds at most ${p.max} stages`,
  'mermaid.noSection': () => 'the journey has no section: the map is empty',
  'mermaid.noScore': (p: { task: string }) => `task "${p.task}" has no score (Mermaid expects "${p.task}: 1…5: actors"); kept without one`,
  'mermaid.badScore': (p: { task: string; written: string }) => `task "${p.task}" has "${p.written}" where Mermaid expects a score 1…5; kept without a score`,
  'mermaid.scoreOutside': (p: { task: string; written: string; read: number }) => `task "${p.task}" has score ${p.written}, outside 1…5; read as ${p.read}`,
  'mermaid.emptyActor': (p: { task: string }) => `task "${p.task}" lists an empty actor (nothing after ":" or between commas); ignored`,
  'mermaid.sameActor': (p: { task: string }) => `task "${p.task}" lists the same actor twice; kept once`,
  'mermaid.longName': (p: { what: 'section' | 'actor' | 'title'; length: number; max: number }) => `${MERMAID_NAMES_EN[p.what]} is ${p.length} characters long; shortened to ${p.max}`,

  // --- Placing on a board -----------------------------------------------------------------------
  'sync.waiting': (p: { text: string; covers: string }, w: Wording) =>
    `Not placed: ${itemText(w, p.text)} would cover ${itemText(w, p.covers)}, edited by hand. Move or delete that item, then place again.`,
  'sync.tooManyItems': (p: { count: number; max: number }, w: Wording) =>
    `The map has ${w.n(p.count)} items; Parcours places at most ${w.n(p.max)} on a board. Hide some lanes or split the journey: nothing was placed.`,
  'figjam.keptSection': () => 'Kept a copy of the map\'s section: it holds items that are not ours to remove.',
  'figjam.couldNotUpdate': (p: { item: Said; error: Said }, w: Wording) => `Could not update ${w.say(p.item)}: ${w.say(p.error)}.`,
  'figjam.couldNotRemove': (p: { item: Said; error: Said }, w: Wording) => `Could not remove ${w.say(p.item)}: ${w.say(p.error)}.`,
  'figjam.couldNotCreate': (p: { item: Said; error: Said }, w: Wording) => `Could not create ${w.say(p.item)}: ${w.say(p.error)}.`,
  'figjam.skipped': (p: { item: Said; why: Said }, w: Wording) => `Skipped ${w.say(p.item)}: ${w.say(p.why)}.`,
  'figjam.cancelled': (p: { done: number; total: number }) => `Cancelled after ${p.done} of ${p.total} changes: what is on the board stays, placing again finishes it.`,
  'figjam.rolledBack': (p: { created: number }) => `Nothing was placed: the ${p.created} items created before the failure were removed, the board is as before.`,
  'figjam.leftOver': (p: { left: number; bare: number }) =>
    `Stopped: the host also refused to remove ${p.left} of the items created before the failure, so they stay on the board; ${p.bare === 0 ? 'placing again finishes the map without duplicates' : `${p.bare} of them carry no Parcours data: remove those by hand before placing again`}.`,
  'miro.failed': (p: { action: string; item: Said; error: Said }, w: Wording) => `${MIRO_ACTIONS_EN[p.action] ?? 'Failed for'} ${w.say(p.item)}: ${w.say(p.error)}`,
  'miro.mayHaveCreated': (p: { text: string }) =>
    `The host failed while creating ${quotedOr(p.text)} and may have created it all the same; the board could not be read to tell. If it is there, delete it by hand, or placing again adds it a second time.`,
  'miro.noAnswer': (p: { text: string }) =>
    `The host did not answer when asked to create ${quotedOr(p.text)} (timed out, or Cancel came first). If it shows up while this panel is open, Parcours marks it so that placing again sorts it out; if it shows up later, delete it by hand, or placing again adds it a second time.`,
  'miro.unmarked': (p: { text: string }) => `${quotedOr(p.text)} was placed but could neither be marked as Parcours's nor removed: delete it by hand, or placing again adds it a second time.`,
  'miro.kept': (p: { text: string; beside: boolean }, w: Wording) =>
    `Kept ${itemText(w, p.text)}: edited by hand since it was placed, so it was neither overwritten nor removed${p.beside ? "; the data's version is beside it, marked as updated from the data" : ''}.`,
  'miro.stopped': (p: { kind: string }) => `Stopped after an error the host will not get over by retrying (${RETRIED_EN[p.kind] ?? p.kind}). What was placed is recorded on the items: place again to resume without duplicates.`,
  'miro.cancelled': () => 'Cancelled: what was placed is recorded on the items; place again to resume.',
  'miro.retried': (p: { retries: string[] }) => `Host calls retried: ${p.retries.map((entry) => entry.replace(/^(\w+):(\d+)$/, (_, kind: string, count: string) => `${count} after ${RETRIED_EN[kind] ?? kind} errors`)).join(', ')}.`,
  'miro.readFailed': (p: { error: Said }, w: Wording) => `Could not read the board: ${w.say(p.error)}`,
  'figjam.noFrame': () => 'The map has no frame to hold it: nothing was placed.',
  'figjam.fontsCancelled': () => 'Cancelled while the fonts were loading: nothing was placed, the board is as before.',
  'figjam.nothingPlaced': () => 'Nothing was placed: the board is as before.',
  'figjam.fontFailed': (p: { family: string; style: string; error: Said }, w: Wording) => `The font ${p.family} ${p.style} could not be loaded: ${hostDetail(p.error) ?? w.say(p.error)}.`,
  'figjam.busy': () => 'A placement is already running: wait for it or cancel it.',
  'figjam.pathUnsupported': () => 'the curve path uses commands FigJam does not support',
  'figjam.cannotDraw': (p: { kind: string; as: 'vector' | 'connector' }) => `a ${p.kind} cannot be drawn as a ${p.as}`,
  'figjam.cannotPlace': (p: { type: string }) => `cannot place a ${p.type} node`,
  'host.error': (p: { reason: HostErrorReasonWords; detail: string }) => `${HOST_REASONS_EN[p.reason] ?? HOST_REASONS_EN.unknown}${p.detail === '' ? '' : ` (${p.detail})`}`,
  'host.connectorEndMissing': () => 'one end of the connector is not on the board',
  'host.sectionMissing': () => 'the map section is missing',
  'host.nodeGone': () => 'the item is no longer on the page',
  'check.readBack': (p: { back: string }) => `read back ${p.back === '' ? 'nothing' : p.back}`,
  'check.noAnswer': (p: { ms: number }) => `no answer within ${p.ms} ms`,
  'check.severalFonts': () => 'the text holds several fonts',
  'check.fontNotLoaded': (p: { family: string; style: string; error: Said }, w: Wording) => `the font ${p.family} ${p.style} could not be loaded: ${hostDetail(p.error) ?? w.say(p.error)}`,
  'item.text': (p: { kind: string; text: string }) => `the ${p.kind} "${p.text}"`,
  'item.noText': (p: { kind: string }) => `a ${p.kind} without text`,
  'item.unnamed': () => 'an item of the map',
  'item.quoted': (p: { text: string }, w: Wording) => itemText(w, p.text),
  'figjam.kept': (p: { item: Said; beside: boolean }, w: Wording) =>
    `Kept as edited by hand: ${w.say(p.item)}${p.beside ? "; the data's version is beside it, marked as updated from the data" : ''}.`,
} satisfies Record<string, (params: never, wording: Wording) => string>;

/** What a JSON parser's error was about, read from its English text (`jsonSyntaxKind`), for each language to say. */
export type JsonSyntaxKind = 'end' | 'arrayComma' | 'objectComma' | 'propertyName' | 'colon' | 'unterminatedString' | 'controlChar' | 'afterEnd' | 'number' | 'escape' | 'other';

/** A column role as a message names it (`painPoint` → `pain point`). */
const ROLES_EN: Readonly<Record<string, string>> = {
  painPoint: 'pain point',
  thought: 'thought',
  custom: 'custom lane',
  persona: 'persona or segment',
  nps: 'NPS',
  overall: 'overall satisfaction',
};

/** What a shortened Mermaid name was. */
const MERMAID_NAMES_EN: Readonly<Record<string, string>> = { section: 'section name', actor: 'actor name', title: 'title' };

/** What a failed Miro write was doing, by the first word of its label. */
const MIRO_ACTIONS_EN: Readonly<Record<string, string>> = {
  create: 'Could not create',
  update: 'Could not update',
  remove: 'Could not remove',
  'frame.add': 'Could not put in the frame',
  reconnect: 'Could not reconnect',
  frame: 'Could not write',
};

/** Why a host call failed (`hostErrorSaid`'s reasons; the type lives with it in `core/src/sync/`). */
export type HostErrorReasonWords = 'rateLimit' | 'network' | 'timeout' | 'notFound' | 'permission' | 'font' | 'tooLarge' | 'invalid' | 'unknown';
const HOST_REASONS_EN: Readonly<Record<HostErrorReasonWords, string>> = {
  rateLimit: 'the board asked to slow down (rate limit)',
  network: 'the connection to the board failed',
  timeout: 'the board did not answer in time',
  notFound: 'the item is no longer on the board',
  permission: 'the board would not let it be changed (locked, or no edit rights)',
  font: 'a font could not be loaded',
  tooLarge: 'the board refused it: it goes past a limit',
  invalid: 'the board refused the change',
  unknown: 'the board gave an unexpected error',
};

/** A host error's own English text, when it is one (`host.error`): said as it stands after a sentence that already names the failure. */
function hostDetail(error: Said): string | undefined {
  const detail = error.params.detail;
  return error.code === 'host.error' && typeof detail === 'string' && detail !== '' ? detail : undefined;
}

/** An item's text in double quotes, or "an item without text". */
const quotedOr = (text: string) => (text === '' ? 'an item without text' : `"${text}"`);

/** How the report names the errors a Miro call was retried after. */
const RETRIED_EN: Readonly<Record<string, string>> = { rateLimit: 'rate-limit', transient: 'transient', unknown: 'unexpected', permanent: 'permanent' };

/** An item's text on one line, quoted, shortened past 60 characters, or "an item without text". */
function itemText(w: Wording, text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line === '') return w.lang === 'fr' ? 'un élément sans texte' : 'an item without text';
  return w.q(line.length > 60 ? `${line.slice(0, 59)}…` : line);
}

/** Every message code core uses. */
export type MessageCode = keyof typeof EN_WORDS;

/** The params of a code, as its English wording takes them. */
export type ParamsOf<C extends MessageCode> = Parameters<(typeof EN_WORDS)[C]>[0];

/** A word table: one wording per code, the compiler checks none is missing. */
export type WordTable = { readonly [C in MessageCode]: (params: ParamsOf<C>, wording: Wording) => string };

export { itemText };
