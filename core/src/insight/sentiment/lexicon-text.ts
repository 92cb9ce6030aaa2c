/**
 * The characters a value index is written with: visible ASCII but `"` and `\` (escaped in a
 * JavaScript string, so they would weigh double) and `<` (FigJam's panel is one HTML page, where
 * `</script` would end the script).
 */
const DIGITS = Array.from({ length: 94 }, (_, index) => String.fromCharCode(33 + index))
  .filter((char) => !'"\\<'.includes(char))
  .join('');
/** A shared prefix is written as one capital letter, `A` (none) to `Z` (25 characters). */
const MAX_PREFIX = 25;

/**
 * A lexicon (word → valence) as compact text: the distinct valences as the source wrote them, then
 * the words sorted, each as the length of the prefix it shares with the one before (a capital
 * letter) and the rest, then each word's valence as an index into the first list. Gzip finds the
 * words' shared prefixes and valences poorly in a JavaScript object literal; written this way the
 * published lexicons weigh about 40 % less in the panel bundles. Words must be lower-case, without
 * `A`–`Z` or line breaks; `decodeLexicon` gives back exactly the same numbers (checked here).
 *
 * @example encodeLexicon([['bad', -2.5], ['badly', -2.1]]) // '-2.5,-2.1\nAbadDly\n!#'
 */
export function encodeLexicon(entries: Iterable<readonly [string, number]>): string {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const values = [...new Set(sorted.map(([, value]) => value))].sort((a, b) => a - b);
  const width = values.length <= DIGITS.length ? 1 : 2;
  if (values.length > DIGITS.length ** 2) throw new Error(`encodeLexicon: ${values.length} distinct valences, at most ${DIGITS.length ** 2}`);
  const index = new Map(values.map((value, position) => [value, position]));
  let previous = '';
  let words = '';
  let valences = '';
  for (const [word, value] of sorted) {
    if (word === '' || /[A-Z\n]/.test(word)) throw new Error(`encodeLexicon: cannot write the word ${JSON.stringify(word)}`);
    let shared = 0;
    while (shared < MAX_PREFIX && shared < word.length && shared < previous.length && word[shared] === previous[shared]) shared++;
    words += String.fromCharCode(65 + shared) + word.slice(shared);
    previous = word;
    const position = index.get(value) ?? 0;
    valences += width === 1 ? DIGITS[position] : `${DIGITS[Math.floor(position / DIGITS.length)]}${DIGITS[position % DIGITS.length]}`;
  }
  const text = `${values.map(String).join(',')}\n${words}\n${valences}`;
  const decoded = decodeLexicon(text);
  if (decoded.size !== sorted.length || sorted.some(([word, value]) => !Object.is(decoded.get(word), value))) throw new Error('encodeLexicon: the text does not read back as the lexicon');
  return text;
}

/**
 * The lexicon `encodeLexicon` wrote, as a map.
 *
 * @example decodeLexicon('-2.5,-2.1\nAbadDly\n!#').get('badly') // -2.1
 */
export function decodeLexicon(text: string): Map<string, number> {
  const [valueList = '', words = '', valences = ''] = text.split('\n');
  const values = valueList === '' ? [] : valueList.split(',').map(Number);
  const width = values.length <= DIGITS.length ? 1 : 2;
  const map = new Map<string, number>();
  let word = '';
  let count = 0;
  const add = () => {
    const at = count * width;
    const position = width === 1 ? DIGITS.indexOf(valences[at] ?? '') : DIGITS.indexOf(valences[at] ?? '') * DIGITS.length + DIGITS.indexOf(valences[at + 1] ?? '');
    map.set(word, values[position] ?? Number.NaN);
    count++;
  };
  for (let at = 0; at < words.length; at++) {
    const code = words.charCodeAt(at);
    if (code >= 65 && code <= 90) {
      if (at > 0) add();
      word = word.slice(0, code - 65);
    } else word += words[at];
  }
  if (words.length > 0) add();
  return map;
}
