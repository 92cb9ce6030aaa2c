import type { Card, Journey } from '../model/journey.js';
import { encodeMermaidText } from '../import/mermaid/mermaid-entities.js';

/**
 * Writes a journey as a Mermaid `journey` diagram that Mermaid's own parser reads back with the same
 * texts: title, `accDescr` from the description, one section per stage, one task per card of the
 * actions lane (or of the first lane when there is none). A task's score is its card score on 1–5
 * (`round(score + 3)`), else the stage's emotion, else 3; its actors are the card's personas. A
 * `%%` comment line (which Mermaid ignores) says the scores were rounded, and estimated from
 * verbatims when the journey's emotions are.
 *
 * @example exportMermaid(journey) // 'journey\n  %% Scores: …\n  title My day\n  section Go to work\n    Make tea: 5: Me\n'
 */
export function exportMermaid(journey: Journey): string {
  const lines = ['journey', `  ${scoreComment(journey)}`, `  title ${encodeMermaidText(journey.title)}`];
  const description = journey.description?.trim() ?? '';
  if (description.includes('\n')) {
    lines.push('  accDescr {');
    for (const line of description.split('\n')) if (line.trim() !== '') lines.push(`    ${encodeMermaidText(line.trim())}`);
    lines.push('  }');
  } else if (description !== '') {
    lines.push(`  accDescr: ${encodeMermaidText(description)}`);
  }
  const lane = journey.lanes.find((each) => each.kind === 'actions') ?? journey.lanes[0];
  const personaNames = new Map(journey.personas.map((persona) => [persona.id, persona.name]));
  for (const stage of journey.stages) {
    lines.push(`  section ${encodeMermaidText(stage.name)}`);
    for (const card of journey.cards) {
      if (card.stageId !== stage.id || card.laneId !== lane?.id) continue;
      const actors = (card.personaIds ?? (card.personaId === undefined ? [] : [card.personaId]))
        .flatMap((id) => {
          const name = personaNames.get(id);
          return name === undefined ? [] : [encodeMermaidText(name, { actor: true })];
        });
      const task = `${encodeMermaidText(card.text, { taskName: true })}: ${taskScore(journey, card)}`;
      lines.push(`    ${actors.length > 0 ? `${task}: ${actors.join(', ')}` : task}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The card's own score, else its stage's emotion (for its persona first), else neutral, on Mermaid's 1–5. */
function taskScore(journey: Journey, card: Card): number {
  const persona = card.personaIds?.[0] ?? card.personaId;
  const stageEmotions = journey.emotions.filter((emotion) => emotion.stageId === card.stageId);
  const score =
    card.score ??
    stageEmotions.find((emotion) => persona !== undefined && emotion.personaId === persona)?.score ??
    stageEmotions.find((emotion) => emotion.personaId === undefined)?.score ??
    stageEmotions[0]?.score ??
    0;
  return Math.min(5, Math.max(1, Math.round(score + 3)));
}

/**
 * The comment line that tells a reader how the scores were made, in both languages: the journey's
 * language is guessed again from the diagram's words on import, and a round trip must give the
 * same file.
 */
function scoreComment(journey: Journey): string {
  const estimated = journey.emotions.some((emotion) => emotion.basis === 'verbatims');
  return `%% Scores: whole numbers 1–5, rounded from −2…+2${estimated ? ', estimated from verbatims' : ''} · entiers de 1 à 5, arrondis depuis −2…+2${estimated ? ', estimés d’après les verbatims' : ''}`;
}
