import type { EmotionReading } from './read-emotion.js';

/**
 * What the emotion cells of a file hold, gathered in one pass so the scale can be chosen after:
 * how many numbers, their range, how many exceed 10, how many percentages and words.
 *
 * @example const stats = new ScaleStats(); stats.add(readEmotion('4')); detectScale(stats, {})
 */
export class ScaleStats {
  numbers = 0;
  min = Infinity;
  max = -Infinity;
  /** The largest value not above 10, so one typo (`55`) does not turn a 1–5 file into percentages. */
  maxUpTo10 = -Infinity;
  above10 = 0;
  percents = 0;
  words = 0;

  /** Counts `reading`, as if it were read `times` times (the cells of a file that hold it). */
  add(reading: EmotionReading, times = 1): void {
    if (times <= 0) return;
    if (reading.kind === 'number') this.addNumber(reading.value, times);
    else if (reading.kind === 'percent') this.percents += times;
    else if (reading.kind === 'word') this.words += times;
  }

  addNumber(value: number, times = 1): void {
    this.numbers += times;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    if (value > 10) this.above10 += times;
    else if (value > this.maxUpTo10) this.maxUpTo10 = value;
  }
}
