import { describe, expect, it } from 'vitest';
import { LaneTally } from '../../core/src/import/interview/lane-tally.js';
import { CHANNELS } from '../../core/src/model/journey.js';

const WEB = CHANNELS.indexOf('web');
const APP = CHANNELS.indexOf('app');

describe('LaneTally', () => {
  it('counts a row once per card when two of its cells say the same thing', () => {
    const tally = new LaneTally();
    // Rows 4 and 5 without a participant column: their sources are −row−1.
    tally.add('Too slow', 0, 4, -5, -1, -1);
    tally.add('too slow', 0, 4, -5, -1, -1);
    tally.add('Too slow | Too slow.', 0, 5, -6, -1, -1);
    expect(tally.cards(1)).toEqual([[{ text: 'Too slow', sources: [-5, -6], sourceChannels: [], personas: [], firstRow: 4 }]]);
  });

  it('gives a row one channel vote per card however many of its cells say it', () => {
    const tally = new LaneTally();
    tally.add('Booking site', 0, 0, 0, -1, WEB);
    tally.add('Booking site', 0, 0, 0, -1, WEB);
    tally.add('Booking site', 0, 1, 1, -1, APP);
    tally.add('Booking site', 0, 2, 2, -1, APP);
    expect(tally.cards(1)[0]?.[0]?.channel).toBe('app');
  });
});
