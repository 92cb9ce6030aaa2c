import type { PanelStrings } from '../panel-strings.js';
import type { PreviousWaveChoice } from '../use-previous-wave.js';

interface Props {
  wave: PreviousWaveChoice;
  strings: PanelStrings;
  locale: 'fr' | 'en';
  disabled: boolean;
}

/**
 * "Keep the previous wave": the tick, which wave that is (the last one placed from this panel on
 * the map, or a file), and a picker for the previous wave's file when none is stored or the user
 * wants another.
 */
export function PreviousWaveOption({ wave, strings, locale, disabled }: Props) {
  const words = strings.previousWave;
  const { candidate, file } = wave;
  const when = (placedAt: number) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(placedAt);
  const source =
    file && 'journey' in file ? words.fromFile(file.name) : candidate ? words.from(candidate.journey.title, when(candidate.placedAt)) : undefined;
  return (
    <div class="pc-stack pc-previous-wave" data-testid="pc-previous-wave">
      <label class="pc-check">
        <input type="checkbox" checked={wave.keep} disabled={disabled} onChange={(event) => wave.setKeep(event.currentTarget.checked)} />
        <span>{words.keep}</span>
      </label>
      {wave.keep && (
        <>
          <p class="pc-muted">{words.keepHint}</p>
          {source !== undefined ? <p data-testid="pc-previous-wave-source">{source}</p> : <p class="pc-note">{words.none}</p>}
          {file && 'failed' in file && (
            <p class="pc-error" role="alert">
              {words.fileFailed(file.name)}
            </p>
          )}
          <label class="pc-button pc-secondary">
            {source !== undefined ? words.otherFile : words.chooseFile}
            <input
              type="file"
              class="pc-visually-hidden"
              accept=".csv,.tsv,.txt,.json,.mmd,.mermaid,.md"
              disabled={disabled}
              data-testid="pc-previous-wave-file"
              onChange={(event) => {
                const chosen = event.currentTarget.files?.[0];
                if (chosen) void wave.chooseFile(chosen);
                event.currentTarget.value = '';
              }}
            />
          </label>
        </>
      )}
    </div>
  );
}
