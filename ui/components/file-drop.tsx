import { useState } from 'preact/hooks';
import type { PanelStrings } from '../panel-strings.js';

/**
 * Extensions the importer reads; the picker offers them first, any file can still be dropped (a
 * workbook is known by its bytes, whatever its name).
 */
const ACCEPT = '.csv,.tsv,.txt,.xlsx,.xlsm,.ods,.json,.mmd,.mermaid,.md';

/** A drop zone with a file picker inside, usable with the keyboard through the picker's label. */
export function FileDrop({ strings, onFile }: { strings: PanelStrings; onFile: (file: File) => void }) {
  const [over, setOver] = useState(false);
  return (
    <div
      class={over ? 'pc-drop pc-drop-over' : 'pc-drop'}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer?.files[0];
        if (file) onFile(file);
      }}
    >
      <p>{strings.dropFile}</p>
      <label class="pc-button pc-secondary">
        {strings.chooseFile}
        <input
          type="file"
          class="pc-visually-hidden"
          accept={ACCEPT}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) onFile(file);
            event.currentTarget.value = '';
          }}
        />
      </label>
    </div>
  );
}
