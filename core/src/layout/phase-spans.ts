import type { Stage } from '../model/journey.js';

/** A run of consecutive stages sharing one phase, drawn as one band above them. */
export interface PhaseSpan {
  label: string;
  /** Index of the first and last stage of the run. */
  first: number;
  last: number;
}

/**
 * Merges consecutive stages with the same phase (compared trimmed and case-insensitively) into
 * spans; stages without a phase get no band. The label is the first stage's spelling, except a
 * canonical phase key (`awareness`…), which shows its name in the journey's language.
 *
 * @example phaseSpans([{ phase: 'Achat' }, { phase: 'achat' }, { phase: 'Fidélisation' }], names) // 2 spans: 0–1, 2–2
 */
export function phaseSpans(stages: readonly Pick<Stage, 'phase'>[], names: Readonly<Record<string, string>> = {}): PhaseSpan[] {
  const spans: PhaseSpan[] = [];
  let current: (PhaseSpan & { norm: string }) | undefined;
  stages.forEach((stage, index) => {
    const label = stage.phase?.trim() ?? '';
    const norm = label.toLowerCase();
    if (current && norm !== '' && norm === current.norm && current.last === index - 1) {
      current.last = index;
      return;
    }
    if (current) spans.push({ label: current.label, first: current.first, last: current.last });
    current = norm === '' ? undefined : { label: phaseLabel(label, names), norm, first: index, last: index };
  });
  if (current) spans.push({ label: current.label, first: current.first, last: current.last });
  return spans;
}

/**
 * How a phase is shown: a canonical phase key (`awareness`…) by its name in `names`, any other
 * label as written (trimmed).
 *
 * @example phaseLabel('retention', { retention: 'Fidélisation' }) // 'Fidélisation'
 */
export function phaseLabel(phase: string, names: Readonly<Record<string, string>>): string {
  const label = phase.trim();
  const key = label.toLowerCase();
  return Object.hasOwn(names, key) ? (names[key] ?? label) : label;
}
