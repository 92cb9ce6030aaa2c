/** How many stage ids the draft keeps. */
export const STAGE_ORDER_MAX = 500;

/**
 * Stages in the order the user chose in the panel (`order`: stage ids, kept with the draft), the
 * others where the file put them: a stage the order does not name follows the stage before it in
 * the file. Stage ids come from names, so the next file of the study comes in the same order.
 *
 * @example orderedStages([{ id: 'a' }, { id: 'b' }, { id: 'c' }], ['c', 'a']).map((s) => s.id) // ['c', 'a', 'b']
 */
export function orderedStages<Stage extends { id: string }>(stages: readonly Stage[], order: readonly string[]): Stage[] {
  const rank = new Map(order.map((id, index) => [id, index]));
  const named = stages.filter((stage) => rank.has(stage.id)).sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  if (named.length === 0) return [...stages];
  const result = [...named];
  stages.forEach((stage, index) => {
    if (rank.has(stage.id)) return;
    const before = stages[index - 1];
    const at = before === undefined ? -1 : result.indexOf(before);
    result.splice(at + 1, 0, stage);
  });
  return result;
}

/**
 * The order to keep after moving the stage at `index` of `shown` one step (−1 up, +1 down): every
 * shown stage's id in its new place, then the remembered ids of stages this journey does not have
 * (another study's). Out of range: the order as shown.
 *
 * @example movedStageOrder(['a', 'b', 'c'], 2, -1, ['x']) // ['a', 'c', 'b', 'x']
 */
export function movedStageOrder(shown: readonly string[], index: number, step: -1 | 1, remembered: readonly string[]): string[] {
  const next = [...shown];
  const other = index + step;
  if (index >= 0 && index < next.length && other >= 0 && other < next.length) {
    [next[index], next[other]] = [next[other] as string, next[index] as string];
  }
  const here = new Set(shown);
  // Bounded like the draft that keeps it: the oldest studies' orders go first.
  return [...next, ...remembered.filter((id) => !here.has(id))].slice(0, STAGE_ORDER_MAX);
}

/**
 * The order without this journey's stages: they go back to the file's order.
 *
 * @example withoutStages(['a', 'x'], ['a', 'b']) // ['x']
 */
export function withoutStages(order: readonly string[], stageIds: readonly string[]): string[] {
  const here = new Set(stageIds);
  return order.filter((id) => !here.has(id));
}
