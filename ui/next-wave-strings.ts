/**
 * The panel's words for the next wave of a study (title, update or new map, stage order) and for
 * the template's personas: one table, French and English side by side, spread into `panelStrings`.
 * French quotes take non-breaking spaces inside (« titre »).
 */
const WORDS = {
  mapTitle: { en: 'Map title', fr: 'Titre de la carte' },
  mapTitleHint: {
    en: 'The title names the map: the next wave of a study, under the same title, updates it.',
    fr: 'Le titre désigne la carte : la vague suivante d’une étude, sous le même titre, la met à jour.',
  },
  boardMaps: { en: 'This board already holds Parcours maps', fr: 'Ce tableau contient déjà des cartes Parcours' },
  updateMap: { en: (title: string) => `Update “${title}”`, fr: (title: string) => `Mettre à jour «\u00a0${title}\u00a0»` },
  newMap: { en: 'New map', fr: 'Nouvelle carte' },
  untitledMap: { en: 'Untitled map', fr: 'Carte sans titre' },
  stageOrder: { en: 'Stage order', fr: 'Ordre des étapes' },
  stageOrderHint: {
    en: 'Kept with your draft: the next file with these stages comes in this order.',
    fr: 'Gardé avec votre brouillon : le prochain fichier avec ces étapes suivra cet ordre.',
  },
  fileOrder: { en: 'Back to the file’s order', fr: 'Revenir à l’ordre du fichier' },
  personas: { en: 'Personas', fr: 'Personas' },
  personaNumber: { en: (n: number) => `Persona ${n}`, fr: (n: number) => `Persona ${n}` },
  personaName: { en: 'Name', fr: 'Nom' },
  personaDescription: { en: 'Description', fr: 'Description' },
  personaGoals: { en: 'Goals (one per line)', fr: 'Objectifs (un par ligne)' },
  personaMotivations: { en: 'Motivations (one per line)', fr: 'Motivations (une par ligne)' },
  personaFrustrations: { en: 'Frustrations (one per line)', fr: 'Frustrations (une par ligne)' },
  addPersona: { en: 'Add a persona', fr: 'Ajouter un persona' },
  personasHint: { en: 'Each persona gets its box on the map.', fr: 'Chaque persona a son encadré sur la carte.' },
};

type Words = typeof WORDS;
export type NextWaveStrings = { [K in keyof Words]: Words[K]['en'] };

/**
 * The words of this table in one language.
 *
 * @example nextWaveStrings('fr').updateMap('Entretiens') // 'Mettre à jour « Entretiens »'
 */
export function nextWaveStrings(locale: 'fr' | 'en'): NextWaveStrings {
  return Object.fromEntries(Object.entries(WORDS).map(([key, both]) => [key, both[locale]])) as NextWaveStrings;
}
