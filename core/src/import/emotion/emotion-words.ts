/**
 * Words and emoji people write instead of a number in an emotion cell, with their score on −2…+2.
 * Keys are compared normalised (lower case, no accents), so `Frustrée` and `frustree` both match.
 */
export const EMOTION_WORDS: Readonly<Record<-2 | -1 | 0 | 1 | 2, readonly string[]>> = {
  [-2]: [
    '😡', '😠', '🤬', '😫', '😭', '😩', '👎👎', '--',
    'frustré', 'frustrée', 'frustration', 'furieux', 'furieuse', 'en colère', 'colère', 'énervé', 'énervée', 'exaspéré', 'exaspérée',
    'très mécontent', 'très mécontente', 'très insatisfait', 'très insatisfaite', 'désespéré', 'horrible', 'catastrophique',
    'frustrated', 'angry', 'furious', 'very dissatisfied', 'very unhappy', 'terrible', 'awful', 'hate', 'hates', 'exasperated',
  ],
  [-1]: [
    '😟', '😕', '🙁', '☹', '😞', '😒', '😣', '😬', '👎',
    'agacé', 'agacée', 'mécontent', 'mécontente', 'insatisfait', 'insatisfaite', 'déçu', 'déçue', 'inquiet', 'inquiète', 'stressé',
    'stressée', 'confus', 'confuse', 'perdu', 'perdue', 'négatif', 'négative', 'ennuyé', 'ennuyée', 'triste', 'anxieux', 'anxieuse',
    'mauvais', 'mauvaise', 'irrité', 'irritée', 'impatient', 'impatiente', 'méfiant', 'méfiante',
    'annoyed', 'dissatisfied', 'disappointed', 'worried', 'anxious', 'confused', 'stressed', 'unhappy', 'sad', 'negative', 'bad',
    'irritated', 'impatient', 'lost', 'unsatisfied', 'uneasy',
  ],
  [0]: [
    '😐', '😶', '🤔', '😑',
    'neutre', 'indifférent', 'indifférente', 'moyen', 'moyenne', 'mitigé', 'mitigée', 'bof', 'correct', 'correcte', 'ok', 'normal',
    'neutral', 'indifferent', 'okay', 'meh', 'mixed', 'so-so', 'average', 'fine',
  ],
  [1]: [
    '🙂', '😊', '👍', '😌', '+',
    'content', 'contente', 'satisfait', 'satisfaite', 'rassuré', 'rassurée', 'positif', 'positive', 'bien', 'bon', 'bonne', 'heureux',
    'heureuse', 'soulagé', 'soulagée', 'confiant', 'confiante', 'serein', 'sereine', 'intéressé', 'intéressée', 'curieux', 'curieuse',
    'happy', 'satisfied', 'pleased', 'relieved', 'positive', 'good', 'confident', 'reassured', 'calm', 'interested', 'curious',
  ],
  [2]: [
    '😍', '🤩', '😀', '😃', '😄', '😁', '🥰', '🥳', '❤', '++', '👍👍',
    'ravi', 'ravie', 'enchanté', 'enchantée', 'très satisfait', 'très satisfaite', 'très content', 'très contente', 'enthousiaste',
    'excellent', 'génial', 'géniale', 'super', 'parfait', 'parfaite', 'conquis', 'conquise', 'émerveillé', 'émerveillée', 'comblé', 'comblée',
    'delighted', 'very satisfied', 'very happy', 'thrilled', 'excited', 'love', 'loves', 'amazing', 'great', 'ecstatic', 'enthusiastic',
  ],
};
