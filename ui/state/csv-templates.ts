import type { CsvTemplateKind } from '../panel-kit-strings.js';

/** A CSV template to download: its file name and its text (UTF-8, with a BOM so Excel reads the accents). */
export interface CsvTemplate {
  name: string;
  text: string;
}

/** Excel in French separates with `;` (the decimal comma takes `,`), in English with `,`. */
const DELIMITER = { fr: ';', en: ',' } as const;

/**
 * The rows of each template: headers the importer recognises (PRODUCT.md §2), then two example
 * rows, so the file imports as it is and shows how to fill it in. Cells with a line break or the
 * delimiter are quoted when written.
 */
const ROWS: Record<CsvTemplateKind, Record<'fr' | 'en', string[][]>> = {
  wide: {
    fr: [
      ['Étape', 'Phase', 'Actions', 'Points de contact', 'Difficultés', 'Verbatims', 'Émotion (1-5)', 'Opportunités'],
      ['Découverte', 'Sensibilisation', 'Voit une publicité\nLit un avis', 'Instagram | Site web', 'Prix peu clair', '« Je ne savais pas combien ça coûtait »', '3', 'Afficher le prix'],
      ['Achat', 'Achat', 'Paie en ligne', 'Site web', 'Paiement lent', '', '2', 'Paiement en un clic'],
    ],
    en: [
      ['Stage', 'Phase', 'Actions', 'Touchpoints', 'Pain points', 'Quotes', 'Emotion (1-5)', 'Opportunities'],
      ['Discover', 'Awareness', 'Sees an ad\nReads a review', 'Instagram | Website', 'Price unclear', '“I didn’t know what it cost”', '3', 'Show the price'],
      ['Buy', 'Purchase', 'Pays online', 'Website', 'Slow checkout', '', '2', 'One-click payment'],
    ],
  },
  interview: {
    fr: [
      ['Participant', 'Persona', 'Étape', 'Action', 'Point de contact', 'Canal', 'Difficulté', 'Question', 'Verbatim', 'Émotion (1-5)', 'Opportunité'],
      ['P01', 'Navetteur', 'Découverte', 'Cherche l’appli', 'Magasin d’applis', 'app', 'Trop d’applis semblables', 'Laquelle est officielle ?', '« Je veux celle de mon ami »', '3', 'Lien depuis le site'],
      ['P02', 'Touriste', 'Achat', 'Paie le billet', 'Appli', 'app', 'Paiement refusé', '', '« J’ai dû réessayer trois fois »', '1', 'Plus de moyens de paiement'],
    ],
    en: [
      ['Participant', 'Persona', 'Stage', 'Action', 'Touchpoint', 'Channel', 'Pain point', 'Question', 'Quote', 'Emotion (1-5)', 'Opportunity'],
      ['P01', 'Commuter', 'Discover', 'Searches the app store', 'App store listing', 'app', 'Too many similar apps', 'Which one is official?', '“I just want the one my friend uses”', '3', 'Link from the website'],
      ['P02', 'Tourist', 'Buy', 'Pays for the ticket', 'App', 'app', 'Card declined', '', '“I had to try three times”', '1', 'More ways to pay'],
    ],
  },
  survey: {
    fr: [
      ['Répondant', 'Segment', 'Réservation / Site web', 'Réservation / Appli', 'Gare / Accueil', 'Service client'],
      ['R001', 'Occasionnel', '4', '5', '3', '2'],
      ['R002', 'Abonné', '5', '4', '2', '3'],
      ['R003', 'Occasionnel', '3', '4', '4', '1'],
    ],
    en: [
      ['Respondent', 'Segment', 'Booking / Website', 'Booking / App', 'Station / Welcome', 'Customer service'],
      ['R001', 'Occasional', '4', '5', '3', '2'],
      ['R002', 'Subscriber', '5', '4', '2', '3'],
      ['R003', 'Occasional', '3', '4', '4', '1'],
    ],
  },
};

const FILE_NAMES: Record<CsvTemplateKind, Record<'fr' | 'en', string>> = {
  wide: { fr: 'modele-parcours-par-etape.csv', en: 'journey-template-by-stage.csv' },
  interview: { fr: 'modele-entretiens.csv', en: 'interview-template.csv' },
  survey: { fr: 'modele-enquete.csv', en: 'survey-template.csv' },
};

/**
 * A CSV template to fill in, with French or English headers and the delimiter a spreadsheet in
 * that language uses: `wide` (a row per stage, a column per lane), `interview` (a row per
 * observation) or `survey` (a row per respondent, a column of ratings per touchpoint). Each
 * imports back as its own format.
 *
 * @example csvTemplate('wide', 'fr').text.split('\r\n')[0] // '\uFEFFÉtape;Phase;Actions;…'
 */
export function csvTemplate(kind: CsvTemplateKind, locale: 'fr' | 'en'): CsvTemplate {
  const delimiter = DELIMITER[locale];
  const cell = (value: string) => (/["\n\r]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = ROWS[kind][locale].map((row) => row.map(cell).join(delimiter));
  return { name: FILE_NAMES[kind][locale], text: `\uFEFF${lines.join('\r\n')}\r\n` };
}
