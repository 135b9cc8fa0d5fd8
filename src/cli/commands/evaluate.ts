import { Option, type Command } from 'commander';
import type { AnswerEvaluation } from '#shared/ai/interview.ts';
import { competencies, type Competency } from '#shared/ai/questions.ts';
import { engineOption } from './skills.ts';

type EvaluateOptions = { question: string; answer: string; competency?: string; json?: boolean; engine?: string };

function printEvaluation(evaluation: AnswerEvaluation): void {
  console.log(`Overall: ${evaluation.overall}/5\n`);
  console.log('STAR');
  for (const part of ['situation', 'task', 'action', 'result'] as const) console.log(`  ${part.padEnd(10)} ${evaluation.star[part] ? `"${evaluation.star[part]}"` : '— not found'}`);
  console.log('\nCompetencies');
  for (const row of evaluation.competencies) console.log(`  ${row.competency.replace(/_/g, ' ').padEnd(22)} ${row.score}/5  ${row.quote ? `"${row.quote}"` : ''}`);
  const { specificity, relevance, ownership, fillers, length } = evaluation;
  console.log('\nDetails');
  console.log(`  length       ${length.words} words, ${length.sentences} sentences (${length.verdict.replace('_', ' ')})`);
  console.log(`  specifics    numbers: ${specificity.numbers.join(', ') || 'none'}; skills: ${specificity.namedSkills.join(', ') || 'none'}`);
  console.log(`  relevance    ${Math.round(relevance.score * 100)}% (${relevance.sharedTerms.join(', ') || 'no shared terms'})`);
  console.log(`  ownership    "I" ×${ownership.i}, "we" ×${ownership.we}`);
  console.log(`  fillers      ${fillers.count} (${fillers.per100Words} per 100 words)${fillers.top.length ? `: ${fillers.top.map((entry) => `${entry.word} ×${entry.count}`).join(', ')}` : ''}`);
  console.log('\nFeedback');
  for (const line of evaluation.feedback) console.log(`  - ${line}`);
}

export function registerEvaluateCommand(program: Command): void {
  program
    .command('evaluate')
    .description('Evaluate an interview answer: STAR parts, specifics, relevance, ownership, fillers, competency scores')
    .requiredOption('--question <text>', 'the question that was asked')
    .requiredOption('--answer <file>', 'a file holding the answer (TXT, Markdown, PDF or DOCX), or - for stdin')
    .addOption(new Option('--competency <name>', 'the competency the question probes (inferred when left out)').choices([...competencies]))
    .option('--json', 'print the evaluation as JSON')
    .addOption(engineOption())
    .action(async (options: EvaluateOptions) => {
      if (!options.question.trim()) throw new Error('--question must not be empty');
      const [{ createCliEngine }, { evaluateAnswerTask }, { readTextFile }] = await Promise.all([
        import('#cli/ai-engine.ts'),
        import('#server/ai/index.ts'),
        import('./read-input-file.ts'),
      ]);
      const engine = createCliEngine(options.engine);
      const answer = await readTextFile(options.answer, 'answer');
      if (!answer.trim()) throw new Error(`the answer file ${options.answer} is empty`);
      const question = { text: options.question, ...(options.competency ? { competency: options.competency as Competency } : {}) };
      const { output: evaluation } = await engine.run(evaluateAnswerTask, { question, answer });
      if (options.json) console.log(JSON.stringify(evaluation, null, 2));
      else printEvaluation(evaluation);
    });
}
