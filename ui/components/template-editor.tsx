import { useState } from 'preact/hooks';
import { LANE_KINDS, type LaneKind } from '../../core/src/index.js';
import type { PanelStrings } from '../panel-strings.js';
import { PersonaFields } from './persona-fields.js';
import {
  addLane,
  addStage,
  cellKey,
  editLane,
  moveLane,
  moveStage,
  removeLane,
  removeStage,
  renameStage,
  setCell,
  type TemplateForm,
} from '../state/template-form.js';

interface Props {
  form: TemplateForm;
  strings: PanelStrings;
  locale: 'fr' | 'en';
  onChange: (form: TemplateForm) => void;
}

/** The blank template: title, personas, stages and lanes to edit, and optionally the cells' text. */
export function TemplateEditor({ form, strings, locale, onChange }: Props) {
  const [cellStage, setCellStage] = useState(0);
  const stage = Math.min(cellStage, Math.max(0, form.stages.length - 1));
  return (
    <div class="pc-stack">
      <label class="pc-field">
        <span>{strings.title}</span>
        <input type="text" value={form.title} maxLength={500} onInput={(event) => onChange({ ...form, title: event.currentTarget.value })} />
      </label>

      <fieldset class="pc-list">
        <legend>{strings.stages}</legend>
        <ol>
          {form.stages.map((name, index) => (
            <li class="pc-row" key={index}>
              <input
                type="text"
                aria-label={strings.stageName(index + 1)}
                value={name}
                maxLength={500}
                onInput={(event) => onChange(renameStage(form, index, event.currentTarget.value))}
              />
              <RowButtons
                name={name || strings.stageName(index + 1)}
                strings={strings}
                first={index === 0}
                last={index === form.stages.length - 1}
                onMove={(step) => onChange(moveStage(form, index, step))}
                onRemove={() => onChange(removeStage(form, index))}
              />
            </li>
          ))}
        </ol>
        <button type="button" class="pc-link" onClick={() => onChange(addStage(form, strings.stageName(form.stages.length + 1)))}>
          + {strings.addStage}
        </button>
      </fieldset>

      <fieldset class="pc-list">
        <legend>{strings.lanes}</legend>
        <ol>
          {form.lanes.map((lane, index) => (
            <li class="pc-row" key={index}>
              <select
                aria-label={strings.laneKind(index + 1)}
                value={lane.kind}
                onChange={(event) => onChange(editLane(form, index, { kind: event.currentTarget.value as LaneKind }, locale))}
              >
                {LANE_KINDS.map((kind) => (
                  <option value={kind} key={kind}>
                    {strings.kinds[kind]}
                  </option>
                ))}
              </select>
              <input
                type="text"
                aria-label={strings.laneTitle(index + 1)}
                value={lane.title}
                maxLength={500}
                onInput={(event) => onChange(editLane(form, index, { title: event.currentTarget.value }, locale))}
              />
              <RowButtons
                name={lane.title || strings.laneTitle(index + 1)}
                strings={strings}
                first={index === 0}
                last={index === form.lanes.length - 1}
                onMove={(step) => onChange(moveLane(form, index, step))}
                onRemove={() => onChange(removeLane(form, index))}
              />
            </li>
          ))}
        </ol>
        <button type="button" class="pc-link" onClick={() => onChange(addLane(form, 'custom', strings.kinds.custom))}>
          + {strings.addLane}
        </button>
      </fieldset>

      <PersonaFields form={form} strings={strings} onChange={onChange} />

      {form.stages.length > 0 && form.lanes.length > 0 && (
        <details class="pc-details">
          <summary>{strings.cells}</summary>
          <div class="pc-stack">
            <label class="pc-field">
              <span>{strings.cellsStage}</span>
              <select value={String(stage)} onChange={(event) => setCellStage(Number(event.currentTarget.value))}>
                {form.stages.map((name, index) => (
                  <option value={String(index)} key={index}>
                    {name || strings.stageName(index + 1)}
                  </option>
                ))}
              </select>
            </label>
            {form.lanes.map((lane, index) =>
              lane.kind === 'emotions' ? (
                <label class="pc-field" key={index}>
                  <span>{strings.emotionScore(lane.title)}</span>
                  <input
                    type="number"
                    min={-2}
                    max={2}
                    step={0.5}
                    value={form.cells[cellKey(stage, index)] ?? ''}
                    onInput={(event) => onChange(setCell(form, stage, index, event.currentTarget.value))}
                  />
                </label>
              ) : (
                <label class="pc-field" key={index}>
                  <span>{lane.title || strings.kinds[lane.kind]}</span>
                  <textarea
                    rows={2}
                    value={form.cells[cellKey(stage, index)] ?? ''}
                    placeholder={strings.prompt[lane.kind]}
                    onInput={(event) => onChange(setCell(form, stage, index, event.currentTarget.value))}
                  />
                </label>
              ),
            )}
            <p class="pc-hint">{strings.cellsHint}</p>
          </div>
        </details>
      )}

      <label class="pc-check">
        <input type="checkbox" checked={form.prompts} onChange={(event) => onChange({ ...form, prompts: event.currentTarget.checked })} />
        <span>{strings.prompts}</span>
      </label>
    </div>
  );
}

function RowButtons(props: { name: string; strings: PanelStrings; first: boolean; last: boolean; onMove: (step: -1 | 1) => void; onRemove: () => void }) {
  const { name, strings } = props;
  return (
    <span class="pc-row-buttons">
      <button type="button" class="pc-icon" aria-label={strings.moveUp(name)} title={strings.moveUp(name)} disabled={props.first} onClick={() => props.onMove(-1)}>
        ↑
      </button>
      <button type="button" class="pc-icon" aria-label={strings.moveDown(name)} title={strings.moveDown(name)} disabled={props.last} onClick={() => props.onMove(1)}>
        ↓
      </button>
      <button type="button" class="pc-icon" aria-label={strings.remove(name)} title={strings.remove(name)} onClick={props.onRemove}>
        ×
      </button>
    </span>
  );
}
