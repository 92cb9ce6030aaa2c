import type { Journey, Problem } from '../../core/src/index.js';
import { checkJourney, journeyIdOf, stableId, zodProblems } from '../../core/src/index.js';
import { panelStrings } from '../panel-strings.js';
import { cellKey, type TemplateForm } from './template-form.js';

/**
 * Turns the template form into a journey, validated like any other input: the personas with a name,
 * each with its description, goals, motivations and frustrations (one per line). Ids come from names
 * (the journey's from its title, `journeyIdOf`, as a file's), so
 * placing the same form twice finds the same map, and a stage inserted in the middle leaves the
 * other stages' ids (and their items on the board) as they were. Empty stage names are skipped; an
 * emotion lane's cell holds a score on −2…+2; with `prompts`, empty cells get a prompt card.
 *
 * @example journeyFromTemplate(defaultTemplate('en'), 'en').ok === true
 */
export function journeyFromTemplate(form: TemplateForm, locale: 'fr' | 'en'): { ok: true; journey: Journey } | { ok: false; problems: Problem[] } {
  const strings = panelStrings(locale);
  const title = form.title.trim() || strings.defaultTitle;
  const occurrences = new Map<string, number>();
  const unique = (prefix: string, ...parts: string[]) => {
    const base = [prefix, ...parts].join('\u001f');
    const seen = occurrences.get(base) ?? 0;
    occurrences.set(base, seen + 1);
    return seen === 0 ? stableId(prefix, ...parts) : stableId(prefix, ...parts, seen);
  };

  const journeyId = journeyIdOf(title, []);
  const stages = form.stages.flatMap((name, index) => (name.trim() === '' ? [] : [{ index, id: unique('stage', name.trim()), name: name.trim() }]));
  const lanes = form.lanes.map((lane, index) => ({ index, id: unique('lane', lane.kind, lane.title.trim()), kind: lane.kind, title: lane.title.trim() || strings.kinds[lane.kind] }));
  const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const personas = form.personas.flatMap((persona) => {
    const name = persona.name.trim();
    if (name === '') return [];
    const description = persona.description.trim();
    return [{ id: unique('persona', name), name, ...(description === '' ? {} : { description }), goals: lines(persona.goals), motivations: lines(persona.motivations), frustrations: lines(persona.frustrations) }];
  });

  const cards: Journey['cards'] = [];
  const emotions: Journey['emotions'] = [];
  for (const stage of stages) {
    for (const lane of lanes) {
      const text = form.cells[cellKey(stage.index, lane.index)] ?? '';
      if (lane.kind === 'emotions') {
        const score = Number.parseFloat(text.trim().replace(',', '.'));
        if (Number.isFinite(score)) emotions.push({ stageId: stage.id, score: Math.max(-2, Math.min(2, score)) });
        continue;
      }
      const texts = lines(text);
      if (texts.length === 0 && form.prompts && strings.prompt[lane.kind] !== '') texts.push(strings.prompt[lane.kind]);
      for (const line of texts) {
        cards.push({ id: unique('card', stage.id, lane.id, line), stageId: stage.id, laneId: lane.id, text: line, sources: [] });
      }
    }
  }

  const parsed = checkJourney({
    schemaVersion: 1,
    id: journeyId,
    title,
    locale,
    personas,
    stages: stages.map(({ id, name }) => ({ id, name })),
    lanes: lanes.map(({ id, kind, title: laneTitle }) => ({ id, kind, title: laneTitle })),
    cards,
    emotions,
  });
  if (parsed.success) return { ok: true, journey: parsed.data };
  return { ok: false, problems: zodProblems(parsed.error.issues) };
}
