import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import type { ParsedResumeDocument } from '#server/ai/index.ts';
import type { ResumeEntity } from '#shared/ai/resume.ts';
import type { CliEngine } from '#cli/ai-engine.ts';

type ParseOptions = { json?: boolean; jsonl?: boolean; engine?: 'offline' | 'llm' };
type FileResult = { file: string; parsed: ParsedResumeDocument } | { file: string; error: { code: string; message: string } };

async function parseFile(engine: CliEngine, file: string): Promise<FileResult> {
  // The engine and its NLP load when a command needs them, not when any `parley` command starts.
  const { DocumentError, parseResumeTask } = await import('#server/ai/index.ts');
  try {
    const bytes = new Uint8Array(await readFile(file));
    return { file, parsed: (await engine.run(parseResumeTask, { bytes, fileName: basename(file) })).output };
  } catch (error) {
    if (error instanceof DocumentError) return { file, error: { code: error.code, message: error.message } };
    throw error;
  }
}

function toRecord(result: FileResult): Record<string, unknown> {
  if ('error' in result) return { file: result.file, error: result.error };
  const { resume, entities, warnings } = result.parsed;
  return { file: result.file, resume, entities, warnings };
}

function countByType(entities: ResumeEntity[]): string {
  const counts = new Map<string, number>();
  for (const entity of entities) counts.set(entity.type, (counts.get(entity.type) ?? 0) + 1);
  return [...counts].map(([type, count]) => `${type} ${count}`).join(', ');
}

function printSummary(result: FileResult): void {
  if ('error' in result) {
    console.log(`${result.file}: error ${result.error.code}: ${result.error.message}\n`);
    return;
  }
  const { resume, entities, warnings, format } = result.parsed;
  const basics = resume.basics ?? {};
  const place = [basics.location?.city, basics.location?.region].filter(Boolean).join(', ');
  console.log(`${result.file} (${format})`);
  console.log(`  ${basics.name ?? '(no name)'}${basics.label ? ` — ${basics.label}` : ''}`);
  console.log(`  ${[basics.email, basics.phone, place].filter(Boolean).join(' | ') || '(no contact details)'}`);
  for (const job of resume.work ?? []) {
    console.log(`  work: ${job.position ?? '?'} at ${job.name ?? '?'} (${job.startDate ?? '?'} – ${job.endDate ?? 'present'}), ${job.highlights?.length ?? 0} highlights`);
  }
  for (const school of resume.education ?? []) {
    console.log(`  education: ${[school.studyType, school.area].filter(Boolean).join(' in ') || '?'}, ${school.institution ?? '?'}${school.endDate ? ` (${school.endDate})` : ''}`);
  }
  const skills = (resume.skills ?? []).flatMap((skill) => (skill.keywords?.length ? skill.keywords : [skill.name]));
  if (skills.length > 0) console.log(`  skills: ${skills.join(', ')}`);
  if (resume.certificates?.length) console.log(`  certificates: ${resume.certificates.map((c) => c.name).join('; ')}`);
  if (resume.languages?.length) console.log(`  languages: ${resume.languages.map((l) => (l.fluency ? `${l.language} (${l.fluency})` : l.language)).join(', ')}`);
  console.log(`  entities: ${countByType(entities) || 'none'}`);
  for (const warning of warnings) console.log(`  warning: ${warning}`);
  console.log('');
}

export function registerParseCommand(program: Command): void {
  program
    .command('parse')
    .description('Parse resumes (PDF, DOCX, TXT, Markdown, JSON Resume) into JSON Resume with entities and warnings')
    .argument('<files...>', 'resume files')
    .option('--json', 'print a JSON array, one object per file')
    .option('--jsonl', 'print one JSON line per file: {"file","resume","entities","warnings"} or {"file","error":{"code","message"}}')
    .addOption(new Option('--engine <engine>', 'offline (deterministic NLP) or llm (default: llm when one is configured, else offline)').choices(['offline', 'llm']))
    .action(async (files: string[], options: ParseOptions) => {
      if (options.json && options.jsonl) throw new Error('give either --json or --jsonl, not both');
      const { createCliEngine } = await import('#cli/ai-engine.ts');
      const engine = createCliEngine(options.engine);
      // Check every path first so a typo fails fast instead of after a long batch.
      for (const file of files) {
        const info = await stat(file).catch(() => null);
        if (!info) throw new Error(`file not found: ${file}`);
        if (!info.isFile()) throw new Error(`not a file: ${file}`);
      }
      // Several files are read at once (the document readers work on every core while this thread parses the text
      // they return); each is printed in the order given, as soon as those before it are.
      const { documentReaderCount } = await import('#server/ai/index.ts');
      const results: FileResult[] = [];
      const running = new Map<number, Promise<FileResult>>();
      const inFlight = documentReaderCount + 1;
      for (let index = 0; index < files.length; index += 1) {
        for (let ahead = index; ahead < Math.min(files.length, index + inFlight); ahead += 1) {
          if (running.has(ahead)) continue;
          const parsing = parseFile(engine, files[ahead]!);
          // A failure is thrown when its turn to print comes, not reported as unhandled while an earlier file is awaited.
          parsing.catch(() => undefined);
          running.set(ahead, parsing);
        }
        const result = await running.get(index)!;
        running.delete(index);
        results.push(result);
        if (options.jsonl) process.stdout.write(`${JSON.stringify(toRecord(result))}\n`);
        else if (!options.json) printSummary(result);
      }
      if (options.json) process.stdout.write(`${JSON.stringify(results.map(toRecord), null, 2)}\n`);
      const failed = results.filter((result) => 'error' in result).length;
      if (failed > 0) {
        console.error(`parley parse: ${failed} of ${results.length} file(s) could not be read`);
        process.exitCode = 1;
      }
    });
}
