import type { Stage } from '../../core/src/index.js';
import type { PanelStrings } from '../panel-strings.js';

interface Props {
  title: string;
  stages: readonly Stage[];
  reordered: boolean;
  strings: PanelStrings;
  onTitle: (title: string) => void;
  onMove: (index: number, step: -1 | 1) => void;
  onReset: () => void;
}

/**
 * What the user sets for an imported file before placing it: the map's title (prefilled with the
 * file's; the title typed wins) and the stage order, with up and down buttons named after each stage.
 */
export function FileJourneyFields({ title, stages, reordered, strings, onTitle, onMove, onReset }: Props) {
  return (
    <div class="pc-stack">
      <label class="pc-field">
        <span>{strings.mapTitle}</span>
        <input type="text" value={title} maxLength={500} onInput={(event) => onTitle(event.currentTarget.value)} aria-describedby="pc-map-title-hint" />
        <small id="pc-map-title-hint">{strings.mapTitleHint}</small>
      </label>
      {stages.length > 1 && (
        <fieldset class="pc-list">
          <legend>{strings.stageOrder}</legend>
          <ol>
            {stages.map((stage, index) => (
              <li class="pc-row" key={stage.id}>
                <span class="pc-grow">{stage.name}</span>
                <span class="pc-row-buttons">
                  <button type="button" class="pc-icon" aria-label={strings.moveUp(stage.name)} title={strings.moveUp(stage.name)} disabled={index === 0} onClick={() => onMove(index, -1)}>
                    ↑
                  </button>
                  <button
                    type="button"
                    class="pc-icon"
                    aria-label={strings.moveDown(stage.name)}
                    title={strings.moveDown(stage.name)}
                    disabled={index === stages.length - 1}
                    onClick={() => onMove(index, 1)}
                  >
                    ↓
                  </button>
                </span>
              </li>
            ))}
          </ol>
          <p class="pc-hint">{strings.stageOrderHint}</p>
          {reordered && (
            <button type="button" class="pc-link" onClick={onReset}>
              {strings.fileOrder}
            </button>
          )}
        </fieldset>
      )}
    </div>
  );
}
