/**
 * The journey's title: the one given, else the one the file states (a title line above a CSV
 * header), else the file name without folder and extension (dashes and underscores read as
 * spaces), else "Parcours" or "Journey" in the journey's language.
 *
 * @example journeyTitle({ filename: 'data/parcours_banque.csv' }, 'fr') // 'Parcours banque'
 * @example journeyTitle({ filename: 'export.csv' }, 'fr', 'Ouverture de compte') // 'Ouverture de compte'
 */
export function journeyTitle(options: { title?: string | undefined; filename?: string | undefined }, locale: 'fr' | 'en', stated?: string): string {
  for (const title of [options.title, stated]) {
    const text = title?.trim();
    if (text !== undefined && text !== '') return text.slice(0, 500);
  }
  const base = (options.filename ?? '').split(/[\\/]/).pop() ?? '';
  const name = base.replace(/\.[^.]*$/, '').replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (name !== '') return (name.charAt(0).toUpperCase() + name.slice(1)).slice(0, 500);
  return locale === 'fr' ? 'Parcours' : 'Journey';
}
