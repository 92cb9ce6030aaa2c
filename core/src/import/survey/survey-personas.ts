import type { Persona } from '../../model/journey.js';
import type { IdRegistry } from '../names/id-registry.js';
import { fitName } from '../names/fit-name.js';
import type { NameIndex } from '../names/name-index.js';

/**
 * One persona per segment met, in the order met, with nothing known beyond its name.
 *
 * @example surveyPersonas(segments, ids).map((persona) => persona.name) // ['Loisirs', 'Affaires']
 */
export function surveyPersonas(segments: NameIndex, ids: IdRegistry): Persona[] {
  return segments.names().map((name, index) => ({
    id: ids.take('persona', segments.keys[index] ?? name),
    name: fitName(name, 500).text,
    goals: [],
    motivations: [],
    frustrations: [],
  }));
}
