import Papa from 'papaparse';

/**
 * The bundled French wide CSV (samples/parcours-fr.csv before encoding): opening a bank account
 * online, six stages, every lane, phases, emotions on 1–5 with French decimals. Excel-like: `;`,
 * CRLF between rows, LF inside cells, quotes only where needed. Texts use €, ’, « », œ so the
 * Windows-1252 bytes exercise the code page's special range.
 */
const ROWS: readonly (readonly string[])[] = [
  ['Étape', 'Phase', 'Actions', 'Points de contact', 'Pensées', 'Difficultés', 'Questions', 'Émotion', 'Opportunités', 'Frontstage', 'Backstage', 'Processus support'],
  [
    'Découverte',
    'Sensibilisation',
    'Voit une publicité sur Instagram\nEn parle avec un collègue',
    'Instagram (social)\nBouche-à-oreille',
    '« Une banque sans frais, vraiment ? »',
    'Offre « cœur de gamme » difficile à comparer',
    'Quels sont les frais cachés ?',
    '3,5',
    'Afficher un comparatif des frais',
    '',
    'Campagne marketing ciblée',
    'Outil de gestion des campagnes',
  ],
  [
    'Considération',
    'Considération',
    'Compare les offres sur le site\nLit les avis clients\nSimule ses frais',
    'Site web | Comparateur en ligne (web)',
    '« Je veux être sûr de ne rien payer en plus »',
    'Grille tarifaire illisible\nFrais de 2 € par mois non affichés d’emblée',
    'La carte est-elle gratuite ?',
    '2,5',
    'Simulateur de frais clair',
    'Chat en ligne avec un conseiller',
    'Mise à jour de la grille tarifaire',
    'CMS du site',
  ],
  [
    'Achat',
    'Achat',
    'Remplit le formulaire\nEnvoie ses justificatifs\nSigne électroniquement',
    'Appli mobile (app)\nE-mail de confirmation',
    '« Pourquoi autant de pièces justificatives ? »',
    'Photo du justificatif refusée\nFormulaire trop long',
    'Combien de temps pour l’ouverture ?',
    '2',
    'Vérification d’identité en direct\nFormulaire en deux étapes',
    'Conseiller disponible par chat',
    'Contrôle de conformité',
    'Outil de vérification d’identité',
  ],
  [
    'Activation',
    'Achat',
    'Reçoit sa carte\nActive la carte dans l’appli\nConfigure le paiement mobile',
    'Courrier (mail)\nAppli mobile',
    '« Enfin ! »',
    'Code PIN reçu après la carte',
    '',
    '4',
    'Code PIN dans l’appli',
    '',
    'Envoi de la carte et du code',
    'Prestataire d’envoi postal',
  ],
  [
    'Utilisation',
    'Rétention',
    'Paie au quotidien\nConsulte son solde\nContacte le service client',
    'Appli mobile\nService client (téléphone)',
    '« L’appli est claire, je m’y retrouve »',
    'Attente au téléphone',
    'Comment contester un paiement ?',
    '4,5',
    'Rappel automatique par un conseiller',
    'Conseiller au téléphone',
    'Traitement des réclamations',
    'CRM',
  ],
  [
    'Fidélisation',
    'Recommandation',
    'Parraine un ami\nLaisse un avis',
    'Programme de parrainage (app)\nStore d’applications',
    '« Je le conseille à mes proches, sans hésiter »',
    'Prime de parrainage peu visible',
    '',
    '4',
    'Mettre le parrainage en avant dans l’appli',
    '',
    'Suivi du programme de parrainage',
    'Outil de parrainage',
  ],
];

/** The sample as text (to be encoded in Windows-1252). */
export function sampleParcoursFr(): string {
  return `${Papa.unparse(ROWS as string[][], { delimiter: ';', newline: '\r\n' })}\r\n`;
}
