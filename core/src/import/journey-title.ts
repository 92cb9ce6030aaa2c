/**
 * The journey's title: the one given, else the file name without folder and extension (dashes and
 * underscores read as spaces), else "Parcours" or "Journey" in the journey's language.
 *
 * @example journeyTitle({ filename: 'data/parcours_banque.csv' }, 'fr') // 'Parcours banque'
 */
export function journeyTitle(options: { title?: string | undefined; filename?: string | undefined }, locale: 'fr' | 'en'): string {
  const given = options.title?.trim();
  if (given !== undefined && given !== '') return given.slice(0, 500);
  const base = (options.filename ?? '').split(/[\\/]/).pop() ?? '';
  const name = base.replace(/\.[^.]*$/, '').replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (name !== '') return (name.charAt(0).toUpperCase() + name.slice(1)).slice(0, 500);
  return locale === 'fr' ? 'Parcours' : 'Journey';
}
