import type { ColumnRole } from './column-role.js';

/**
 * Headers people write for each column role, in French and English, as a researcher or an Excel
 * template would. Accents, case, punctuation and plurals are ignored when comparing (see
 * `headerKey`), so each entry is listed once. A header also matches an entry that begins it
 * ("Difficultés rencontrées" → "difficulté").
 */
export const HEADER_SYNONYMS: Partial<Record<ColumnRole, { fr: readonly string[]; en: readonly string[] }>> = {
  stage: {
    fr: ['étape', 'étape du parcours', 'étape de parcours', 'phase de parcours', 'phase du parcours', "nom de l'étape", 'moment', 'moment clé', 'moment de vie', 'séquence', 'jalon'],
    en: ['stage', 'step', 'journey stage', 'journey step', 'customer journey stage', 'user journey stage', 'user journey step', 'stage name', 'step name'],
  },
  phase: {
    fr: ['phase', 'grande phase', 'macro étape', 'macro-étape', 'grande étape'],
    en: ['phase', 'journey phase', 'section', 'macro stage', 'macro step', 'lifecycle stage'],
  },
  description: {
    fr: ['description', "description de l'étape", 'détail', 'détails'],
    en: ['description', 'stage description', 'details'],
  },
  action: {
    fr: ['action', 'actions utilisateur', 'action du client', "ce que fait l'utilisateur", 'ce que fait le client', "ce qu'il fait", "ce qu'elle fait", 'que fait-il', 'activité', 'tâche', 'comportement', 'faire'],
    en: ['action', 'user action', 'customer action', 'doing', 'does', 'what they do', 'what the user does', 'what the customer does', 'activity', 'task', 'behaviour', 'behavior'],
  },
  touchpoint: {
    fr: ['point de contact', 'point de contact client', 'interaction', 'interface'],
    en: ['touchpoint', 'touch point', 'touch-point', 'contact point', 'point of contact', 'interaction', 'interface'],
  },
  channel: {
    fr: ['canal', 'canal de contact', 'média', 'medium'],
    en: ['channel', 'channel type', 'medium', 'media'],
  },
  painPoint: {
    fr: ['difficulté', 'irritant', 'point de douleur', 'point noir', 'friction', 'point de friction', 'problème', 'frustration', 'blocage', 'obstacle', 'frein', 'douleur'],
    en: ['pain point', 'pain', 'friction', 'problem', 'frustration', 'issue', 'blocker', 'obstacle', 'difficulty', 'gripe'],
  },
  question: {
    fr: ['question', 'interrogation', 'doute', "ce qu'il se demande", "questions qu'il se pose"],
    en: ['question', 'doubt', 'what they ask', 'unanswered question'],
  },
  thought: {
    fr: ['pensée', 'réflexion', 'verbatim', 'citation', "ce qu'il pense", "ce qu'il dit", 'ce que pense le client', 'ce que dit le client', 'que pense-t-il', 'que dit-il', 'propos', 'commentaire', 'remarque', 'témoignage'],
    en: ['thought', 'thinking', 'thinks', 'says', 'quote', 'verbatim', 'citation', 'comment', 'what they think', 'what they say', 'says and thinks', 'says & thinks', 'user quote', 'customer quote', 'feedback', 'remark'],
  },
  emotion: {
    fr: ['émotion', 'ressenti', 'note', 'score', 'satisfaction', 'sentiment', 'humeur', 'niveau de satisfaction', 'état émotionnel', 'courbe émotionnelle', 'que ressent-il', "ce qu'il ressent", 'évaluation', 'appréciation'],
    en: ['emotion', 'emotional state', 'feeling', 'feels', 'mood', 'score', 'rating', 'satisfaction', 'sentiment', 'emotion score', 'emotional curve', 'happiness', 'csat'],
  },
  opportunity: {
    fr: ['opportunité', "opportunité d'amélioration", "piste d'amélioration", 'piste', 'idée', 'amélioration', 'levier', "levier d'action", 'recommandation', 'solution', 'suggestion', 'action corrective', "plan d'action"],
    en: ['opportunity', 'idea', 'improvement', 'improvement idea', 'recommendation', 'solution', 'suggestion', 'how might we', 'quick win', 'fix'],
  },
  frontstage: {
    fr: ['frontstage', 'front office', 'actions du personnel', 'actions des employés', 'ce que voit le client'],
    en: ['frontstage', 'front stage', 'front office', 'front of house', 'employee actions', 'staff actions', 'onstage'],
  },
  backstage: {
    fr: ['backstage', 'back office', 'coulisses', 'en coulisses'],
    en: ['backstage', 'back stage', 'back office', 'behind the scenes', 'backstage actions'],
  },
  support: {
    fr: ['processus support', 'processus', 'processus de support', 'support', 'systèmes', 'outils internes', "systèmes d'information"],
    en: ['support', 'support processes', 'process', 'processes', 'systems', 'internal systems', 'tools', 'technology'],
  },
  participant: {
    fr: ['participant', 'répondant', 'interviewé', 'interviewée', 'personne interrogée', 'enquêté', 'identifiant', 'id participant', 'code participant', 'numéro', 'n°', 'sujet', 'entretien', 'utilisateur'],
    en: ['participant', 'participant id', 'respondent', 'respondent id', 'interviewee', 'id', 'user id', 'user', 'subject', 'interview', 'response id', 'record id', 'uid', '#'],
  },
  persona: {
    fr: ['persona', 'segment', 'profil', 'type de client', "type d'utilisateur", 'cible', 'groupe', 'typologie', "tranche d'âge", "classe d'âge", 'catégorie de client'],
    en: ['persona', 'segment', 'profile', 'customer type', 'user type', 'customer segment', 'user segment', 'target group', 'group', 'archetype', 'age band', 'age group', 'age range'],
  },
  nps: {
    fr: ['nps', 'score nps', 'note nps', 'probabilité de recommander', 'recommanderiez-vous', 'note de recommandation', 'score de recommandation'],
    en: ['nps', 'net promoter score', 'likelihood to recommend', 'likely to recommend', 'would recommend'],
  },
  overall: {
    fr: ['satisfaction globale', 'satisfaction générale', "satisfaction d'ensemble", 'note globale', 'appréciation globale'],
    en: ['overall satisfaction', 'overall', 'overall rating', 'overall score', 'global satisfaction'],
  },
  age: {
    fr: ['âge', 'âge en années'],
    en: ['age', 'age in years'],
  },
  distance: {
    fr: ['distance', 'km', 'kilométrage', 'distance parcourue'],
    en: ['distance', 'flight distance', 'miles', 'mileage'],
  },
  date: {
    fr: ['date', 'horodatage', 'date de réponse', "date de l'entretien", 'heure'],
    en: ['date', 'timestamp', 'time', 'submitted at', 'response date', 'created at', 'interview date'],
  },
  attribute: {
    fr: ['genre', 'sexe', 'ville', 'région', 'pays', 'code postal', 'email', 'nom', 'prénom', 'retard', 'durée'],
    en: ['gender', 'sex', 'city', 'region', 'country', 'zip', 'email', 'name', 'first name', 'last name', 'delay', 'duration'],
  },
};
