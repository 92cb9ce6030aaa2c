import type { Channel } from '../../model/journey.js';
import { channelNamed, inferChannel } from './infer-channel.js';

/**
 * Reads a touchpoint card: a trailing `(channel)` names its channel and is removed from the text
 * (`Instagram (social)`); otherwise a channel word inside the text is used (`Site web` → web) and the
 * text is kept whole. A bracket that names no channel stays part of the text.
 *
 * @example splitTouchpoint('Instagram (social)') // { text: 'Instagram', channel: 'social' }
 * @example splitTouchpoint('Guichet (Paris)') // { text: 'Guichet (Paris)', channel: 'store' }
 */
export function splitTouchpoint(cell: string): { text: string; channel?: Channel } {
  const bracket = /^(.*\S)\s*\(([^()]+)\)\s*$/s.exec(cell);
  if (bracket !== null) {
    const named = channelNamed(bracket[2] ?? '');
    if (named !== undefined) return { text: bracket[1] ?? cell, channel: named };
  }
  const inferred = inferChannel(cell);
  return inferred === undefined ? { text: cell } : { text: cell, channel: inferred };
}
