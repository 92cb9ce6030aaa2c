/** A third plugin-data key, on nodes of cards that keep who said them (`Card.sources`). */
export const SOURCES_KEY = 'parcours.sources';

/**
 * FigJam's limit for one plugin-data entry: "The total size of your entry (`pluginId`, `key`,
 * `value`) cannot exceed 100 kB" (setPluginData in @figma/plugin-typings, plugin-api.d.ts). Read as
 * 100,000 bytes of UTF-8, the stricter reading, less a margin for the plugin id and the key.
 */
export const SOURCES_MAX_BYTES = 100_000 - 1_000;

/**
 * The sources of a card as stored in its node's plugin data, within FigJam's entry limit:
 * `{"n":12,"s":["P01",…]}` whole when it fits, else the first sources that fit and how many more
 * there are, `{"n":5000,"s":[…],"more":1200}`: the count stays whole on the card (`×N`) and the full
 * list lives in the HTML report. `''` for a card without sources (no entry is written). Measures
 * UTF-8 by hand: the main thread has no `TextEncoder` (PRODUCT.md §11).
 *
 * @example encodeSourcesData(['P01', 'P02'], 2) // '{"n":2,"s":["P01","P02"]}'
 */
export function encodeSourcesData(sources: readonly string[] | undefined, count: number | undefined, maxBytes = SOURCES_MAX_BYTES): string {
  if (sources === undefined || sources.length === 0) return '';
  const n = count ?? sources.length;
  const head = `{"n":${n},"s":[`;
  // Room kept for the closing `],"more":N}`.
  const tail = 24;
  let bytes = utf8Length(head) + tail;
  const kept: string[] = [];
  for (const source of sources) {
    const quoted = JSON.stringify(source);
    const size = utf8Length(quoted) + 1;
    if (bytes + size > maxBytes) break;
    bytes += size;
    kept.push(quoted);
  }
  const more = sources.length - kept.length;
  return `${head}${kept.join(',')}]${more > 0 ? `,"more":${more}` : ''}}`;
}

/** Bytes of `text` in UTF-8 (a surrogate pair is 4 bytes, as two halves of 2). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xe000 ? 2 : 3;
  }
  return bytes;
}
