import { CHANNELS, type Channel } from '../model/journey.js';
import { LIMITS } from '../model/limits.js';
import type { Problem } from '../model/problem.js';
import type { Column } from './column.js';
import type { CsvTable } from './csv-table.js';
import { channelNamed } from './infer-channel.js';
import { IntList } from './int-list.js';
import { LaneTally } from './lane-tally.js';
import { NameIndex } from './name-index.js';
import type { ProblemList } from './problem-list.js';
import { readEmotion, type EmotionReading } from './read-emotion.js';
import { RecentCells } from './recent-cells.js';
import { ScaleStats } from './scale-stats.js';
import { tooLong } from './text-limit.js';

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

/**
 * Per data row (indexed like the table's rows): its stage (−1 for a row not read: blank or without
 * stage), source (participant index, or −row−1 when it names none), persona (or −1), channel (index
 * into `CHANNELS`, or −1) and emotion (index into `readings`, or −1). Typed arrays: a pass over
 * 100,000 rows writes them without creating garbage.
 */
export interface RowFacts {
  /** Rows read (with a stage). */
  count: number;
  stage: Int32Array;
  source: Int32Array;
  persona: Int32Array;
  channel: Int8Array;
  reading: Int32Array;
}

/** Everything the single pass over interview rows records. */
export interface InterviewRows {
  facts: RowFacts;
  /** Observations whose persona cell is empty, when there is a persona column. */
  withoutPersona: number;
  stages: NameIndex;
  personas: NameIndex;
  participants: NameIndex;
  phases: NameIndex;
  /** Per stage, votes per phase index. */
  phaseVotes: number[][];
  /** Per lane, what was said. */
  tallies: LaneTally[];
  /** The distinct emotion cells, read once each. */
  readings: EmotionReading[];
  scale: ScaleStats;
  /** Where quotes may be, as (row, column) pairs in file order: most are never read (see `TopQuotes`). */
  quotes: IntList;
}

/**
 * The one pass over interview rows: for each row, its stage, persona and participant (grouped by
 * name, case and accents ignored), its emotion cell, phase and channel, and what each lane cell
 * says (`LaneTally`). It allocates next to nothing per row (typed arrays, cells compared with the
 * recent one of their slot, `RecentCells`, before any map lookup): on a 100,000-row file it takes
 * about as long as papaparse takes to parse it. A cell longer than the text limit stops it with a
 * located problem (quotes are checked when read).
 *
 * @example readInterviewRows(table, columns, warnings) // { ok: true, read: { stages: …, tallies: … } }
 */
export function readInterviewRows(table: CsvTable, columns: InterviewColumns, warnings: ProblemList): { ok: true; read: InterviewRows } | { ok: false; problem: Problem } {
  const rowCount = table.rows.length;
  const facts: RowFacts = {
    count: 0,
    stage: new Int32Array(rowCount).fill(-1),
    source: new Int32Array(rowCount),
    persona: new Int32Array(rowCount).fill(-1),
    channel: new Int8Array(rowCount).fill(-1),
    reading: new Int32Array(rowCount).fill(-1),
  };
  const read: InterviewRows = {
    facts,
    withoutPersona: 0,
    stages: new NameIndex(),
    personas: new NameIndex(),
    participants: new NameIndex(),
    phases: new NameIndex(),
    phaseVotes: [],
    tallies: columns.lanes.map(() => new LaneTally()),
    readings: [],
    scale: new ScaleStats(),
    quotes: new IntList(rowCount * 2 * columns.thoughts.length),
  };
  const readingIds = new Map<string, number>();
  const recentReadings = new RecentCells<number>();
  /** Rows per distinct emotion value: the scale is weighed once per value, not once per row. */
  const readingRows: number[] = [];
  const channelIds = new Map<string, number>();
  const recentChannels = new RecentCells<number>();
  const limit = LIMITS.textLength;
  const { stage: stageColumn, participant, persona, phase, channel, emotion } = columns;

  for (let rowIndex = 0; rowIndex < rowCount; rowIndex++) {
    if (table.blank[rowIndex] === 1) continue;
    const row = table.rows[rowIndex] ?? [];
    // Each cell is checked against the text limit where it is read: touching every cell twice
    // would cost more than the rest of the pass.
    let overLong = -1;
    const stageCell = row[stageColumn.index] ?? '';
    if (stageCell.length > limit) overLong = stageColumn.index;
    const stage = read.stages.add(stageCell);
    if (stage === -1) {
      warnings.add('rows without a stage', { ...table.locate(rowIndex, stageColumn.index), message: 'this row has no stage: skipped' });
      continue;
    }
    facts.count++;
    facts.stage[rowIndex] = stage;
    if (stage === read.phaseVotes.length) read.phaseVotes.push([]);
    let personaIndex = -1;
    if (persona !== undefined) {
      const cell = row[persona.index] ?? '';
      if (cell.length > limit) overLong = persona.index;
      personaIndex = read.personas.add(cell);
      if (personaIndex === -1) read.withoutPersona++;
      facts.persona[rowIndex] = personaIndex;
    }
    let sourceIndex = -rowIndex - 1;
    if (participant !== undefined) {
      const cell = row[participant.index] ?? '';
      if (cell.length > limit) overLong = participant.index;
      const index = read.participants.add(cell);
      if (index !== -1) sourceIndex = index;
    }
    facts.source[rowIndex] = sourceIndex;
    if (emotion !== undefined) {
      const cell = row[emotion.index] ?? '';
      if (cell !== '') {
        let id = recentReadings.get(cell);
        if (id === undefined) {
          id = readingIds.get(cell);
          if (id === undefined) {
            id = read.readings.length;
            read.readings.push(readEmotion(cell));
            readingRows.push(0);
            readingIds.set(cell, id);
          }
          recentReadings.set(cell, id);
        }
        readingRows[id] = (readingRows[id] ?? 0) + 1;
        facts.reading[rowIndex] = id;
      }
    }
    if (phase !== undefined) {
      const cell = row[phase.index] ?? '';
      if (cell.length > limit) overLong = phase.index;
      const index = read.phases.add(cell);
      const votes = read.phaseVotes[stage];
      if (index !== -1 && votes !== undefined) votes[index] = (votes[index] ?? 0) + 1;
    }
    let channelIndex = -1;
    if (channel !== undefined) {
      const cell = row[channel.index] ?? '';
      if (cell.length > limit) overLong = channel.index;
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
      facts.channel[rowIndex] = id;
    }
    for (let lane = 0; lane < columns.lanes.length; lane++) {
      const laneColumns = columns.lanes[lane] ?? [];
      const tally = read.tallies[lane];
      for (let index = 0; index < laneColumns.length; index++) {
        const column = laneColumns[index]?.index ?? 0;
        const cell = row[column];
        if (cell === undefined || cell === '') continue;
        if (cell.length > limit) overLong = column;
        tally?.add(cell, stage, rowIndex, sourceIndex, personaIndex, channelIndex);
      }
    }
    // Quotes are recorded by position without reading them: only those whose row's emotion puts
    // them in the running are read later (`TopQuotes`), which spares a memory access per row.
    for (const column of columns.thoughts) {
      read.quotes.push(rowIndex);
      read.quotes.push(column.index);
    }
    if (overLong !== -1) return { ok: false, problem: tooLong(table.locate(rowIndex, overLong), row[overLong]?.length ?? 0) };
  }
  read.readings.forEach((reading, id) => read.scale.add(reading, readingRows[id] ?? 0));
  return { ok: true, read };
}

function channelNumber(channel: Channel | undefined): number {
  return channel === undefined ? -1 : CHANNELS.indexOf(channel);
}
