import { JourneySchema } from './journey.js';
import { zodMessage } from './zod-messages.js';

/**
 * Validates a value as a journey (`JourneySchema.safeParse`) with readable messages. zod/mini ships
 * without messages (−60 KB against full zod in the panels); ours are given with each check rather
 * than set for every schema by `z.config` when a module loads, so loading core changes nothing
 * (package.json's `"sideEffects": false`).
 *
 * @example checkJourney({ ...journey, title: 3 }).error?.issues[0]?.message // 'Invalid input: expected string, received number'
 */
export function checkJourney(value: unknown) {
  // `reportInput` keeps the value each issue met, so a message can say what was received in any language.
  return JourneySchema.safeParse(value, { error: zodMessage, reportInput: true });
}
