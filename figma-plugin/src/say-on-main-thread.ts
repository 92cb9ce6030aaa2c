import type { MessageCode, Param, ParamsOf, say as coreSay, SaidAs } from '../../core/src/index.js';

/**
 * `say` as FigJam's main thread has it: the code and params, and an empty `message`. The main thread
 * never words a message (PRODUCT.md §11: wording happens in the panel): `scripts/build/figjam.mjs`
 * puts this function in `code.js` in place of core's `say`, so `code.js` carries no word table,
 * and the panel host gives each message received its English `message` (`withEnglishMessages`)
 * before the panel words it in the user's language. Same signature as core's `say`.
 *
 * @example say('figjam.cancelled', { done: 3, total: 9 }) // { code: 'figjam.cancelled', params: { done: 3, total: 9 }, message: '' }
 */
export const say: typeof coreSay = <C extends MessageCode>(code: C, ...params: ParamsOf<C> extends undefined ? [] : [ParamsOf<C>]): SaidAs<C> => ({
  code,
  params: (params[0] ?? {}) as Record<string, Param>,
  message: '',
});
