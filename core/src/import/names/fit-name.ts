/**
 * Shortens a name to what the model accepts (stage and persona names 500 characters, phases 200),
 * visibly, with an ellipsis; `shortened` says whether it had to, so the caller can warn.
 *
 * @example fitName('Découverte', 500) // { text: 'Découverte', shortened: false }
 */
export function fitName(text: string, max: number): { text: string; shortened: boolean } {
  return text.length <= max ? { text, shortened: false } : { text: `${text.slice(0, max - 1)}…`, shortened: true };
}
