import type { Lang, Said, Wording } from './wording.js';

/**
 * The wording of a language with `Intl`: numbers by `Intl.NumberFormat` (French `3,5` and `12 000`
 * with a narrow no-break space), agreement by `Intl.PluralRules` (French: 0 and 1 take the
 * singular), lists by `Intl.ListFormat`. For the panel and the CLI only: FigJam's main thread has
 * no `Intl` guarantee (PRODUCT.md §11), it sends codes and counts and the panel words them.
 *
 * @example intlWording('fr', wordMessage).n(12000.5) // '12 000,5'
 */
export function intlWording(lang: Lang, say: (said: Said, lang: Lang) => string): Wording {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const plurals = new Intl.PluralRules(locale);
  const lists = new Intl.ListFormat(locale, { type: 'conjunction' });
  const pick = (value: number, one: string, other: string) => (plurals.select(value) === 'one' ? one : other);
  return {
    lang,
    n: (value) => numbers.format(value),
    count: (value, one, other) => `${numbers.format(value)} ${pick(value, one, other)}`,
    plural: pick,
    q: (text) => (lang === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`),
    list: (items) => lists.format(items),
    say: (said) => say(said, lang),
  };
}
