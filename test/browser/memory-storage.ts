/**
 * A `localStorage` in memory for the playground host; `values` shows what was written.
 *
 * @example const storage = memoryStorage({ [DRAFT_KEY]: '{not json' }); createPlaygroundHost(board, { locale: 'fr', storage });
 */
export function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value), values };
}
