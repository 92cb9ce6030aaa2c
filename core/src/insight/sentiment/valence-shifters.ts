/**
 * The words that change other words' valence rather than carry one, per language: the grammar half
 * of the scorer (`scoreVerbatim`), the lexicons being the vocabulary half. English follows VADER's
 * lists (Hutto & Gilbert 2014, `vaderSentiment.py`: NEGATE, BOOSTER_DICT, the "but" rule); French
 * is the same classes written for French. Words are written lower-case, French ones without accents,
 * as `verbatimClauses` gives them; a phrase is its words joined by one space.
 */
export interface ValenceShifters {
  /** Words that reverse the valence of the next few words ("not", "sans", "jamais"). */
  negators: ReadonlySet<string>;
  /**
   * French: words that negate only with "ne" before them in the clause ("ne … plus", "personne ne");
   * elsewhere "plus" is "more" and "personne" "a person".
   */
  negatorsWithNe: ReadonlySet<string>;
  /**
   * Phrases starting with a negator that do not negate: "no need to call" says an effort was spared,
   * "pas à pas" is "step by step", "ne … que" is "only".
   */
  notNegations: readonly string[];
  /**
   * Words that remove what follows them: "fixed the bug", "évité bien des ennuis" are good news made of bad
   * words. They keep their own valence and reverse the next few words as a negator does.
   */
  remedies: ReadonlySet<string>;
  /** "no need" / "pas besoin": an effort spared, which a service journey counts as good. */
  effortSpared: readonly string[];
  /** Clause openers after which what follows weighs more ("…, but the wait was awful"). */
  contrasts: readonly string[];
  /** Contrast words that are one only at the start of a clause ("yet", "seulement": elsewhere "not yet", "only"). */
  openingContrasts: readonly string[];
  /** Concessive openers: the clause they open weighs less ("even though the staff were kind, …"). */
  concessions: readonly string[];
  /** Words that raise the next words' intensity (VADER's B_INCR). */
  boosters: ReadonlySet<string>;
  /** Words that lower it (VADER's B_DECR). */
  diminishers: readonly string[];
  /** "too" / "trop": before a word with no valence of its own, an excess ("too many steps"). */
  excess: ReadonlySet<string>;
  /** Words skipped between an excess word and what it bears on ("too many …", "trop de …"). */
  excessLinks: ReadonlySet<string>;
  /** Counts ("three", "plusieurs") that, before `times`, say something had to be done again. */
  counts: ReadonlySet<string>;
  times: ReadonlySet<string>;
  /** Words that say the same by themselves ("twice"). */
  repeated: ReadonlySet<string>;
}

const EN_NUMBERS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'multiple', 'many', 'countless', 'numerous', 'dozen', 'umpteen'];
const FR_NUMBERS = ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'plusieurs', 'maintes', 'multiples', 'nombreuses', 'cent', 'mille'];

