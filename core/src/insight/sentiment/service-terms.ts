/**
 * Words of service journeys that general-purpose lexicons do not score, on VADER's −4…+4 scale: the
 * project's own supplement to the published lexicons (`verbatimLexicon`), listed here in full so a
 * reader can check every entry. General lexicons are built from reviews and social media, where
 * "waited", "crashed" or "planté" carry no feeling; in journey research they are the complaint.
 * Kept short on purpose: a word goes in when it names a service event whose polarity does not
 * depend on context. French entries are written without accents, as they are looked up.
 */
export const SERVICE_TERMS: Readonly<Record<'en' | 'fr', Readonly<Record<string, number>>>> = {
  en: {
    waited: -1.5, waiting: -1.2, wait: -1, queue: -1, hold: -0.8, crashed: -2, crashes: -2, crash: -2, broken: -2,
    delayed: -1.5, delay: -1.5, lost: -1.5, hidden: -1.2, complicated: -1.5, confusing: -1.8, slow: -1.5,
    transferred: -1, chase: -1.2, stuck: -1.8, outdated: -1.2, understaffed: -1.8, endless: -1.5, jargon: -1,
    nightmare: -2.8, unacceptable: -2.5, damaged: -2, charged: -0.8, failed: -2, wrong: -1.5,
    smooth: 2, easy: 1.9, easiest: 2.2, effortless: 2.2, breeze: 2, quick: 1.2, quickly: 1.2, fast: 1.2, simple: 1.2,
    clear: 1.2, clearly: 1.2, seamless: 2, intuitive: 1.8, professional: 1.5, handy: 1.5, early: 0.8, reassured: 1.8,
    remembered: 0.8, finally: 0.5,
  },
  fr: {
    attendu: -1.5, attente: -1.5, attendre: -1.2, file: -0.8, plante: -2, plantage: -2, bug: -1.8, bugue: -1.8,
    casse: -2, retard: -1.5, perdu: -1.5, cache: -1.2, caches: -1.2, complique: -1.5, confus: -1.8, lent: -1.5,
    lente: -1.5, lenteur: -1.5, transfere: -1, relancer: -1.2, bloque: -1.8, vieillot: -1.2, interminable: -1.8,
    jargon: -1, cauchemar: -2.8, inadmissible: -2.5, abime: -2, preleve: -0.8, echoue: -2, rupture: -1.2, fausse: -1.5,
    faux: -1.5, frustrant: -2.2, agacant: -1.8, agace: -1.8, deconnecte: -1.2, recommencer: -1, eternite: -1.5,
    fluide: 2, facile: 1.9, facilement: 1.9, simple: 1.2, rapide: 1.2, rapidite: 1.2, clair: 1.2, claire: 1.2,
    clairement: 1.2, intuitif: 1.8, professionnel: 1.5, pratique: 1.5, top: 2, genial: 2.5, super: 2, rassure: 1.8,
    serviable: 1.8, sympa: 1.8, enfin: 0.5, merci: 1.5, souci: -1.2, ravie: 2.5, ravi: 2.5, adorable: 2,
  },
};
