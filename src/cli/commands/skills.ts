import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Option, type Command } from 'commander';
import { z } from 'zod';

// The NLP modules and the AI engine load inside the actions, so `parley start` and the other commands do not pay for them.
const loadExtractSkills = async () => {
  const [{ createCliEngine }, { extractSkillsTask }] = await Promise.all([import('#cli/ai-engine.ts'), import('#server/ai/index.ts')]);
  return (engineFlag: string | undefined, phrases: boolean) => {
    const engine = createCliEngine(engineFlag);
    return async (text: string) => (await engine.run(extractSkillsTask, { text, phrases })).output.skills;
  };
};

/** Left out: the LLM when the environment configures one, else offline (the AI engine decides). */
export const engineOption = (): Option =>
  new Option('--engine <engine>', 'offline (deterministic NLP) or llm (default: llm when one is configured, else offline)').choices(['offline', 'llm']);

const skillsLineSchema = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });

/** `--jsonl`: one `{"id","text"}` per input line → one `{"id","skills":[...]}` per output line, in order. */
async function extractJsonLines(engineFlag: string | undefined, phrases: boolean): Promise<number> {
  const extractSkills = (await loadExtractSkills())(engineFlag, phrases);
  let failures = 0;
  let lineNumber = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber += 1;
    if (!line.trim()) continue;
    let parsed: z.infer<typeof skillsLineSchema>;
    try {
      parsed = skillsLineSchema.parse(JSON.parse(line));
    } catch {
      failures += 1;
      const message = `line ${lineNumber}: expected a JSON object {"id": string, "text": string}`;
      console.error(`parley skills: ${message}`);
      process.stdout.write(`${JSON.stringify({ line: lineNumber, error: { code: 'bad_input', message } })}\n`);
      continue;
    }
    const skills = (await extractSkills(parsed.text)).map(({ start, end, text, name, kind }) => ({ start, end, text, name, kind }));
    process.stdout.write(`${JSON.stringify({ id: parsed.id, skills })}\n`);
  }
  return failures;
}

async function printSkillsTable(file: string, engineFlag: string | undefined, phrases: boolean): Promise<void> {
  const extractSkills = (await loadExtractSkills())(engineFlag, phrases);
  const bytes = await readFile(file).catch(() => {
    throw new Error(`cannot read ${file}`);
  });
  const { readDocument } = await import('#server/ai/index.ts');
  const document = await readDocument({ bytes, fileName: file });
  const skills = await extractSkills(document.text);
  const rows = skills.map((skill) => [`${skill.start}-${skill.end}`, skill.kind, skill.source, skill.name, skill.text]);
  const header = ['span', 'kind', 'source', 'skill', 'as written'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const format = (row: readonly string[]): string => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  console.log(format(header));
  for (const row of rows) console.log(format(row));
  console.log(`\n${skills.length} mentions, ${new Set(skills.map((skill) => skill.name)).size} distinct skills in ${file}`);
}

export function registerSkillsCommand(program: Command): void {
  program
    .command('skills')
    .description('Find skills in text: --jsonl reads {"id","text"} lines on stdin; FILE prints a table')
    .argument('[file]', 'a PDF, DOCX, TXT or Markdown file')
    .option('--jsonl', 'read {"id","text"} lines on stdin, print {"id","skills":[{start,end,text,name,kind}]} lines')
    // Spans (--jsonl) include duties and knowledge read as phrases ("prepare monthly financial statements"); the table
    // of a file lists taxonomy names, the way a profile's skills are listed (decision 050).
    .option('--phrases', 'also list duties and knowledge read as phrases (the default with --jsonl)')
    .option('--no-phrases', 'taxonomy names only (the default for a FILE)')
    .addOption(engineOption())
    .action(async (file: string | undefined, options: { jsonl?: boolean; engine?: string; phrases?: boolean }) => {
      if (options.jsonl) {
        if (file) throw new Error('give either --jsonl (input on stdin) or a FILE, not both');
        const failures = await extractJsonLines(options.engine, options.phrases ?? true);
        if (failures > 0) process.exitCode = 1;
        return;
      }
      if (!file) throw new Error('give a FILE to read, or --jsonl to read {"id","text"} lines on stdin');
      await printSkillsTable(file, options.engine, options.phrases ?? false);
    });
}