export const VALENCE_SHIFTERS: Readonly<Record<'en' | 'fr', ValenceShifters>> = {
  en: {
    negators: new Set([
      'not', 'no', 'never', 'nobody', 'nothing', 'none', 'nor', 'neither', 'nowhere', 'without', 'cannot', 'hardly',
      'barely', 'scarcely', 'lack', 'lacked', 'lacking', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'werent', 'arent',
      'cant', 'couldnt', 'wont', 'wouldnt', 'shouldnt', 'havent', 'hasnt', 'hadnt', 'aint', 'no one',
    ]),
    negatorsWithNe: new Set(),
    remedies: new Set([
      'fixed', 'fix', 'fixes', 'solved', 'solve', 'resolved', 'resolve', 'sorted', 'corrected', 'avoided', 'avoid', 'prevented',
      'spared', 'waived', 'cleared', 'removed', 'cured', 'relieved', 'eased',
    ]),
    notNegations: ['not only', 'no doubt', 'nothing but', 'no matter', 'no wonder', 'no longer'],
    effortSpared: ['no need', 'never needed', 'no hassle', 'nothing to do', 'no questions asked'],
    contrasts: ['but', 'however', 'except that', 'nevertheless', 'nonetheless', 'whereas', 'on the other hand', 'that said'],
    openingContrasts: ['yet', 'except'],
    concessions: ['although', 'though', 'even though', 'even if', 'despite', 'in spite of', 'apart from', 'aside from'],
    boosters: new Set([
      'absolutely', 'amazingly', 'awfully', 'completely', 'considerably', 'deeply', 'enormously', 'entirely', 'especially',
      'exceptionally', 'extremely', 'fully', 'greatly', 'highly', 'hugely', 'incredibly', 'intensely', 'majorly', 'more',
      'most', 'particularly', 'purely', 'quite', 'really', 'remarkably', 'so', 'substantially', 'thoroughly', 'totally',
      'tremendously', 'uber', 'unbelievably', 'unusually', 'utterly', 'very', 'genuinely', 'truly', 'super', 'such', 'still', 'even',
    ]),
    diminishers: ['almost', 'kind of', 'kinda', 'sort of', 'less', 'little', 'a bit', 'a little', 'marginally', 'occasionally', 'partly', 'slightly', 'somewhat', 'fairly', 'rather', 'reasonably'],
    excess: new Set(['too', 'overly']),
    excessLinks: new Set(['many', 'much', 'far', 'way', 'a', 'lot', 'of']),
    counts: new Set(EN_NUMBERS),
    times: new Set(['times']),
    repeated: new Set(['twice', 'repeatedly', 'again and again']),
  },
  fr: {
    negators: new Set(['ne', 'n', 'pas', 'jamais', 'rien', 'aucun', 'aucune', 'sans', 'ni', 'guere', 'nul', 'nulle', 'a peine', 'faute de', 'manque']),
    negatorsWithNe: new Set(['plus', 'personne']),
    remedies: new Set([
      'corrige', 'corrigee', 'corriges', 'corriger', 'resolu', 'resolue', 'resolus', 'resoudre', 'regle', 'reglee', 'regles', 'regler',
      'repare', 'reparee', 'reparer', 'evite', 'evitee', 'evites', 'eviter', 'epargne', 'epargnee', 'leve', 'levee', 'annule les frais',
      'soulage', 'soulagee', 'debloque', 'debloquee',
    ]),
    notNegations: ['pas a pas', 'pas mal de', 'n importe', 'rien que', 'sans doute', 'non seulement'],
    effortSpared: ['pas besoin', 'nul besoin', 'sans avoir a', 'sans rien avoir', 'rien a faire', 'sans effort'],
    contrasts: [
      'mais', 'cependant', 'pourtant', 'toutefois', 'neanmoins', 'sauf que', 'par contre', 'en revanche', 'tandis que',
      'reste que', 'n empeche',
    ],
    openingContrasts: ['seulement', 'sauf', 'or'],
    concessions: ['bien que', 'meme si', 'malgre', 'quoique', 'en depit de', 'a part'],
    boosters: new Set([
      'tres', 'vraiment', 'tellement', 'extremement', 'hyper', 'super', 'totalement', 'completement', 'absolument', 'particulierement',
      'vachement', 'franchement', 'si', 'tout', 'toute', 'bien', 'fort', 'hautement', 'incroyablement', 'profondement', 'carrement',
      'entierement', 'parfaitement', 'plus', 'vraie', 'vrai', 'ultra', 'archi', 'beaucoup', 'toujours', 'meme',
    ]),
    diminishers: ['un peu', 'un brin', 'legerement', 'plutot', 'assez', 'moyennement', 'relativement', 'presque', 'quelque peu', 'moins', 'a moitie'],
    excess: new Set(['trop']),
    excessLinks: new Set(['de', 'd', 'beaucoup', 'les', 'des']),
    counts: new Set(FR_NUMBERS),
    times: new Set(['fois', 'reprises']),
    repeated: new Set(['encore et encore', 'a repetition', 'de nouveau']),
  },
};
