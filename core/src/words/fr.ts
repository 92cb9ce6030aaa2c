import type { EmotionScale } from '../model/problem.js';
import { itemText, type HostErrorReasonWords, type JsonSyntaxKind, type WordTable } from './en.js';
import { scaleWords, type Wording } from './wording.js';

/** A delimiter as a message names it. */
const sep = (delimiter: string) => (delimiter === '\t' ? 'la tabulation' : delimiter === ';' ? 'le point-virgule' : delimiter === ',' ? 'la virgule' : `« ${delimiter} »`);
const scale = (value: EmotionScale) => scaleWords(value, 'fr');

/** What a failed Miro write was doing, by the first word of its label. */
const MIRO_ACTIONS: Readonly<Record<string, string>> = {
  create: 'Échec de la création de',
  update: 'Échec de la mise à jour de',
  remove: 'Échec du retrait de',
  'frame.add': 'Échec de l’ajout au cadre de',
  reconnect: 'Échec du raccordement de',
  frame: 'Échec de l’écriture de',
};
/** Why a host call failed (`hostErrorSaid`), in French: the host's own text is English, so it is not repeated. */
const HOST_REASONS_FR: Readonly<Record<HostErrorReasonWords, string>> = {
  rateLimit: 'le tableau a demandé de ralentir (limite de débit)',
  network: 'la connexion au tableau a échoué',
  timeout: 'le tableau n’a pas répondu à temps',
  notFound: 'l’élément n’est plus sur le tableau',
  permission: 'le tableau n’a pas permis cette modification (élément verrouillé, ou droits insuffisants)',
  font: 'une police n’a pas pu être chargée',
  tooLarge: 'le tableau l’a refusé : une limite est dépassée',
  invalid: 'le tableau a refusé cette modification',
  unknown: 'le tableau a renvoyé une erreur inattendue',
};
/** The kind of error that stopped a Miro placement. */
const STOPPED_FR: Readonly<Record<string, string>> = { permanent: 'refus définitif', rateLimit: 'limite de débit', transient: 'erreur passagère', unknown: 'erreur inattendue' };
/** A sentence starting with an item's name. */
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const RETRIED_FR: Readonly<Record<string, string>> = { rateLimit: 'de limite de débit', transient: 'passagères', unknown: 'inattendues', permanent: 'définitives' };

/** What a shortened Mermaid name was, and which long text a Mermaid statement held. */
const MERMAID_NAMES_FR: Readonly<Record<string, string>> = { section: 'le nom de section', actor: 'le nom d’acteur', title: 'le titre' };
const MERMAID_TEXTS_FR: Readonly<Record<string, string>> = { title: 'le titre', accTitle: 'le titre accessible (accTitle)', accDescr: 'la description accessible (accDescr)' };

/** A CSV format and a column role as a French message names them. */
const FORMATS_FR: Readonly<Record<string, string>> = { wide: 'une ligne par étape', interview: 'entretiens', survey: 'questionnaire' };
const ROLES_FR: Readonly<Record<string, string>> = {
  stage: 'd’étape',
  phase: 'de phase',
  description: 'de description',
  action: 'd’action',
  touchpoint: 'de point de contact',
  channel: 'de canal',
  painPoint: 'de difficulté',
  question: 'de question',
  thought: 'de pensée',
  emotion: 'd’émotion',
  opportunity: 'd’opportunité',
  frontstage: 'de front-office',
  backstage: 'de back-office',
  support: 'de support',
  custom: 'de ligne personnalisée',
  participant: 'de participant',
  persona: 'de persona ou de segment',
  rating: 'de note',
  nps: 'de NPS',
  overall: 'de satisfaction globale',
  age: 'd’âge',
  distance: 'de distance',
  date: 'de date',
  attribute: 'd’attribut',
  ignore: 'ignorée',
};

/** What a JSON parser's error was about, in French (its own text is English). */
const JSON_SYNTAX_FR: Readonly<Record<JsonSyntaxKind, string>> = {
  end: 'le fichier s’arrête avant la fin (une accolade ou un crochet n’est pas fermé ?)',
  arrayComma: '« , » ou « ] » attendu après un élément de liste',
  objectComma: '« , » ou « } » attendu après une valeur',
  propertyName: 'un nom de champ entre guillemets doubles est attendu ici (une virgule en trop ?)',
  colon: '« : » attendu après un nom de champ',
  unterminatedString: 'un texte entre guillemets n’est jamais fermé',
  controlChar: 'un caractère de contrôle (tabulation, retour à la ligne) est dans un texte : écrivez \\t ou \\n',
  afterEnd: 'du texte suit la fin du JSON',
  number: 'un nombre est mal écrit',
  escape: 'un caractère après « \\ » n’est pas un échappement valide',
  other: 'caractère inattendu à cet endroit',
};

