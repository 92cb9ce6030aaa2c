import { CHANNELS, type Channel } from '../../model/journey.js';
import { LIMITS } from '../../model/limits.js';
import type { Problem } from '../../model/problem.js';
import type { Column } from '../columns/column.js';
import type { CsvTable } from '../csv/csv-table.js';
import { readEmotion, type EmotionReading } from '../emotion/read-emotion.js';
import { ScaleStats } from '../emotion/scale-stats.js';
import { channelNamed } from '../names/infer-channel.js';
import { keyTailHash } from '../names/key-tail-hash.js';
import { NameIndex } from '../names/name-index.js';
import { RecentCells } from '../names/recent-cells.js';
import type { ProblemList } from '../problem-list.js';
import { tooLong } from '../text-limit.js';
import { IntList } from './int-list.js';
import { LaneTally } from './lane-tally.js';
import { say } from '../../words/say.js';

/** The columns an interview import reads. */
export interface InterviewColumns {
  stage: Column;
  participant: Column | undefined;
  persona: Column | undefined;
  phase: Column | undefined;
  channel: Column | undefined;
  emotion: Column | undefined;
  /** Columns feeding each text lane, in lane order. */
  lanes: readonly (readonly Column[])[];
  thoughts: readonly Column[];
}

/** Where the columns of `InterviewColumns` are: 0-based positions, −1 for a column the file lacks. */
interface ColumnPositions {
  stage: number;
  participant: number;
  persona: number;
  phase: number;
  channel: number;
  emotion: number;
  lanes: readonly (readonly number[])[];
  /** Per lane: whether its tally keeps each source's channel (touchpoints). */
  channelLanes: readonly boolean[];
  thoughts: readonly number[];
}

/**
 * Per data row (indexed like the table's rows): its stage (−1 for a row not read: blank or without
 * stage), source (participant index, or −row−1 when it names none), persona (or −1), channel (index
 * into `CHANNELS`, or −1) and emotion (index into `readings`, or −1). Typed arrays: a pass over
 * 100,000 rows writes them without creating garbage.
 */
export class RowFacts {
  /** Rows read (with a stage). */
  count = 0;
  readonly stage: Int32Array;
  readonly source: Int32Array;
  readonly persona: Int32Array;
  readonly channel: Int8Array;
  readonly reading: Int32Array;

  constructor(rowCount: number) {
    this.stage = new Int32Array(rowCount).fill(-1);
    this.source = new Int32Array(rowCount);
    this.persona = new Int32Array(rowCount).fill(-1);
    this.channel = new Int8Array(rowCount).fill(-1);
    this.reading = new Int32Array(rowCount).fill(-1);
  }
}

/**
 * Everything the single pass over interview rows records (`readInterviewRows`), and the pass itself
 * (`readRows`). Its loop touches only numbers, strings and typed arrays per row: it allocates next
 * to nothing however many rows there are.
 */
export class InterviewRows {
  readonly facts: RowFacts;
  /** Observations whose persona cell is empty, when there is a persona column. */
  withoutPersona = 0;
  readonly stages = new NameIndex();
  readonly personas = new NameIndex();
  readonly participants = new NameIndex();
  readonly phases = new NameIndex();
  /** Per stage, votes per phase index. */
  readonly phaseVotes: number[][] = [];
  /** Per lane, what was said. */
  readonly tallies: LaneTally[];
  /** The distinct emotion cells, read once each. */
  readonly readings: EmotionReading[] = [];
  /** Rows per distinct emotion value: the scale is weighed once per value, not once per row. */
  readonly readingRows: number[] = [];
  readonly scale = new ScaleStats();
  /** Where quotes may be, as (row, column) pairs in file order: most are never normalised, only compared with the kept ones (see `TopQuotes`). */
  readonly quotes: IntList;
  /** The `keyTailHash` of each quote in `quotes` (at half its position there). */
  readonly quoteKeys: IntList;
  /** Rows that name no stage: skipped. */
  readonly withoutStage = new IntList(16);
  /** The first row holding a cell longer than the text limit, and that cell's column (−1 while none): the pass stops there. */
  overLongRow = -1;
  overLongColumn = -1;

  private readonly readingIds = new Map<string, number>();
  private readonly recentReadings = new RecentCells<number>();
  private readonly channelIds = new Map<string, number>();
  private readonly recentChannels = new RecentCells<number>();

  constructor(
    rowCount: number,
    private readonly at: ColumnPositions,
  ) {
    this.facts = new RowFacts(rowCount);
    this.tallies = at.lanes.map((_, lane) => new LaneTally(at.channelLanes[lane] === true));
    this.quotes = new IntList(rowCount * 2 * at.thoughts.length);
    this.quoteKeys = new IntList(rowCount * at.thoughts.length);
  }

