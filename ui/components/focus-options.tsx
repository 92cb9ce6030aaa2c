import type { Journey } from '../../core/src/index.js';
import type { PanelStrings } from '../panel-strings.js';
import type { PanelOptions } from '../state/panel-draft.js';

interface Props {
  journey: Journey;
  options: PanelOptions;
  strings: PanelStrings;
  onChange: (options: PanelOptions) => void;
}

/** The choices of "cards per cell" offered: all, or a few. */
const TOPS = [1, 2, 3, 5, 10] as const;

/**
 * For a big map: "cards per cell" (the most said) and "said by at least N people" (only offered
 * when some card was said by several). What they leave out is counted in each cell's `+N more`.
 */
export function FocusOptions({ journey, options, strings, onChange }: Props) {
  const { kit } = strings;
  const counted = journey.cards.some((card) => card.count !== undefined && card.count > 1);
  const minCount = options.minCount ?? 1;
  const set = (change: { topPerCell?: number | undefined; minCount?: number | undefined }) => {
    const { topPerCell: _top, minCount: _min, ...rest } = options;
    const topPerCell = 'topPerCell' in change ? change.topPerCell : options.topPerCell;
    const min = 'minCount' in change ? change.minCount : options.minCount;
    onChange({ ...rest, ...(topPerCell !== undefined && { topPerCell }), ...(min !== undefined && min > 1 && { minCount: min }) });
  };
  return (
    <div class="pc-inline">
      <label class="pc-field">
        <span>{kit.topPerCell}</span>
        <select value={options.topPerCell ?? ''} onChange={(event) => set({ topPerCell: event.currentTarget.value === '' ? undefined : Number(event.currentTarget.value) })}>
          <option value="">{kit.topAll}</option>
          {TOPS.map((top) => (
            <option value={top} key={top}>
              {top}
            </option>
          ))}
        </select>
        <small>{kit.topPerCellHint}</small>
      </label>
      {counted && (
        <label class="pc-field">
          <span>{kit.minCount}</span>
          <input
            type="number"
            min={1}
            max={100000}
            value={minCount}
            onInput={(event) => {
              const value = Number.parseInt(event.currentTarget.value, 10);
              if (Number.isFinite(value)) set({ minCount: Math.max(1, Math.min(100_000, value)) });
            }}
          />
          <small>{kit.minCountHint(minCount)}</small>
        </label>
      )}
    </div>
  );
}
