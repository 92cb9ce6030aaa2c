import { useMemo, useState } from 'preact/hooks';
import { compareJourneys, importJourney, previousWave, type Journey, type JourneyComparison, type PreviousWave } from '../core/src/index.js';
import { parsePlacedWaves, previousWaveCandidate, rememberPlacedWave, type PlacedWave } from './state/previous-wave-store.js';

/** The previous wave's file the user chose, read on this thread (or why it could not be). */
export type PreviousWaveFile = { name: string; journey: Journey } | { name: string; failed: true };

/** "Keep the previous wave" as the panel runs it. */
export interface PreviousWaveChoice {
  /** Journeys placed from this panel, by map, as stored with the draft. */
  waves: PlacedWave[];
  keep: boolean;
  /** The stored wave offered as the previous one, when no file was chosen. */
  candidate: PlacedWave | undefined;
  file: PreviousWaveFile | undefined;
  /** `compareJourneys(previous, journey)`, when the option is ticked and a previous wave is known. */
  comparison: JourneyComparison | undefined;
  /** What the layout draws of it (`LayoutOptions.previous`). */
  layoutPrevious: PreviousWave | undefined;
  load(stored: unknown): void;
  setKeep(keep: boolean): void;
  chooseFile(file: File): Promise<void>;
  /** After a placement: `journey` is now what map `mapId` shows. */
  remember(journey: Journey, mapId?: string): void;
}

/**
 * The previous wave of the journey being placed: the last journey this panel placed on the map
 * (stored with the draft, per map id), else a file the user chooses; compared with the new wave
 * only while "Keep the previous wave" is ticked.
 *
 * @example const wave = usePreviousWave(journey, mapId); layoutJourney(journey, { ...options, previous: wave.layoutPrevious })
 */
export function usePreviousWave(journey: Journey | null, mapId?: string): PreviousWaveChoice {
  const [waves, setWaves] = useState<PlacedWave[]>([]);
  const [keep, setKeep] = useState(false);
  const [file, setFile] = useState<PreviousWaveFile | undefined>(undefined);
  const candidate = useMemo(() => (journey ? previousWaveCandidate(waves, journey, mapId ?? journey.id) : undefined), [waves, journey, mapId]);
  const previous = file && 'journey' in file ? file.journey : candidate?.journey;
  const comparison = useMemo(() => (keep && journey && previous ? compareJourneys(previous, journey) : undefined), [keep, journey, previous]);
  const layoutPrevious = useMemo(() => (journey && comparison ? previousWave(journey, comparison) : undefined), [journey, comparison]);

  const chooseFile = async (chosen: File) => {
    try {
      const result = importJourney(new Uint8Array(await chosen.arrayBuffer()), { filename: chosen.name });
      setFile(result.ok ? { name: chosen.name, journey: result.journey } : { name: chosen.name, failed: true });
    } catch {
      setFile({ name: chosen.name, failed: true });
    }
  };

  return {
    waves,
    keep,
    candidate,
    file,
    comparison,
    layoutPrevious,
    load: (stored) => setWaves(parsePlacedWaves(stored)),
    setKeep,
    chooseFile,
    remember: (placed, placedOn) => setWaves((current) => rememberPlacedWave(current, placed, Date.now(), placedOn ?? placed.id)),
  };
}