  /**
   * For each row not flagged in `blank`: its stage, persona and participant (grouped by name, case
   * and accents ignored), its emotion cell, phase and channel, and what each lane cell says
   * (`LaneTally`). Cells are checked against the text limit where they are read: touching every
   * cell twice would cost more than the rest of the pass.
   */
  readRows(rows: readonly (readonly string[])[], blank: Uint8Array): void {
    const limit = LIMITS.textLength;
    const { facts, stages, personas, participants, phases, phaseVotes, tallies, quotes, quoteKeys, readings, readingRows, readingIds, recentReadings, channelIds, recentChannels } = this;
    const { stage: stageOf, source: sourceOf, persona: personaOf, channel: channelOf, reading: readingOf } = facts;
    const { stage: stageAt, persona: personaAt, participant: participantAt, emotion: emotionAt, phase: phaseAt, channel: channelAt, lanes: laneAt, thoughts: thoughtAt } = this.at;
    let count = 0;
    let withoutPersona = 0;
    for (let rowIndex = 0; rowIndex < rows.length; rowIndex++) {
      if (blank[rowIndex] === 1) continue;
      const row = rows[rowIndex] ?? [];
      let overLong = -1;
      const stageCell = row[stageAt] ?? '';
      if (stageCell.length > limit) overLong = stageAt;
      const stage = stages.add(stageCell);
      if (stage === -1) {
        this.withoutStage.push(rowIndex);
        continue;
      }
      count++;
      stageOf[rowIndex] = stage;
      if (stage === phaseVotes.length) phaseVotes.push([]);
      let personaIndex = -1;
      if (personaAt !== -1) {
        const cell = row[personaAt] ?? '';
        if (cell.length > limit) overLong = personaAt;
        personaIndex = personas.add(cell);
        if (personaIndex === -1) withoutPersona++;
        personaOf[rowIndex] = personaIndex;
      }
      let sourceIndex = -rowIndex - 1;
      if (participantAt !== -1) {
        const cell = row[participantAt] ?? '';
        if (cell.length > limit) overLong = participantAt;
        const index = participants.add(cell);
        if (index !== -1) sourceIndex = index;
      }
      sourceOf[rowIndex] = sourceIndex;
      if (emotionAt !== -1) {
        const cell = row[emotionAt] ?? '';
        if (cell !== '') {
          let id = recentReadings.get(cell);
          if (id === undefined) {
            id = readingIds.get(cell);
            if (id === undefined) {
              id = readings.length;
              readings.push(readEmotion(cell));
              readingRows.push(0);
              readingIds.set(cell, id);
            }
            recentReadings.set(cell, id);
          }
          readingRows[id] = (readingRows[id] ?? 0) + 1;
          readingOf[rowIndex] = id;
        }
      }
      if (phaseAt !== -1) {
        const cell = row[phaseAt] ?? '';
        if (cell.length > limit) overLong = phaseAt;
        const index = phases.add(cell);
        const votes = phaseVotes[stage];
        if (index !== -1 && votes !== undefined) votes[index] = (votes[index] ?? 0) + 1;
      }
      let channelIndex = -1;
      if (channelAt !== -1) {
        const cell = row[channelAt] ?? '';
        if (cell.length > limit) overLong = channelAt;
        let id = recentChannels.get(cell);
        if (id === undefined) {
          id = channelIds.get(cell);
          if (id === undefined) {
            id = channelNumber(channelNamed(cell));
            channelIds.set(cell, id);
          }
          recentChannels.set(cell, id);
        }
        channelIndex = id;
        channelOf[rowIndex] = id;
      }
      for (let lane = 0; lane < laneAt.length; lane++) {
        const at = laneAt[lane] ?? [];
        const tally = tallies[lane];
        for (let index = 0; index < at.length; index++) {
          const column = at[index] ?? 0;
          const cell = row[column];
          if (cell === undefined || cell === '') continue;
          if (cell.length > limit) overLong = column;
          tally?.add(cell, stage, rowIndex, sourceIndex, personaIndex, channelIndex);
        }
      }
      // Quotes are recorded by position and by a hash of their key's end, taken while the row is at
      // hand: only those whose row's emotion puts them in the running are read whole later, and the
      // hash finds the repeats of those kept (`TopQuotes`).
      for (let index = 0; index < thoughtAt.length; index++) {
        const column = thoughtAt[index] ?? 0;
        quotes.push(rowIndex);
        quotes.push(column);
        quoteKeys.push(keyTailHash(row[column] ?? ''));
      }
      if (overLong !== -1) {
        this.overLongRow = rowIndex;
        this.overLongColumn = overLong;
        break;
      }
    }
    facts.count = count;
    this.withoutPersona = withoutPersona;
  }
}


/**
 * The one pass over interview rows (`InterviewRows.readRows`). It allocates next to nothing per row
 * (typed arrays, cells compared with the recent one of their slot, `RecentCells`, before any map
 * lookup): on a 100,000-row file it takes less time than papaparse takes to parse it. A cell
 * longer than the text limit stops it with a located problem (quotes are checked when read).
 *
 * @example readInterviewRows(table, columns, warnings) // { ok: true, read: { stages: …, tallies: … } }
 */
export function readInterviewRows(table: CsvTable, columns: InterviewColumns, warnings: ProblemList): { ok: true; read: InterviewRows } | { ok: false; problem: Problem } {
  const position = (column: Column | undefined) => column?.index ?? -1;
  const read = new InterviewRows(table.rows.length, {
    stage: columns.stage.index,
    participant: position(columns.participant),
    persona: position(columns.persona),
    phase: position(columns.phase),
    channel: position(columns.channel),
    emotion: position(columns.emotion),
    lanes: columns.lanes.map((laneColumns) => laneColumns.map((column) => column.index)),
    channelLanes: columns.lanes.map((laneColumns) => laneColumns[0]?.role === 'touchpoint'),
    thoughts: columns.thoughts.map((column) => column.index),
  });
  read.readRows(table.rows, table.blank);
  for (let at = 0; at < read.withoutStage.length; at++) {
    warnings.add('rows without a stage', { ...table.locate(read.withoutStage.get(at), columns.stage.index), ...say('interview.noStage') });
  }
  if (read.overLongRow !== -1) {
    return { ok: false, problem: tooLong(table.locate(read.overLongRow, read.overLongColumn), table.rows[read.overLongRow]?.[read.overLongColumn]?.length ?? 0) };
  }
  read.readings.forEach((reading, id) => read.scale.add(reading, read.readingRows[id] ?? 0));
  return { ok: true, read };
}

function channelNumber(channel: Channel | undefined): number {
  return channel === undefined ? -1 : CHANNELS.indexOf(channel);
}
