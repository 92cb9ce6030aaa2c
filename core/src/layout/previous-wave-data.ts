/**
 * The previous wave of a study, as a map of the new wave draws it (`LayoutOptions.previous`): per
 * stage of the journey laid out, everyone's score in the previous wave and the change; the new
 * wave's pain cards no one named before; the pain points no one names any more.
 */
export interface PreviousWave {
  stages: { stageId: string; score?: number; delta?: number; significant: boolean }[];
  /** Ids of the journey's pain cards that are new in this wave. */
  newPains: string[];
  /** Pain points of the previous wave that are gone, by the stage of the journey they belonged to. */
  resolvedPains: { stageId: string; text: string; count: number }[];
}