/** A JSON value's type as a French sentence names it (zod's `expected` and what was received). */
const TYPES_FR: Readonly<Record<string, string>> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  bigint: 'un nombre entier',
  boolean: 'vrai ou faux (true, false)',
  array: 'une liste',
  object: 'un objet',
  null: 'null',
  nan: 'NaN',
  NaN: 'NaN',
  Infinity: 'un nombre infini',
  '-Infinity': 'un nombre infini',
  undefined: 'rien',
};
const typeFr = (type: string) => TYPES_FR[type] ?? type;
/** A character the JSON message quoted as JSON (`"]"`), bare. */
const unquoted = (char: string) => (char.length >= 2 && char.startsWith('"') && char.endsWith('"') ? char.slice(1, -1) : char);

/** A length or a bound the value is outside, in French. */
function jsonSizeFr(p: { big: boolean; origin: string; bound: number; inclusive: boolean; exact: boolean }, w: Wording): string {
  const { big, bound } = p;
  const limit = p.exact ? `exactement ${w.n(bound)}` : big ? (p.inclusive ? `au plus ${w.n(bound)}` : `moins de ${w.n(bound)}`) : p.inclusive ? `au moins ${w.n(bound)}` : `plus de ${w.n(bound)}`;
  if (p.origin === 'string') return `${big ? 'trop long' : 'trop court'} : il faut ${limit} ${w.plural(bound, 'caractère', 'caractères')}`;
  if (p.origin === 'array') return `${big ? 'trop d’éléments' : 'trop peu d’éléments'} : il en faut ${limit}`;
  return `${big ? 'trop grand' : 'trop petit'} : il faut ${limit}`;
}

/** Why a survey column was left out (`classifySurveyColumn`'s reasons), in French. */
const SURVEY_WHY: Readonly<Record<string, string>> = {
  'ignored as asked': 'ignorée comme demandé',
  empty: 'vide',
  'respondent ids': 'identifiants de répondants',
  dates: 'des dates',
  ages: 'des âges',
  distances: 'des distances',
  'a profile attribute, not a rating': 'un attribut de profil, pas une note',
  'not numbers': 'pas des nombres',
  'ids: every value is different': 'des identifiants : chaque valeur est différente',
  'free text': 'du texte libre',
};

/**
 * Every message core gives users, in French: the same codes as `EN_WORDS`, one line each (a code
 * missing here is a compile error). Numbers through `w.n` (`3,5`, `12 000`), agreement through
 * `w.count`/`w.plural` (French: 0 and 1 are singular), texts from the file through `w.q` (« … »).
 */
