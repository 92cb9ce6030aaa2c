import { IMPORT_STEPS, type ImportStep } from '../import-worker-protocol.js';
import type { PanelStrings } from '../panel-strings.js';

/**
 * Where a big import is: a progress bar over its steps and the step's words ("Step 2 of 3: reading
 * the sheets"). The worker tells each step as it starts, so the bar counts steps begun.
 *
 * @example <ImportProgress step="reading-workbook" strings={strings} />
 */
export function ImportProgress({ step, strings }: { step: ImportStep; strings: PanelStrings }) {
  const index = IMPORT_STEPS.indexOf(step) + 1;
  const words = strings.importStep(index, IMPORT_STEPS.length, strings.importSteps[step] ?? step);
  return (
    <>
      <progress class="pc-progress" max={IMPORT_STEPS.length} value={index} aria-label={words} />
      <span class="pc-muted">{words}</span>
    </>
  );
}
