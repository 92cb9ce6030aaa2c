import { titleFromFileName } from './title-from-file-name.js';

/**
 * The journey's title: the one given, else the one the file states (a title line above a CSV
 * header), else one made from the file name (`titleFromFileName`: wave, version and date markers
 * dropped), else "Parcours" or "Journey" in the journey's language.
 *
 * @example journeyTitle({ filename: 'data/parcours_banque_vague2.csv' }, 'fr') // 'Parcours banque'
 * @example journeyTitle({ filename: 'export.csv' }, 'fr', 'Ouverture de compte') // 'Ouverture de compte'
 */
export function journeyTitle(options: { title?: string | undefined; filename?: string | undefined }, locale: 'fr' | 'en', stated?: string): string {
  const explicit = statedTitle(options, stated);
  if (explicit !== undefined) return explicit;
  const name = titleFromFileName(options.filename ?? '');
  if (name !== '') return name.slice(0, 500);
  return locale === 'fr' ? 'Parcours' : 'Journey';
}

/**
 * The title the user or the file states (given, else a title line), trimmed; `undefined` when the
 * title can only come from the file name. The journey's id follows this title (`journeyIdOf`).
 *
 * @example statedTitle({ filename: 'a.csv' }, undefined) // undefined
 */
export function statedTitle(options: { title?: string | undefined }, stated?: string): string | undefined {
  for (const title of [options.title, stated]) {
    const text = title?.trim();
    if (text !== undefined && text !== '') return text.slice(0, 500);
  }
  return undefined;
}
