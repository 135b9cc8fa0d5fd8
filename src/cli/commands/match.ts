import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { MatchResult, MatchResumeInput } from '#shared/ai/match.ts';
import type { ParsedResume } from '#shared/ai/resume.ts';
import { engineOption } from './skills.ts';

type MatchJob = MatchResumeInput['job'];

/** The document readers, NLP and AI engine load when the command runs, not when any `parley` command starts. */
async function loadEngine(engineFlag: string | undefined) {
  const [{ DocumentError, matchResumeTask, parseJobTask, parseResumeTask, readDocument }, { createCliEngine }] = await Promise.all([
    import('#server/ai/index.ts'),
    import('#cli/ai-engine.ts'),
  ]);
  const ai = createCliEngine(engineFlag);
  return {
    DocumentError,
    readDocument,
    parseJob: async (text: string) => (await ai.run(parseJobTask, { text })).output,
    parseResumeDocument: async (input: { bytes: Uint8Array; fileName: string }) => (await ai.run(parseResumeTask, input)).output,
    matchResume: async (resume: ParsedResume, job: MatchJob, options: { blind: boolean }) => (await ai.run(matchResumeTask, { resume, job, options })).output,
  };
}

type Engine = Awaited<ReturnType<typeof loadEngine>>;

type MatchOptions = { job: string; jsonl?: boolean; blind?: boolean; engine?: string };
type Row = { file: string; score: number; recommendation: string; matched: number; missing: string[] };
type Failure = { code: string; message: string };

async function readJob(engine: Engine, file: string): Promise<MatchJob> {
  const bytes = await readFile(file).catch(() => {
    throw new Error(`cannot read the job file ${file}`);
  });
  const { text } = await engine.readDocument({ bytes, fileName: file });
  if (!text.trim()) throw new Error(`the job file ${file} has no text`);
  return { ...(await engine.parseJob(text)), text };
}

async function scoreFile(engine: Engine, file: string, job: MatchJob, blind: boolean): Promise<MatchResult | Failure> {
  try {
    const bytes = await readFile(file);
    const parsed = await engine.parseResumeDocument({ bytes, fileName: basename(file) });
    return await engine.matchResume(parsed, job, { blind });
  } catch (error) {
    if (error instanceof engine.DocumentError) return { code: error.code, message: error.message };
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { code: 'not_found', message: `${file} does not exist` };
    if (code === 'EISDIR') return { code: 'unreadable_document', message: `${file} is a directory` };
    return { code: 'unreadable_document', message: error instanceof Error ? error.message : String(error) };
  }
}

function shortList(names: readonly string[]): string {
  if (names.length === 0) return '-';
  return names.length > 4 ? `${names.slice(0, 4).join(', ')} +${names.length - 4} more` : names.join(', ');
}

function printTable(rows: Row[], failures: { file: string; error: Failure }[]): void {
  rows.sort((a, b) => b.score - a.score || a.file.localeCompare(b.file));
  const fileWidth = Math.max(4, ...rows.map((row) => row.file.length));
  console.log(`${'rank'.padEnd(5)}${'score'.padEnd(7)}${'recommendation'.padEnd(16)}${'file'.padEnd(fileWidth + 2)}missing must-haves`);
  rows.forEach((row, index) => {
    console.log(`${String(index + 1).padEnd(5)}${String(row.score).padEnd(7)}${row.recommendation.padEnd(16)}${row.file.padEnd(fileWidth + 2)}${shortList(row.missing)}`);
  });
  for (const failure of failures) console.log(`  failed  ${failure.file}: ${failure.error.code} – ${failure.error.message}`);
}

/**
 * Scores many resumes against one job. Files are read one at a time and each line is written as soon as it is
 * scored, so hundreds of files run in bounded memory; the table mode keeps only a small row per file.
 */
export function registerMatchCommand(program: Command): void {
  program
    .command('match')
    .description('Score resumes against a job description: one JSON line per resume with --jsonl, else a ranked table')
    .requiredOption('--job <file>', 'the job description (TXT, Markdown, PDF or DOCX)')
    .option('--jsonl', 'print {"file","score","recommendation","matched","missing","additional","components"} per resume')
    .option('--blind', 'mask names, contact details, places, links, age and gender markers in what is returned')
    .addOption(engineOption())
    .argument('<resumes...>', 'resume files (PDF, DOCX, TXT, Markdown or JSON Resume)')
    .action(async (resumes: string[], options: MatchOptions) => {
      const engine = await loadEngine(options.engine);
      const job = await readJob(engine, options.job);
      if (job.mustHave.length + job.niceToHave.length === 0) console.error(`parley match: no skills found in ${options.job}; scoring on title, experience and text only`);
      const rows: Row[] = [];
      const failures: { file: string; error: Failure }[] = [];
      for (const file of resumes) {
        const result = await scoreFile(engine, file, job, options.blind === true);
        if ('code' in result) {
          failures.push({ file, error: result });
          if (options.jsonl) process.stdout.write(`${JSON.stringify({ file, error: result })}\n`);
          continue;
        }
        const { score, recommendation, matched, missing, additional, components } = result;
        if (options.jsonl) process.stdout.write(`${JSON.stringify({ file, score, recommendation, matched, missing, additional, components })}\n`);
        else rows.push({ file, score, recommendation, matched: matched.length, missing });
      }
      if (!options.jsonl) printTable(rows, failures);
      if (failures.length === resumes.length) {
        console.error(`parley match: none of the ${resumes.length} resume files could be read`);
        process.exitCode = 1;
      }
    });
}
