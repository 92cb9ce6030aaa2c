/**
 * The language of the CLI's messages and reports: `--lang`, else the system locale (`LC_ALL`, then
 * `LC_MESSAGES`, then `LANG`, as POSIX orders them), French for `fr…`, English otherwise.
 *
 * @example cliLocale(undefined, { LANG: 'fr_FR.UTF-8' }) // 'fr'
 */
export function cliLocale(lang: 'fr' | 'en' | undefined, env: Readonly<Record<string, string | undefined>> = process.env): 'fr' | 'en' {
  if (lang !== undefined) return lang;
  const system = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '') ?? '';
  return /^fr([_.@-]|$)/i.test(system) ? 'fr' : 'en';
}
