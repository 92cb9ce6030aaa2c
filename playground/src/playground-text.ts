/** The playground's own words (the panel has its own), in French and English. */
export interface PlaygroundText {
  title: string;
  tagline: string;
  boardLabel: string;
  boardCanvasLabel: string;
  boardRole: string;
  boardBadge: string;
  boardHint: string;
  boardEmpty: string;
  editLabel: string;
  zoomToolbar: string;
  zoomIn: string;
  zoomOut: string;
  zoomFit: string;
  zoomLevel: string;
  sampleLoading: string;
  sampleFailed: (reason: string) => string;
  samplePlaced: (title: string, items: number) => string;
  edited: (text: string) => string;
}

const EN: PlaygroundText = {
  title: 'Parcours playground',
  tagline: 'The Miro panel against a simulated board: nothing leaves your browser.',
  boardLabel: 'Simulated Miro board',
  boardCanvasLabel: 'Simulated board. Drag or use the arrow keys to pan, wheel or + and − to zoom, 0 to fit, double-click a sticky to edit it.',
  boardRole: 'board',
  boardBadge: 'Simulated Miro board',
  boardHint: 'Drag to pan · wheel to zoom · double-click a sticky to edit it',
  boardEmpty: 'The board is empty: place a map from the panel.',
  editLabel: 'Edit the text of this item',
  zoomToolbar: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomFit: 'Fit the board to the screen',
  zoomLevel: 'Zoom level',
  sampleLoading: 'Loading the sample journey…',
  sampleFailed: (reason) => `The sample journey could not be loaded: ${reason}`,
  samplePlaced: (title, items) => `Sample “${title}” placed: ${items} items.`,
  edited: (text) => `Edited by hand: “${text}”. Re-import the data to see it kept.`,
};

const FR: PlaygroundText = {
  title: 'Bac à sable Parcours',
  tagline: 'Le panneau Miro face à un tableau simulé : rien ne quitte votre navigateur.',
  boardLabel: 'Tableau Miro simulé',
  boardCanvasLabel:
    'Tableau simulé. Glisser ou flèches pour se déplacer, molette ou + et − pour zoomer, 0 pour tout voir, double-clic sur un post-it pour le modifier.',
  boardRole: 'tableau',
  boardBadge: 'Tableau Miro simulé',
  boardHint: 'Glisser pour se déplacer · molette pour zoomer · double-clic sur un post-it pour le modifier',
  boardEmpty: 'Le tableau est vide : placez une carte depuis le panneau.',
  editLabel: 'Modifier le texte de cet élément',
  zoomToolbar: 'Zoom',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  zoomFit: 'Ajuster le tableau à l’écran',
  zoomLevel: 'Niveau de zoom',
  sampleLoading: 'Chargement du parcours d’exemple…',
  sampleFailed: (reason) => `Le parcours d’exemple n’a pas pu être chargé : ${reason}`,
  samplePlaced: (title, items) => `Exemple « ${title} » placé : ${items} éléments.`,
  edited: (text) => `Modifié à la main : « ${text} ». Réimportez les données pour le voir conservé.`,
};

/**
 * The playground's words in `locale`.
 *
 * @example playgroundText('fr').zoomIn // 'Zoom avant'
 */
export function playgroundText(locale: 'fr' | 'en'): PlaygroundText {
  return locale === 'fr' ? FR : EN;
}
