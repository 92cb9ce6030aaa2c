/**
 * Words of service journeys that general-purpose lexicons do not score, on VADER's −4…+4 scale: the
 * project's own supplement to the published lexicons (`verbatimLexicon`), listed here in full so a
 * reader can check every entry. General lexicons are built from reviews and social media, where
 * "waited", "crashed" or "planté" carry no feeling; in journey research they are the complaint. VADER
 * also lacks some plain words ("polite", "unhelpful"), and Pattern's French lexicon has adjectives only
 * (no "déteste", "arnaque", "galère").
 *
 * The words come in classes (waiting, breakdowns, effort, money, the staff's manner, ease, repair,
 * complaint words, feelings), each written in full in both languages rather than word by word from the
 * errors on the labelled set, so that a new study's synonyms are scored too. A word goes in when its
 * polarity in a service journey does not depend on context. A 0 takes a general lexicon's feeling back
 * where a domain uses the word neutrally ("sinistre" is an insurance claim). French entries are written
 * without accents, masculine singular (the scorer finds "bloquées" from "bloque"), elisions as spaces;
 * a phrase is its words joined by one space.
 */
type Terms = Readonly<Record<string, number>>;

const WAITING: Record<'en' | 'fr', Terms> = {
  en: {
    waited: -1.5, waiting: -1.2, wait: -1, queue: -1, queued: -1.2, queuing: -1.2, hold: -0.8, delayed: -1.5, delay: -1.5,
    delays: -1.5, late: -1, slow: -1.5, slowly: -1.2, endless: -1.5, forever: -1.2, ages: -1.2, lengthy: -1.2, overdue: -1.5,
  },
  fr: {
    attendu: -1.5, attente: -1.5, attendre: -1.2, file: -0.8, retard: -1.5, lent: -1.5, lentement: -1.2, lenteur: -1.5,
    interminable: -1.8, eternite: -1.5, poireauter: -1.5, poireaute: -1.5, traine: -1, trainer: -1, 'en suspens': -1,
  },
};

const BREAKDOWNS: Record<'en' | 'fr', Terms> = {
  en: {
    crashed: -2, crashes: -2, crash: -2, froze: -2, frozen: -1.5, freezes: -1.8, broken: -2, failed: -2, fails: -2, failing: -2,
    failure: -2, error: -1.5, errors: -1.5, bug: -1.8, buggy: -1.8, glitch: -1.5, outage: -2, lost: -1.5, deleted: -1.2,
    stuck: -1.8, blocked: -1.5, cancelled: -1.5, canceled: -1.5, damaged: -2, crushed: -1.8, cracked: -1.8, faulty: -2,
    defective: -2, unavailable: -1.2, missing: -1.2, offline: -1, wrong: -1.5, outdated: -1.2, 'stopped working': -2,
    'logged out': -1.2, 'cut off': -1.5,
  },
  fr: {
    plante: -2, plantage: -2, bug: -1.8, bugue: -1.8, gele: -1.5, fige: -1.5, bloque: -1.8, casse: -2, panne: -2, erreur: -1.5,
    echoue: -2, echec: -2, perdu: -1.5, egare: -1.5, supprime: -1.2, efface: -1.2, coupure: -1.5, annule: -1.5, abime: -2,
    ecrase: -1.8, fissure: -1.8, defectueux: -2, indisponible: -1.2, manquant: -1.2, deconnecte: -1.2, rupture: -1.2,
    faux: -1.5, fausse: -1.5, vieillot: -1.2, 'cesse de fonctionner': -2, 'en panne': -2,
  },
};

const EFFORT: Record<'en' | 'fr', Terms> = {
  en: {
    complicated: -1.5, confusing: -1.8, confused: -1.5, tedious: -1.8, cumbersome: -1.8, convoluted: -1.8, jargon: -1,
    paperwork: -0.8, hassle: -1.5, chase: -1.2, chasing: -1.2, transferred: -1, mess: -1.8, shambles: -2.2, nightmare: -2.8,
    impossible: -1.5, understaffed: -1.8, unclear: -1.5, exhausting: -1.8,
  },
  fr: {
    complique: -1.5, confus: -1.8, difficile: -1.5, penible: -1.8, fastidieux: -1.8, lourd: -1, 'usine a gaz': -2, paperasse: -1,
    relancer: -1.2, recommencer: -1, reexpliquer: -1.2, transfere: -1, jargon: -1, galere: -2, bazar: -1.8, cauchemar: -2.8,
    'casse-tete': -1.8, impossible: -1.5, incomprehensible: -1.8, epuisant: -1.8,
  },
};

const MONEY: Record<'en' | 'fr', Terms> = {
  en: {
    charged: -0.8, overcharged: -2, fee: -0.8, fees: -0.8, surcharge: -1.2, hidden: -1.2, expensive: -1.2, pricey: -1,
    overpriced: -1.8, scam: -2.5, 'ripped off': -2.5, 'rip off': -2.5, cheated: -2.2,
  },
  fr: {
    preleve: -0.8, debite: -0.8, frais: -0.8, supplement: -0.8, cache: -1.2, cher: -1.2, couteux: -1.2, 'hors de prix': -1.8,
    arnaque: -2.5, arnaquer: -2.5, escroquerie: -2.5, malhonnete: -2,
  },
};

