import { CHANNELS, type Channel } from '../../model/journey.js';
import { CHANNEL_WORDS } from './channel-words.js';
import { normalizeKey } from './normalize-key.js';

const BY_PHRASE = buildPhrases();
const LONGEST = Math.max(...[...BY_PHRASE.keys()].map((phrase) => phrase.split(' ').length));

/**
 * The channel a touchpoint or channel cell names, if any: an exact channel name (`app`), or a word
 * or phrase that says it (`Instagram` → social, `Site web` → web, `Appel au service client` → phone).
 * The first word or phrase found, left to right, wins.
 *
 * @example inferChannel('Appli SNCF Connect') // 'app'
 * @example inferChannel('Ami') // undefined
 */
export function inferChannel(text: string): Channel | undefined {
  const words = normalizeKey(text).replace(/[^a-z0-9]+/g, ' ').trim().split(' ');
  for (let start = 0; start < words.length; start++) {
    for (let length = Math.min(LONGEST, words.length - start); length >= 1; length--) {
      const found = BY_PHRASE.get(words.slice(start, start + length).join(' '));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Words first, so that "mail" in running text is an e-mail (as French speakers write it); channel names after. */
function buildPhrases(): Map<string, Channel> {
  const phrases = new Map<string, Channel>();
  for (const [channel, words] of Object.entries(CHANNEL_WORDS) as [Channel, readonly string[]][]) {
    for (const word of words) {
      const key = normalizeKey(word).replace(/[^a-z0-9]+/g, ' ').trim();
      if (!phrases.has(key)) phrases.set(key, channel);
    }
  }
  for (const channel of CHANNELS) if (!phrases.has(channel)) phrases.set(channel, channel);
  return phrases;
}

/**
 * The channel a channel cell or a `(channel)` suffix names: one of the model's channel names
 * exactly (`mail` is postal mail here), else whatever `inferChannel` finds in it.
 *
 * @example channelNamed('mail') // 'mail'
 * @example channelNamed('Téléphone') // 'phone'
 */
export function channelNamed(text: string): Channel | undefined {
  const key = normalizeKey(text);
  return (CHANNELS as readonly string[]).includes(key) ? (key as Channel) : inferChannel(text);
}
