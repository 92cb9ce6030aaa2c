export { EN_WORDS, type MessageCode, type ParamsOf, type WordTable } from './en.js';
export { FR_WORDS } from './fr.js';
export { say, type SaidAs } from './say.js';
export { wordMessage, wordingFor, isSaid, WORD_TABLES } from './word-message.js';
export { whereWords, wordProblem } from './where-words.js';
export { plainEnglish } from './plain-english.js';
export { scaleWords, type Lang, type Param, type Said, type Wording } from './wording.js';
