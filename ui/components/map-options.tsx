import { drawableLanes, type Journey } from '../../core/src/index.js';
import type { EvidenceStrings } from '../evidence-strings.js';
import type { PanelStrings } from '../panel-strings.js';
import type { PanelOptions } from '../state/panel-draft.js';
import { FocusOptions } from './focus-options.js';

interface Props {
  journey: Journey;
  options: PanelOptions;
  strings: PanelStrings;
  evidence: EvidenceStrings;
  /** The host's fixed sticky size: then the size choice is not offered. */
  fixedStickySize: { w: number; h: number } | undefined;
  onChange: (options: PanelOptions) => void;
}

/** Lane toggles, sticky size, palette, quotes per cell, the focus of a big map, and thin evidence. */
export function MapOptions({ journey, options, strings, evidence, fixedStickySize, onChange }: Props) {
  const hidden = new Set(options.hiddenLanes);
  const hasQuotes = journey.lanes.some((lane) => lane.kind === 'thoughts');
  // Thin evidence needs answers to count: offered when the data counts them.
  const counted = journey.emotions.some((emotion) => emotion.n !== undefined) || journey.cards.some((card) => card.sources.length > 0);
  return (
    <div class="pc-stack">
      <fieldset class="pc-chips">
        <legend>{strings.lanesShown}</legend>
        {drawableLanes(journey).map((lane) => (
          <label class="pc-chip" key={lane.id}>
            <input
              type="checkbox"
              checked={!hidden.has(lane.id)}
              onChange={(event) => {
                const next = new Set(hidden);
                if (event.currentTarget.checked) next.delete(lane.id);
                else next.add(lane.id);
                onChange({ ...options, hiddenLanes: [...next] });
              }}
            />
            <span>{lane.title}</span>
          </label>
        ))}
      </fieldset>
      <div class="pc-inline">
        {fixedStickySize === undefined && (
          <label class="pc-field">
            <span>{strings.stickySize}</span>
            <select value={options.stickySize} onChange={(event) => onChange({ ...options, stickySize: event.currentTarget.value as PanelOptions['stickySize'] })}>
              {(['small', 'medium', 'large'] as const).map((size) => (
                <option value={size} key={size}>
                  {strings.sizes[size]}
                </option>
              ))}
            </select>
          </label>
        )}
        <label class="pc-field">
          <span>{strings.palette}</span>
          <select value={options.palette} onChange={(event) => onChange({ ...options, palette: event.currentTarget.value as PanelOptions['palette'] })}>
            {(['light', 'dark'] as const).map((palette) => (
              <option value={palette} key={palette}>
                {strings.palettes[palette]}
              </option>
            ))}
          </select>
        </label>
        {hasQuotes && (
          <label class="pc-field">
            <span>{strings.maxQuotes}</span>
            <input
              type="number"
              min={0}
              max={20}
              value={options.maxQuotes}
              onInput={(event) => {
                const value = Number.parseInt(event.currentTarget.value, 10);
                if (Number.isFinite(value)) onChange({ ...options, maxQuotes: Math.max(0, Math.min(20, value)) });
              }}
            />
          </label>
        )}
        {counted && (
          <label class="pc-field">
            <span>{evidence.minEvidence}</span>
            <input
              type="number"
              min={0}
              max={1000}
              value={options.minEvidence ?? 5}
              onInput={(event) => {
                const value = Number.parseInt(event.currentTarget.value, 10);
                if (Number.isFinite(value)) onChange({ ...options, minEvidence: Math.max(0, Math.min(1000, value)) });
              }}
            />
          </label>
        )}
      </div>
      <FocusOptions journey={journey} options={options} strings={strings} onChange={onChange} />
    </div>
  );
}
