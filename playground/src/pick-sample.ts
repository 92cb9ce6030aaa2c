/** The samples the playground prefers to open with, best first: research data makes the richest map. */
export const PREFERRED_SAMPLES = ['interviews-en.csv', 'parcours-fr.csv', 'home-insurance-claim.json', 'team-onboarding.mmd'];

/**
 * Which sample file to load at start: the one asked for in the URL (`?sample=name`, `none` for an
 * empty board) if it exists, else the first preferred sample available, else any sample.
 * Returns `undefined` when there is nothing to load.
 *
 * @example pickSample(['a.csv', 'parcours-fr.csv'], null) // 'parcours-fr.csv'
 */
export function pickSample(available: readonly string[], asked: string | null): string | undefined {
  if (asked === 'none') return undefined;
  if (asked !== null && available.includes(asked)) return asked;
  return PREFERRED_SAMPLES.find((name) => available.includes(name)) ?? [...available].sort()[0];
}