const MANNER: Record<'en' | 'fr', Terms> = {
  en: {
    rude: -2, dismissive: -1.8, unhelpful: -1.8, condescending: -1.8, patronising: -1.8, ignored: -1.5, unfriendly: -1.8,
    polite: 1.5, courteous: 1.8, friendly: 2, patient: 1.5, attentive: 1.8, caring: 2, thoughtful: 1.8, welcoming: 1.8,
    respectful: 1.5, reassuring: 1.8, reassured: 1.8, professional: 1.5, knowledgeable: 1.5, responsive: 1.5,
  },
  fr: {
    desagreable: -2, impoli: -2, condescendant: -1.8, meprisant: -2, ignore: -1.5, expeditif: -1.5, agacant: -1.8, agace: -1.8,
    poli: 1.5, courtois: 1.8, aimable: 2, gentil: 1.8, gentillesse: 2, patient: 1.5, serviable: 1.8, attentif: 1.8,
    bienveillant: 2, chaleureux: 2, accueillant: 1.8, souriant: 1.5, respectueux: 1.5, rassurant: 1.8, rassure: 1.8,
    professionnel: 1.5, competent: 1.5, reactif: 1.5, 'a l ecoute': 1.8, sympa: 1.8, adorable: 2,
  },
};

const EASE: Record<'en' | 'fr', Terms> = {
  en: {
    smooth: 2, easy: 1.9, easier: 1.9, easiest: 2.2, effortless: 2.2, breeze: 2, quick: 1.2, quickly: 1.2, fast: 1.2, faster: 1.2,
    simple: 1.2, clear: 1.2, clearly: 1.2, seamless: 2, intuitive: 1.8, handy: 1.5, straightforward: 1.5, painless: 1.8,
    convenient: 1.5, instant: 1.2, instantly: 1.2, promptly: 1.2, 'on time': 1.2, 'piece of cake': 2, early: 0.8, remembered: 0.8,
    finally: 0.5,
  },
  fr: {
    fluide: 2, facile: 1.9, facilement: 1.9, simple: 1.2, simplement: 1, rapide: 1.2, rapidement: 1.2, rapidite: 1.2, clair: 1.2,
    clairement: 1.2, intuitif: 1.8, pratique: 1.5, limpide: 1.8, instantane: 1.2, ponctuel: 1.2, efficace: 1.8, nickel: 2,
    'a l heure': 1.2, 'jeu d enfant': 2, top: 2, genial: 2.5, super: 2, enfin: 0.5,
  },
};

const REPAIR: Record<'en' | 'fr', Terms> = {
  en: {
    solved: 1.5, resolved: 1.5, fixed: 1.5, sorted: 1.2, refunded: 1.2, reimbursed: 1.2, replaced: 1, upgraded: 1.5,
    compensated: 1.2, 'went out of their way': 2.2, 'above and beyond': 2.2,
  },
  fr: {
    resolu: 1.5, regle: 1.2, repare: 1.5, rembourse: 1.2, remplace: 1, surclasse: 1.5, dedommage: 1.2, demene: 2,
    'aux petits soins': 2.2,
  },
};

/** Words of complaint: negated ("rien à redire", "can't complain", "no problem") they are praise. */
const COMPLAINT: Record<'en' | 'fr', Terms> = {
  en: { complain: -1.5, complaint: -1.2, fault: -1.2, issue: -0.8, issues: -0.8 },
  fr: { redire: -1, reprocher: -1.2, plaindre: -1.5, plainte: -1.2, souci: -1.2, soucis: -1.2, probleme: -1.2, reclamation: -0.8 },
};

/** Verbs and nouns of feeling, which Pattern's adjective lexicon lacks (VADER has the English ones). */
const FEELINGS: Record<'en' | 'fr', Terms> = {
  en: { unacceptable: -2.5, frustrated: -2, 'fed up': -2 },
  fr: {
    deteste: -2.5, detester: -2.5, hais: -2.5, adore: 2.5, adorer: 2.5, aime: 2, apprecie: 1.8, appreciable: 1.8, regrette: -1.5,
    deplore: -1.8, enerve: -2, 'en ai marre': -2.2, marre: -2, soulage: 1.8, merci: 1.5, remercie: 1.5, ravi: 2.5, decu: -2,
    decevant: -2, deception: -2, frustrant: -2.2, frustre: -2, inadmissible: -2.5, inacceptable: -2.5, honte: -2, peur: -1.2,
    inquiet: -1.5, stress: -1.5, stressant: -1.8,
  },
};

/**
 * General lexicons' feelings that a service domain uses plainly: nouns of the trade ("sinistre", "conseiller"),
 * events whose feeling lies in whether they happened ("arrivé", "promised"), and French grammar words whose
 * Snowball stem meets an adjective of Pattern's ("après" → "âpre").
 */
const NEUTRAL_IN_SERVICE: Record<'en' | 'fr', Terms> = {
  en: { warning: 0, emergency: 0, claim: 0, charge: 0, promised: 0, promise: 0 },
  fr: { sinistre: 0, urgences: 0, urgence: 0, promis: 0, promet: 0, conseiller: 0, arrive: 0, apres: 0, plus: 0 },
};

const CLASSES = [WAITING, BREAKDOWNS, EFFORT, MONEY, MANNER, EASE, REPAIR, COMPLAINT, FEELINGS, NEUTRAL_IN_SERVICE];

export const SERVICE_TERMS: Readonly<Record<'en' | 'fr', Terms>> = {
  en: Object.assign({}, ...CLASSES.map((terms) => terms.en)) as Terms,
  fr: Object.assign({}, ...CLASSES.map((terms) => terms.fr)) as Terms,
};
