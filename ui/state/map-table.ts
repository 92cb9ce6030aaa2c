import { formatScore, layoutLabels, surveyFigures, type Journey } from '../../core/src/index.js';

/** The map as rows of text, for a screen reader's table: one row per lane, one column per stage. */
export interface MapTable {
  stages: string[];
  rows: { lane: string; cells: string[][] }[];
}

/**
 * The map as a table of texts: the lanes shown (`laneIds`, in order), each with one cell per stage
 * listing every card as written (`×N` when several people said it, whatever the map's focus
 * hides), and for the emotion lane each curve's score (`Ensemble : +0,7 · n=12`, with a survey's
 * own figures). What a sighted reader gets from the picture, as text.
 *
 * @example mapTable(journey, ['actions']).rows[0].cells[0] // ['Voit une pub', 'Lit un avis ×3']
 */
export function mapTable(journey: Journey, laneIds: readonly string[]): MapTable {
  const labels = layoutLabels(journey.locale);
  const stageIndex = new Map(journey.stages.map((stage, index) => [stage.id, index]));
  const personaName = new Map(journey.personas.map((persona) => [persona.id, persona.name]));
  const rows: MapTable['rows'] = [];
  for (const id of laneIds) {
    const lane = journey.lanes.find((each) => each.id === id);
    if (!lane) continue;
    const cells: string[][] = journey.stages.map(() => []);
    for (const card of journey.cards) {
      if (card.laneId !== lane.id) continue;
      cells[stageIndex.get(card.stageId) ?? -1]?.push(card.count !== undefined && card.count > 1 ? `${card.text} ×${card.count}` : card.text);
    }
    if (lane.kind === 'emotions') {
      for (const emotion of journey.emotions) {
        const who = emotion.personaId !== undefined ? (personaName.get(emotion.personaId) ?? labels.overall) : labels.overall;
        const score = `${emotion.label ?? formatScore(emotion.score, journey.locale)}${emotion.n !== undefined ? ` · n=${emotion.n}` : ''}`;
        const figures = surveyFigures(emotion, journey.locale, labels);
        const colon = journey.locale === 'fr' ? '\u00a0:' : ':';
        cells[stageIndex.get(emotion.stageId) ?? -1]?.push(`${who}${colon} ${score}${figures !== undefined ? ` · ${figures}` : ''}`);
      }
    }
    rows.push({ lane: lane.title, cells });
  }
  return { stages: journey.stages.map((stage) => stage.name), rows };
}
