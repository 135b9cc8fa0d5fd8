import { Option, type Command } from 'commander';
import { generateQuestionsInputSchema, interviewTypes, seniorities, type GenerateQuestionsOutput } from '#shared/ai/questions.ts';
import { engineOption } from './skills.ts';

type QuestionsOptions = { role: string; type: string; count: string; seniority?: string; job?: string; resume?: string; skills?: string; seed?: string; json?: boolean; engine?: string };

// Spellings people type that mean a valid type.
const typeAliases: Record<string, string> = {
  behavioral: 'behavioural',
  hr: 'hr_screening',
  'hr-screening': 'hr_screening',
  screening: 'hr_screening',
  'system-design': 'system_design',
  design: 'system_design',
};

function parseCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 30) throw new Error(`--count must be a whole number from 1 to 30 (got "${value}")`);
  return count;
}

function printQuestions(output: GenerateQuestionsOutput): void {
  console.log(`${output.questions.length} questions · profession: ${output.profession} · seniority: ${output.seniority}\n`);
  output.questions.forEach((question, index) => {
    const tags = [question.stage, question.type, question.competency.replace(/_/g, ' '), question.skill].filter(Boolean).join(' · ');
    console.log(`${index + 1}. ${question.text}`);
    console.log(`   [${tags}] ${question.id}`);
    if (question.basedOn) console.log(`   based on the ${question.basedOn.source.replace('_', ' ')}: "${question.basedOn.quote}"`);
    console.log(`   a strong answer shows: ${question.strongAnswerShows.join('; ')}\n`);
  });
}

export function registerQuestionsCommand(program: Command): void {
  program
    .command('questions')
    .description('Generate interview questions for a role, personalised by a job description and a resume')
    .requiredOption('--role <role>', 'the target role, e.g. "Registered Nurse"')
    .addOption(new Option('--type <type>', `interview type: ${interviewTypes.join(', ')}`).default('mixed'))
    .option('--count <n>', 'how many questions (1–30)', '5')
    .option('--seniority <level>', `${seniorities.join(', ')} (inferred from the role and job when left out)`)
    .option('--job <file>', 'a job description (TXT, Markdown, PDF or DOCX)')
    .option('--resume <file>', 'a resume (PDF, DOCX, TXT, Markdown or JSON Resume)')
    .option('--skills <list>', 'comma-separated focus skills')
    .option('--seed <text>', 'vary the draw for the same inputs')
    .option('--json', 'print the questions as JSON')
    .addOption(engineOption())
    .action(async (options: QuestionsOptions) => {
      options.type = typeAliases[options.type.toLowerCase()] ?? options.type;
      if (!(interviewTypes as readonly string[]).includes(options.type)) throw new Error(`unknown interview type "${options.type}"; valid types: ${interviewTypes.join(', ')}`);
      if (options.seniority && !(seniorities as readonly string[]).includes(options.seniority)) throw new Error(`unknown seniority "${options.seniority}"; valid levels: ${seniorities.join(', ')}`);
      const count = parseCount(options.count);
      // The engine and the NLP load here, so other commands do not pay for them.
      const [{ createCliEngine }, { generateQuestionsTask }, { readResumeFile, readTextFile }] = await Promise.all([
        import('#cli/ai-engine.ts'),
        import('#server/ai/index.ts'),
        import('./read-input-file.ts'),
      ]);
      const engine = createCliEngine(options.engine);
      const jobDescription = options.job ? await readTextFile(options.job, 'job') : undefined;
      const resume = options.resume ? await readResumeFile(engine, options.resume) : undefined;
      const input = generateQuestionsInputSchema.safeParse({
        role: options.role,
        interviewType: options.type,
        count,
        ...(options.seniority ? { seniority: options.seniority } : {}),
        ...(jobDescription ? { jobDescription } : {}),
        ...(resume ? { resume } : {}),
        focusSkills: (options.skills ?? '').split(',').map((skill) => skill.trim()).filter(Boolean),
        ...(options.seed ? { seed: options.seed } : {}),
      });
      if (!input.success) throw new Error(input.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; '));
      const { output } = await engine.run(generateQuestionsTask, input.data);
      if (options.json) console.log(JSON.stringify(output, null, 2));
      else printQuestions(output);
    });
}