export const FR_WORDS: WordTable = {
  // --- Reading the file -------------------------------------------------------------------------
  'file.tooLarge': (p) => `le fichier pèse ${p.mb.replace('> ', 'plus de ').replace('.', ',')} Mo ; Parcours lit des fichiers jusqu’à ${p.max} Mo. Découpez-le, ou retirez les colonnes inutiles`,
  'file.tooLargeShort': (p) => `le fichier dépasse ${p.max} Mo`,
  'file.empty': () => 'le fichier est vide',
  'file.notText': (p, w) => `Ce fichier n’est pas du texte : ${w.say(p.why)}. Parcours lit les fichiers CSV, JSON et Mermaid ; depuis Excel, faites « Enregistrer sous » › CSV.`,
  'file.zip': () => 'c’est une archive ZIP, sans doute un classeur Excel (.xlsx) ou OpenDocument',
  'file.xls': () => 'c’est un ancien classeur Excel (.xls)',
  'file.pdf': () => 'c’est un document PDF',
  'file.nul': (p, w) => `il contient des octets NUL (le premier à l’octet ${w.n(p.byte)})`,
  'file.controls': (p, w) => `${w.n(p.percent)} % de ses premiers caractères sont des caractères de contrôle`,
  'file.noDecoder': () => 'Cet environnement ne sait pas décoder les octets du fichier (il n’a pas de décodeur de texte) ; passez le texte.',
  'text.badUtf8': (p, w) => `l’octet ${w.n(p.byte)} du fichier n’est pas de l’UTF-8 valide (le reste l’est) : il se lit \ufffd. Corrigez cette ligne, ou réenregistrez le fichier en UTF-8`,
  'text.moreBadUtf8': (p, w) => `${w.count(p.count, 'autre octet n’est pas de l’UTF-8 valide et s’affiche', 'autres octets ne sont pas de l’UTF-8 valide et s’affichent')} \ufffd`,
  'journey.tooManyStages': (p, w) => `${w.count(p.stages, 'étape', 'étapes')} ; une carte en compte au plus ${w.n(p.max)}. Découpez le parcours, ou regroupez des étapes`,
  'cell.tooLong': (p, w) => `cette case contient ${w.count(p.length, 'caractère', 'caractères')} ; la limite est ${w.n(p.max)}`,
  'list.more': (p, w) => `… et ${w.count(p.count, 'autre du même genre', 'autres du même genre')}`,

  // --- CSV: dialect, rows, header ---------------------------------------------------------------
  'delimiter.options': () => 'choisi dans les options d’import',
  'delimiter.sepLine': (p) => `la première ligne indique sep=${p.sep} (écrit par Excel)`,
  'delimiter.splits': (p, w) =>
    `${sep(p.delimiter)} découpe l’en-tête en ${w.count(p.columns, 'colonne', 'colonnes')}, et ${w.n(p.alike)} des ${w.count(p.lines, 'première ligne', 'premières lignes')} de la même façon`,
  'delimiter.assumed': (p) => `aucun séparateur ne découpe l’en-tête ; ${sep(p.delimiter)} par défaut`,
  'note.delimiter': (p, w) => `séparateur ${sep(p.delimiter)} : ${w.say(p.reason)}`,
  'csv.sepUnknown': (p) => `la première ligne déclare le séparateur « ${p.sep} » ; Parcours lit « , » « ; » ou la tabulation`,
  'csv.headerTooWide': (p, w) => `l’en-tête a ${w.count(p.columns, 'colonne', 'colonnes')} ; Parcours en lit au plus ${w.n(p.max)}`,
  'csv.rowTooWide': (p, w) => `${w.count(p.cells, 'case', 'cases')} sur cette ligne ; Parcours lit au plus ${w.count(p.max, 'colonne', 'colonnes')}`,
  'csv.repeatedHeader': () => 'cette ligne répète l’en-tête (fichiers collés l’un après l’autre ?) : ignorée',
  'csv.pastLastColumn': (p, w) => `cette ligne a des valeurs au-delà de la dernière colonne nommée (${w.n(p.width)}) ; elles sont lues sous des colonnes sans nom`,
  'csv.shortRow': (p, w) => `cette ligne a ${w.count(p.cells, 'case', 'cases')} là où l’en-tête en a ${w.n(p.width)} ; les cases manquantes sont lues vides`,
  'csv.otherDelimiter': (p, w) =>
    `cette ligne a ${w.count(p.cells, 'case', 'cases')} là où l’en-tête en a ${w.n(p.width)} : elle semble écrite avec ${sep(p.other)} au lieu de ${sep(p.delimiter)} (collée depuis un autre fichier ?) ; son texte est lu tel quel, les cases manquantes vides`,
  'csv.headerTooNarrow': (p, w) =>
    `${w.n(p.beyond)} lignes sur ${w.n(p.rows)} ont plus de valeurs que l’en-tête n’a de noms (${w.n(p.width)}) ; vérifiez le séparateur ou nommez chaque colonne`,
  'csv.tooManyRows': (p, w) => `le fichier a plus de ${w.n(p.max)} lignes, le maximum que lit Parcours ; découpez-le`,
  'csv.unclosedQuote': (p, w) =>
    `un guillemet ouvre cette case${p.line === undefined ? '' : ` (ligne ${w.n(p.line)} du fichier)`} et ne se ferme jamais : tout le reste du fichier serait lu comme une seule case ; fermez-le, ou écrivez un guillemet dans une case ainsi : ""`,
  'csv.badQuote': () => 'un guillemet dans une case entre guillemets doit être doublé ("") ; la case a été lue au mieux',
  'csv.empty': () => 'le fichier est vide : ni en-tête, ni lignes',
  'csv.noRows': () => 'le fichier a un en-tête mais aucune ligne de données en dessous',
  'note.title': (p, w) => `titre ${w.q(p.title)} lu à la ligne ${w.n(p.row)}, au-dessus de l’en-tête`,
  'note.headerRow': (p, w) =>
    `l’en-tête est à la ligne ${w.n(p.row)} ; ${w.count(p.skipped, p.other ? 'autre ligne au-dessus a été ignorée' : 'ligne au-dessus a été ignorée', p.other ? 'autres lignes au-dessus ont été ignorées' : 'lignes au-dessus ont été ignorées')}`,
  'csv.linesAbove': (p, w) =>
    `l’en-tête est à la ligne ${w.n(p.row)} ; ${w.count(p.skipped, p.other ? 'autre ligne au-dessus a été ignorée' : 'ligne au-dessus a été ignorée', p.other ? 'autres lignes au-dessus ont été ignorées' : 'lignes au-dessus ont été ignorées')}`,

  // --- Columns and format -----------------------------------------------------------------------
  'columns.noneRecognised': (p, w) =>
    `aucune colonne reconnue (colonnes lues : ${p.headers.map((header) => w.q(header)).join(', ')}). Parcours attend des en-têtes comme Étape, Actions, Points de contact, Difficultés, Émotion, Participant, ou une enquête avec des colonnes de notes ; indiquez le rôle de chaque colonne`,
  'columns.noStage': () => 'pas de colonne d’étapes : nommez-la « Étape » ou « Stage », ou donnez à une colonne le rôle « Étape »',
  'columns.badRole': (p, w) => `${w.q(p.role)} n’est pas un rôle de colonne ; rôles possibles : ${p.roles.join(', ')}`,
  'columns.notInFile': () => 'la correspondance de colonnes nomme cette colonne, mais le fichier n’en a pas de ce nom',
  'columns.unknownLeftOut': () => 'colonne inconnue : laissée de côté ; donnez-lui un rôle pour l’utiliser',
  'columns.unusedLeftOut': (p, w) => `laissée de côté : le format ${w.q(FORMATS_FR[p.format] ?? p.format)} n’utilise pas ici de colonne ${ROLES_FR[p.role] ?? p.role}`,
  'column.likertRating': (p, w) => `note : libellés sur ${w.n(p.points)} points`,
  'column.quotes': () => 'réponses libres : citations de l’étape qu’elles suivent',
  'column.customLane': () => 'en-tête inconnu : lu comme une ligne personnalisée',
  'column.headerRowStages': () => 'la ligne d’en-tête : une étape par colonne',
  'column.stageFallback': () => 'pas d’en-tête d’étape : lue comme les noms des étapes',
  'import.crashed': () => 'l’import s’est arrêté sur une erreur inattendue (le fichier est peut-être trop lourd pour ce panneau) ; réessayez, ou découpez le fichier',
  'import.noStageColumn': () => 'pas de colonne d’étapes : nommez-en une « Étape » ou « Stage »',
  'import.noStage': () => 'aucune étape : la colonne des étapes est vide sur toutes les lignes',

  // --- Emotion scales ---------------------------------------------------------------------------
  'note.emotionScale': (p, w) => `échelle d’émotion ${scale(p.scale)} : ${w.say(p.reason)}`,
  'note.ratingScale': (p, w) => `échelle de notes ${scale(p.scale)} : ${w.say(p.reason)}`,
  'scale.options': () => 'choisie dans les options d’import',
  'note.phaseOrder': () => 'étapes remises dans l’ordre de leurs phases (sensibilisation → recommandation)',
  'scale.likertLabels': () => 'les réponses sont les libellés d’une échelle de Likert',
  'note.sheet': (p, w) => `feuille ${w.q(p.sheet)} : ${w.say(p.reason)}`,
  'note.verbatimEmotions': (p, w) =>
    `pas de colonne d’émotion : émotions estimées d’après les mots des citations de ${w.n(p.known)} lignes sur ${w.n(p.rows)} (lexiques VADER et Pattern)`,
  'scale.header': (p) => `l’en-tête indique ${scale(p.scale)}`,
  'scale.words': () => 'les cases contiennent des mots ou des emoji',
  'scale.percentCells': () => 'les cases contiennent des pourcentages',
  'scale.noValues': () => 'aucune valeur d’émotion',
  'scale.range': (p, w) => `valeurs de ${w.n(p.min)} à ${w.n(p.max)}`,
  'scale.headerMax': (p, w) => `l’en-tête indique /${w.n(p.top)} et les valeurs vont de ${w.n(p.min)} à ${w.n(p.max)}`,
  'scale.percentRange': (p, w) => `valeurs de ${w.n(p.min)} à ${w.n(p.max)} : des pourcentages`,
  'scale.unsupported': (p, w) => `l’échelle de l’en-tête, ${p.written}, n’est pas une échelle connue de Parcours ; ${w.say(p.reason)} : ${scale(p.scale)} retenue`,
  'scale.contradicts': (p, w) =>
    `l’échelle ${scale(p.scale)} a été choisie à la main, mais les valeurs vont de ${w.n(p.min)} à ${w.n(p.max)} : celles qui en sortent sont laissées de côté. Vérifiez l’échelle`,
  'emotion.notNumber': (p, w) => `${w.q(p.text)} n’est ni un nombre, ni un pourcentage, ni un mot d’émotion`,
  'emotion.tooLarge': () => 'le nombre est trop grand pour être une note',
  'emotion.leftOut': (p, w) => `${w.say(p.why)} : laissé de côté`,
  'emotion.outside': (p, w) => `${w.n(p.value)} sort de l’échelle ${scale(p.scale)} : laissé de côté`,
  'emotion.percentOutside': (p, w) => `${w.n(p.value)} % sort de 0–100 % : laissé de côté`,
  'emotion.none': () => 'pas d’émotion ici : laissée de côté',

  // --- One row per stage ------------------------------------------------------------------------
  'wide.noStageAbove': () => 'cette ligne n’a pas de nom d’étape ni d’étape au-dessus : ignorée',
  'wide.addedAbove': (p, w) => `cette ligne n’a pas de nom d’étape : ses cases ont été ajoutées à ${w.q(p.stage)} au-dessus`,
  'wide.longStageName': () => 'nom d’étape de plus de 500 caractères : raccourci',
  'wide.fullCell': (p, w) => `plus de ${w.n(p.max)} cartes dans une case : ${w.q(p.text)} et la suite ont été laissés de côté`,
  'wide.secondEmotion': (p, w) => `${w.q(p.stage)} a déjà une émotion ; celle-ci a été laissée de côté`,
  'wide.unknownColumn': (p, w) => `colonne inconnue : lue comme une ligne libre intitulée ${w.q(p.title)} ; donnez-lui un rôle pour changer cela`,

  // --- Interviews -------------------------------------------------------------------------------
  'interview.noParticipant': () => 'pas de colonne participant : chaque ligne compte comme une source',
  'interview.noPersona': (p, w) =>
    `${w.count(p.rows, 'ligne n’a pas de persona : elle compte dans les cartes', 'lignes n’ont pas de persona : elles comptent dans les cartes')} mais dans aucune courbe d’émotion de persona`,
  'interview.noStage': () => 'cette ligne n’a pas d’étape : ignorée',
  'interview.tooManyTexts': (p, w) =>
    `étape ${w.q(p.stage)}, ligne ${w.q(p.lane)} : ${w.count(p.texts, 'texte différent', 'textes différents')} ; les ${w.n(p.max)} les plus cités sont gardés`,

  // --- Surveys ----------------------------------------------------------------------------------
  'survey.segment': (p, w) => `la colonne de segment ${w.q(p.column)} répartit les émotions par persona`,
  'survey.noSegment': (p) => `aucune colonne de segment choisie ; candidates : ${p.candidates.join(', ')}`,
  'survey.segmentColumn': () => 'segment : ses valeurs sont les personas',
  'survey.nps': () => 'NPS : résumé dans la description et sur l’étape de recommandation',
  'survey.overall': () => 'satisfaction globale : résumée dans la description',
  'survey.categories': () => 'laissée de côté : des catégories (choisissez-la comme colonne de segment pour répartir les personas)',
  'survey.leftOut': (p) => `laissée de côté : ${SURVEY_WHY[p.why] ?? p.why}`,
  'survey.noRating': () => 'aucune colonne de notes : une matrice d’enquête a besoin de colonnes de notes chiffrées (par exemple 1–5 ou 0–10), une par point de contact ou étape',
  'survey.segmentNotFound': (p, w) => `colonne de segment ${w.q(p.named)} introuvable ; les colonnes sont ${p.columns.join(', ')}`,

  // --- JSON -------------------------------------------------------------------------------------
  'json.notJourney': () => 'un objet parcours était attendu ({ "title": …, "stages": […] … })',
  'json.syntax': (p) => `JSON invalide : ${JSON_SYNTAX_FR[p.kind ?? 'other']}`,
  'json.unexpected': (p, w) => `JSON invalide : caractère inattendu ${w.q(unquoted(p.char))}`,
  'json.invalid': () => 'valeur invalide',
  'json.type': (p) =>
    p.received === 'undefined'
      ? `il faut ${typeFr(p.expected)} : le champ manque`
      : p.expected === 'int' && p.received === 'number'
        ? 'il faut un nombre entier, sans décimales'
        : `il faut ${typeFr(p.expected)}, pas ${typeFr(p.received)}`,
  'json.value': (p) => (p.values.length === 1 ? `il faut ${p.values[0]}` : `il faut l’une de ces valeurs : ${p.values.slice(0, -1).join(', ')} ou ${p.values[p.values.length - 1]}`),
  'json.size': (p, w) => jsonSizeFr(p, w),
  'json.format': (p) => (p.format === 'regex' ? `format invalide : le texte doit suivre le motif ${p.pattern}` : `format invalide (${p.format})`),
  'json.duplicateId': (p, w) => `identifiant en double ${w.q(p.id)}`,
  'json.unknownStage': (p, w) => `étape inconnue ${w.q(p.id)}`,
  'json.unknownLane': (p, w) => `ligne inconnue ${w.q(p.id)}`,
  'json.unknownPersona': (p, w) => `persona inconnu ${w.q(p.id)}`,

  // --- Workbooks --------------------------------------------------------------------------------
  'workbook.readerFailed': () => 'le lecteur de classeurs n’a pas pu démarrer dans ce panneau ; enregistrez la feuille en CSV et importez-la',
  'workbook.encrypted': () => 'le classeur est protégé par un mot de passe : ouvrez-le dans votre tableur, retirez le mot de passe (Fichier › Informations › Protéger le classeur) ou enregistrez-en une copie en CSV, et importez-la',
  'workbook.xls': () => 'c’est un ancien classeur Excel (.xls), que Parcours ne lit pas : ouvrez-le dans Excel et enregistrez-le en .xlsx ou en CSV',
  'workbook.noReader': (p) => `c’est ${p.kind === 'xlsx' ? 'un classeur Excel (.xlsx)' : 'un classeur OpenDocument (.ods)'}, qui ne peut pas être lu ici : enregistrez la feuille en CSV`,
  'workbook.tooBig': (p, w) => `une fois décompressé, le classeur contient plus de ${w.n(p.mb)} Mo de données, plus que ce que lit Parcours ; copiez la feuille utile dans un nouveau classeur, ou enregistrez-la en CSV`,
  'workbook.damaged': () => 'le classeur est illisible : il est abîmé ou n’est pas un fichier .xlsx/.ods complet. Ouvrez-le dans votre tableur et enregistrez-le à nouveau, ou enregistrez la feuille en CSV',
  'workbook.noSheetNamed': (p, w) => `le classeur n’a pas de feuille ${w.q(p.name)} ; ses feuilles sont ${w.list(p.sheets.map((sheet) => w.q(sheet)))}`,
  'workbook.noSheetNumber': (p, w) => `le classeur n’a pas de feuille numéro ${w.n(p.number)} ; ses feuilles sont ${w.list(p.sheets.map((sheet) => w.q(sheet)))}`,
  'workbook.noVisibleSheet': () => 'le classeur n’a aucune feuille visible',
  'workbook.empty': () => 'le fichier est vide : aucune feuille du classeur ne contient de données',
  'sheet.asked': () => 'la feuille demandée',
  'sheet.only': () => 'la seule feuille',
  'sheet.first': (p, w) => `la première des ${w.n(p.sheets)} feuilles ; choisissez-en une autre pour la lire`,
  'sheet.firstWithData': (p, w) => `la première feuille qui contient des données (sur ${w.n(p.sheets)}) ; choisissez-en une autre pour la lire`,

  // --- Mermaid ----------------------------------------------------------------------------------
  'mermaid.frontMatterOpen': () => 'l’en-tête ouvert par « --- » n’est jamais fermé par une seconde ligne « --- »',
  'mermaid.secondJourney': () => 'un second mot-clé « journey » a été ignoré',
  'mermaid.notJourneyFound': (p, w) => `ce n’est pas un parcours Mermaid : « journey » était attendu en premier, le fichier commence par ${w.q(p.found)}`,
  'mermaid.notJourney': () => 'ce n’est pas un parcours Mermaid : le mot-clé « journey » manque',
  'mermaid.accDescrOpen': () => '« accDescr { » n’est jamais fermé par « } » ; la suite du fichier a été lue comme la description',
  'mermaid.colonInSection': () => 'Mermaid n’accepte pas « : » dans un nom de section (écrivez #58;) ; il a été gardé tel quel',
  'mermaid.afterThirdColon': (p, w) => `le texte après le troisième « : » (${w.q(p.text)}) est ignoré, comme le fait Mermaid ; écrivez #58; pour un « : » à garder`,
  'mermaid.hashComment': (p, w) => `${w.q(p.text)} est ignoré : Mermaid lit « # » comme le début d’un commentaire (écrivez #35; pour un « # » à garder)`,
  'mermaid.semicolon': () => 'Mermaid n’accepte pas « ; » ici (écrivez #59;) ; il a été gardé tel quel',
  'mermaid.accTitleDropped': (p, w) => `accTitle ${w.q(p.accTitle)} n’est pas repris : la carte a pour titre ${w.q(p.title)}`,
  'mermaid.unnamedSection': (p, w) => `section sans nom : appelée ${w.q(p.name)}`,
  'mermaid.unnamedTask': () => 'tâche sans nom : laissée de côté',
  'mermaid.taskTooLong': (p, w) => `le nom de la tâche fait ${w.count(p.length, 'caractère', 'caractères')} ; la limite est ${w.n(p.max)}`,
  'mermaid.taskBeforeSection': (p, w) => `la tâche ${w.q(p.task)} vient avant toute section : placée dans une étape appelée ${w.q(p.stage)}`,
  'mermaid.textTooLong': (p, w) => `${MERMAID_TEXTS_FR[p.what] ?? p.what} dépasse ${w.count(p.max, 'caractère', 'caractères')}`,
  'mermaid.tooManySections': (p, w) => `${w.count(p.sections, 'section', 'sections')} ; une carte compte au plus ${w.count(p.max, 'étape', 'étapes')}`,
  'mermaid.noSection': () => 'le parcours n’a aucune section : la carte est vide',
  'mermaid.noScore': (p, w) => `la tâche ${w.q(p.task)} n’a pas de note (Mermaid attend « ${p.task} : 1…5 : acteurs ») ; gardée sans note`,
  'mermaid.badScore': (p, w) => `la tâche ${w.q(p.task)} porte ${w.q(p.written)} là où Mermaid attend une note de 1 à 5 ; gardée sans note`,
  'mermaid.scoreOutside': (p, w) => `la tâche ${w.q(p.task)} a la note ${p.written}, hors de 1…5 ; lue comme ${w.n(p.read)}`,
  'mermaid.emptyActor': (p, w) => `la tâche ${w.q(p.task)} cite un acteur vide (rien après « : » ou entre deux virgules) ; ignoré`,
  'mermaid.sameActor': (p, w) => `la tâche ${w.q(p.task)} cite deux fois le même acteur ; gardé une fois`,
  'mermaid.longName': (p, w) => `${MERMAID_NAMES_FR[p.what] ?? p.what} fait ${w.count(p.length, 'caractère', 'caractères')} ; raccourci à ${w.n(p.max)}`,

  // --- Placing on a board -----------------------------------------------------------------------
  'sync.waiting': (p, w) =>
    `Non placé : ${itemText(w, p.text)} couvrirait ${itemText(w, p.covers)}, modifié à la main. Déplacez ou supprimez cet élément, puis placez à nouveau.`,
  'sync.tooManyItems': (p, w) =>
    `La carte a ${w.count(p.count, 'élément', 'éléments')} ; Parcours en place au plus ${w.n(p.max)} sur un tableau. Masquez des lignes ou découpez le parcours : rien n’a été placé.`,
  'figjam.keptSection': () => 'Une copie de la section de la carte est conservée : elle contient des éléments qui ne sont pas les nôtres.',
  'figjam.couldNotUpdate': (p, w) => `Impossible de mettre à jour ${w.say(p.item)} : ${w.say(p.error)}.`,
  'figjam.couldNotRemove': (p, w) => `Impossible de retirer ${w.say(p.item)} : ${w.say(p.error)}.`,
  'figjam.couldNotCreate': (p, w) => `Impossible de créer ${w.say(p.item)} : ${w.say(p.error)}.`,
  'figjam.skipped': (p, w) => `${capitalised(w.say(p.item))} a été laissé de côté : ${w.say(p.why)}.`,
  'figjam.cancelled': (p, w) => `Annulé après ${w.n(p.done)} changements sur ${w.n(p.total)} : ce qui est sur le tableau y reste, placer à nouveau termine la carte.`,
  'figjam.rolledBack': (p, w) => `Rien n’a été placé : ${w.count(p.created, 'élément créé avant l’échec a été retiré', 'éléments créés avant l’échec ont été retirés')}, le tableau est comme avant.`,
  'figjam.leftOver': (p, w) =>
    `Arrêté : l’hôte a aussi refusé de retirer ${w.count(p.left, 'élément créé', 'éléments créés')} avant l’échec, qui restent sur le tableau ; ${p.bare === 0 ? 'placer à nouveau termine la carte sans doublons' : `${w.count(p.bare, 'n’a', 'n’ont')} pas de données Parcours : retirez-les à la main avant de placer à nouveau`}.`,
  'miro.failed': (p, w) => `${MIRO_ACTIONS[p.action] ?? 'Échec pour'} ${w.say(p.item)} : ${w.say(p.error)}`,
  'miro.mayHaveCreated': (p, w) =>
    `L’hôte a échoué en créant ${itemText(w, p.text)} et l’a peut-être créé quand même ; le tableau n’a pas pu être relu pour le savoir. S’il y est, supprimez-le à la main, sinon placer à nouveau l’ajoutera une seconde fois.`,
  'miro.noAnswer': (p, w) =>
    `L’hôte n’a pas répondu à la création de ${itemText(w, p.text)} (délai dépassé, ou Annuler est passé avant). S’il apparaît pendant que ce panneau est ouvert, Parcours le marque pour que placer à nouveau s’en occupe ; s’il apparaît plus tard, supprimez-le à la main, sinon placer à nouveau l’ajoutera une seconde fois.`,
  'miro.unmarked': (p, w) => `${capitalised(itemText(w, p.text))} a été placé mais n’a pu être ni marqué comme élément de Parcours ni retiré : supprimez-le à la main, sinon placer à nouveau l’ajoutera une seconde fois.`,
  'miro.kept': (p, w) =>
    `${itemText(w, p.text)} est conservé : modifié à la main depuis son placement, il n’a été ni remplacé ni retiré${p.beside ? ' ; la version des données est à côté, marquée comme mise à jour d’après les données' : ''}.`,
  'miro.stopped': (p) => `Arrêté après une erreur que l’hôte ne surmontera pas en réessayant (${STOPPED_FR[p.kind] ?? 'erreur inattendue'}). Ce qui a été placé est noté sur les éléments : placez à nouveau pour reprendre sans doublons.`,
  'miro.cancelled': () => 'Annulé : ce qui a été placé est noté sur les éléments ; placez à nouveau pour reprendre.',
  'miro.retried': (p, w) => `Appels à l’hôte réessayés : ${w.list(p.retries.map((entry) => { const [kind = '', count = '0'] = entry.split(':'); return `${w.n(Number(count))} après des erreurs ${RETRIED_FR[kind] ?? kind}`; }))}.`,
  'miro.readFailed': (p, w) => `Lecture du tableau impossible : ${w.say(p.error)}`,
  'figjam.noFrame': () => 'La carte n’a pas de cadre pour la contenir : rien n’a été placé.',
  'figjam.fontsCancelled': () => 'Annulé pendant le chargement des polices : rien n’a été placé, le tableau est comme avant.',
  'figjam.nothingPlaced': () => 'Rien n’a été placé : le tableau est comme avant.',
  'figjam.fontFailed': (p) => `La police ${p.family} ${p.style} n’a pas pu être chargée${p.error.code === 'host.error' && p.error.params.reason === 'timeout' ? ' : FigJam n’a pas répondu à temps' : ''}.`,
  'figjam.busy': () => 'Un placement est déjà en cours : attendez-le ou annulez-le.',
  'figjam.pathUnsupported': () => 'le tracé de la courbe utilise des commandes que FigJam ne prend pas en charge',
  'figjam.cannotDraw': () => 'FigJam ne peut pas dessiner cet élément ainsi',
  'figjam.cannotPlace': () => 'FigJam ne sait pas placer ce type d’élément',
  'host.error': (p) => HOST_REASONS_FR[p.reason] ?? HOST_REASONS_FR.unknown,
  'host.connectorEndMissing': () => 'une extrémité du connecteur n’est pas sur le tableau',
  'host.sectionMissing': () => 'la section de la carte a disparu',
  'host.nodeGone': () => 'l’élément n’est plus sur la page',
  'check.readBack': (p) => `relu : ${p.back === '' ? 'rien' : p.back}`,
  'check.noAnswer': (p, w) => `pas de réponse en ${w.n(p.ms)} ms`,
  'check.severalFonts': () => 'le texte mélange plusieurs polices',
  'check.fontNotLoaded': (p, w) => `la police ${p.family} ${p.style} n’a pas pu être chargée${p.error.code === 'host.error' ? '' : ` : ${w.say(p.error)}`}`,
  'item.text': (p, w) => `l’élément ${w.q(p.text)}`,
  'item.noText': () => 'un élément sans texte',
  'item.unnamed': () => 'un élément de la carte',
  'item.quoted': (p, w) => itemText(w, p.text),
  'figjam.kept': (p, w) => `Conservé car modifié à la main : ${w.say(p.item)}${p.beside ? ' ; la version des données est à côté, marquée comme mise à jour d’après les données' : ''}.`,
};
