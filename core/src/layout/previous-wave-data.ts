/**
 * The previous wave of a study, as a map of the new wave draws it (`LayoutOptions.previous`): per
 * stage of the journey laid out, everyone's score in the previous wave and the change; the new
 * wave's pain cards no one named before; the pain points no one names any more; the stages the new
 * wave no longer has.
 */
export interface PreviousWave {
  /** Stages of the new wave, and the removed ones (`removedStages`), by id. */
  stages: { stageId: string; score?: number; delta?: number; significant: boolean }[];
  /** Ids of the journey's pain cards that are new in this wave. */
  newPains: string[];
  /** Pain points of the previous wave that are gone, by the stage of the map they belonged to (a removed stage's included). */
  resolvedPains: { stageId: string; text: string; count: number }[];
  /**
   * Stages of the previous wave only, drawn as a column marked removed where they stood: right
   * after the new wave's stage `after` (its id), or first when absent.
   */
  removedStages: { stageId: string; name: string; after?: string }[];
}
