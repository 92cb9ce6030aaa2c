import { EN_WORDS, say, type MessageCode, type Param } from '../../core/src/index.js';

type Unworded = { code: string; params?: Record<string, Param>; message: string };

/**
 * A message from FigJam's main thread with the English `message` of every coded message in it
 * filled in: the main thread sends codes and params with an empty `message` (`say-on-main-thread.ts`),
 * and everything the panel reads (`wordMessage`'s fallback, logs, the §7 contract) expects core's
 * English wording there. Nested messages (in params) are worded first, as `say` expects them.
 * Changes `value` in place and returns it.
 *
 * @example withEnglishMessages({ problems: [{ code: 'figjam.cancelled', params: { done: 3, total: 9 }, message: '' }] })
 */
export function withEnglishMessages<T>(value: T): T {
  fill(value);
  return value;
}

function fill(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) fill(item);
    return;
  }
  for (const inner of Object.values(value)) fill(inner);
  const said = value as Partial<Unworded>;
  if (typeof said.code === 'string' && said.message === '' && said.code in EN_WORDS) {
    const worded = say as (code: MessageCode, params: Record<string, Param>) => { message: string };
    said.message = worded(said.code as MessageCode, said.params ?? {}).message;
  }
}
