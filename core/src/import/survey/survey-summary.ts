import type { SurveyAnswers } from './survey-answers.js';

/**
 * One line summarising a survey's NPS question (0–10: % of 9–10 minus % of 0–6) or its overall
 * satisfaction (mean, n, range), in the journey's language. Those questions are about the whole
 * journey, not a step, so they go to the journey's description rather than onto the curve.
 *
 * @example surveySummary(answers, 7, 'nps', 'Recommandation', 'fr') // 'NPS (Recommandation) : +12 (n = 240).'
 */
export function surveySummary(answers: SurveyAnswers, column: number, kind: 'nps' | 'overall', header: string, locale: 'fr' | 'en'): string | undefined {
  const values: number[] = [];
  const { ids } = answers.of(column);
  const readings = answers.readings(column);
  for (let index = 0; index < ids.length; index++) {
    const reading = readings[ids[index] ?? -1];
    if (reading?.kind === 'number') values.push(reading.value);
  }
  if (values.length === 0) return undefined;
  const n = values.length;
  const colon = locale === 'fr' ? ' :' : ':';
  if (kind === 'nps') {
    const promoters = values.filter((value) => value >= 9).length;
    const detractors = values.filter((value) => value <= 6).length;
    const nps = Math.round(((promoters - detractors) / n) * 100);
    return `NPS (${header})${colon} ${nps > 0 ? '+' : ''}${nps} (n = ${n}).`;
  }
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    sum += value;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  const mean = sum / n;
  const shown = (value: number) => {
    const text = String(Math.round(value * 10) / 10);
    return locale === 'fr' ? text.replace('.', ',') : text;
  };
  const range = locale === 'fr' ? `de ${shown(min)} à ${shown(max)}` : `${shown(min)} to ${shown(max)}`;
  return `${header}${colon} ${shown(mean)} (n = ${n}, ${range}).`;
}
