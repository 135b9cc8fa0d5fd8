import { competencies, type Competency } from '#shared/ai/questions.ts';

const palette = ['indigo.6', 'teal.6', 'orange.6', 'grape.6', 'cyan.6', 'pink.6', 'lime.7', 'red.6', 'blue.6', 'yellow.7', 'violet.6', 'green.7', 'gray.6', 'dark.3', 'cyan.9'];

/** One fixed chart colour per competency, so a competency looks the same on every chart. */
export function competencyColor(competency: Competency): string {
  return palette[competencies.indexOf(competency) % palette.length] ?? 'gray.6';
}
