import { vendorSummary, wordMessage, whereWords, type ColumnRole, type EmotionScale, type ImportResult, type Problem, type SheetChoice } from '../../core/src/index.js';
import type { PanelStrings } from '../panel-strings.js';

/** The scales a user may force when detection guessed wrong. */
const SCALES: EmotionScale[] = ['1-5', '1-7', '1-10', '0-10', '0-5', '-3..3', '-2..2', 'percent', 'words'];
const PROBLEMS_SHOWN = 30;

interface Props {
  name: string;
  result: ImportResult;
  strings: PanelStrings;
  /** Roles the user may pick for a column, in menu order. */
  roles: readonly ColumnRole[];
  columnMap: Readonly<Record<string, ColumnRole>>;
  scale: EmotionScale | undefined;
  onRemap: (header: string, role: ColumnRole) => void;
  onScale: (scale: EmotionScale | undefined) => void;
  /** A workbook's other sheet chosen: the panel imports it instead. */
  onSheet: (sheet: string) => void;
}

/**
 * What the importer saw and decided: format, encoding, delimiter, scale (which the user may force),
 * the columns with a menu to remap each one, then warnings and problems with their row and column.
 * Everything from the file is rendered as text by Preact, never as markup.
 */
export function ImportReportView({ name, result, strings, roles, columnMap, scale, onRemap, onScale, onSheet }: Props) {
  const report = result.report;
  // The survey tool's summary in the panel's language; its English copy leads the notes, so it goes there.
  const survey = report === undefined ? [] : vendorSummary(report, strings.locale);
  const surveyNotes = new Set(report === undefined ? [] : vendorSummary(report, 'en'));
  const notes = (report?.notes ?? []).filter((note) => !surveyNotes.has(note.message));
  const problems = result.ok ? [] : result.problems;
  const warnings = result.ok ? result.warnings : [];
  return (
    <section class="pc-report" aria-label={`${strings.report}: ${name}`}>
      <h2 class="pc-subtitle">
        {strings.report} <span class="pc-muted">{name}</span>
      </h2>
      {result.sheets && <SheetPicker sheets={result.sheets} strings={strings} onSheet={onSheet} />}
      {report && (
        <dl class="pc-facts">
          <dt>{strings.format}</dt>
          <dd>{(result.sheets ? strings.sheetFormats[report.format] : undefined) ?? strings.formats[report.format] ?? report.format}</dd>
          {survey.length > 0 && (
            <>
              <dt>{strings.survey}</dt>
              <dd>
                <ul class="pc-notes">
                  {survey.map((line, index) => (
                    <li key={index}>{line}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {report.encoding && (
            <>
              <dt>{strings.encoding}</dt>
              <dd>{report.encoding}</dd>
            </>
          )}
          {report.delimiter && (
            <>
              <dt>{strings.delimiter}</dt>
              <dd>{strings.delimiters[report.delimiter] ?? report.delimiter}</dd>
            </>
          )}
          {report.scale && report.scale !== 'none' && (
            <>
              <dt>
                <label for="pc-scale">{strings.scale}</label>
              </dt>
              <dd>
                <select id="pc-scale" value={scale ?? ''} onChange={(event) => onScale((event.currentTarget.value || undefined) as EmotionScale | undefined)}>
                  <option value="">{strings.scaleDetected(scaleName(report.scale, strings))}</option>
                  {SCALES.map((candidate) => (
                    <option value={candidate} key={candidate}>
                      {scaleName(candidate, strings)}
                    </option>
                  ))}
                </select>
              </dd>
            </>
          )}
          <dt>{strings.contents}</dt>
          <dd>{strings.counts(report.rows, report.stages, report.cards, report.unit)}</dd>
        </dl>
      )}

      {report && report.columns.length > 0 && (
        <details class="pc-details" open={report.unknownColumns.length > 0}>
          <summary>
            {strings.columns} <span class="pc-muted">({report.columns.length})</span>
            {report.unknownColumns.length > 0 && <span class="pc-badge pc-warn">{report.unknownColumns.length} {strings.unknown}</span>}
          </summary>
          <table class="pc-columns">
            <thead>
              <tr>
                <th scope="col">{strings.column}</th>
                <th scope="col">{strings.role}</th>
              </tr>
            </thead>
            <tbody>
              {report.columns.map((column) => {
                const chosen = columnMap[column.header] ?? column.role ?? '';
                const unknown = column.role === null || report.unknownColumns.includes(column.header);
                return (
                  <tr key={column.index} class={unknown ? 'pc-unknown' : undefined}>
                    <th scope="row" title={column.said === undefined ? column.note : wordMessage(column.said, strings.lang)}>
                      {column.header || `#${column.index + 1}`}
                      {unknown && <span class="pc-visually-hidden"> ({strings.unknown})</span>}
                    </th>
                    <td>
                      <select aria-label={strings.remapLabel(column.header)} value={chosen} onChange={(event) => {
                          const role = roles.find((candidate) => candidate === event.currentTarget.value);
                          if (role) onRemap(column.header, role);
                        }}
                      >
                        {chosen === '' && <option value="">— {strings.unknown} —</option>}
                        {roles.map((role) => (
                          <option value={role} key={role}>
                            {strings.roles[role] ?? role}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </details>
      )}

      {notes.length > 0 && (
        <details class="pc-details">
          <summary>
            {strings.notes} <span class="pc-muted">({notes.length})</span>
          </summary>
          {/* A list that scrolls takes the focus, so a keyboard can scroll it (WCAG 2.1.1). */}
          <ul class="pc-notes" tabIndex={0} aria-label={strings.notes}>
            {notes.map((note, index) => (
              <li key={index}>{wordMessage(note, strings.lang)}</li>
            ))}
          </ul>
        </details>
      )}
      {problems.length > 0 && <ProblemList title={strings.problems(problems.length)} problems={problems} strings={strings} tone="error" open />}
      {warnings.length > 0 && <ProblemList title={strings.warnings(warnings.length)} problems={warnings} strings={strings} tone="warn" open={false} />}
    </section>
  );
}

/**
 * The workbook's sheet: a menu of every visible sheet when there are several (the import reads one),
 * the sheet's name otherwise. Shown even when the sheet read failed, so another can be chosen.
 */
function SheetPicker({ sheets, strings, onSheet }: { sheets: SheetChoice; strings: PanelStrings; onSheet: (sheet: string) => void }) {
  if (sheets.names.length < 2) {
    return (
      <dl class="pc-facts">
        <dt>{strings.sheet}</dt>
        <dd>{sheets.read}</dd>
      </dl>
    );
  }
  return (
    <dl class="pc-facts">
      <dt>
        <label for="pc-sheet">{strings.sheet}</label>
      </dt>
      <dd>
        <select id="pc-sheet" value={sheets.read} aria-describedby="pc-sheet-count" onChange={(event) => onSheet(event.currentTarget.value)}>
          {sheets.names.map((sheet) => (
            <option value={sheet} key={sheet}>
              {sheet}
            </option>
          ))}
        </select>{' '}
        <span class="pc-muted" id="pc-sheet-count">
          {strings.sheetCount(sheets.names.length)}
        </span>
      </dd>
    </dl>
  );
}

/** A list of located problems in the panel's language: "ligne 4, colonne « Émotion » · …", a JSON field by its path. */
export function ProblemList(props: { title: string; problems: readonly Problem[]; strings: PanelStrings; tone: 'error' | 'warn'; open: boolean }) {
  const { problems, strings } = props;
  return (
    <details class={`pc-details pc-problems pc-${props.tone}`} open={props.open}>
      <summary>{props.title}</summary>
      <ul tabIndex={0} aria-label={props.title}>
        {problems.slice(0, PROBLEMS_SHOWN).map((problem, index) => {
          const where = whereWords(problem, strings.lang);
          return (
            <li key={index}>
              {where !== '' && <span class="pc-where">{where} · </span>}
              {wordMessage(problem, strings.lang)}
            </li>
          );
        })}
        {problems.length > PROBLEMS_SHOWN && <li class="pc-muted">… +{problems.length - PROBLEMS_SHOWN}</li>}
      </ul>
    </details>
  );
}

function scaleName(scale: string, strings: PanelStrings): string {
  return strings.scales[scale] ?? scale.replace('..', ' … ').replace('-', '–');
}
