import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CliEngine } from '#cli/ai-engine.ts';
import { DocumentError, parseResumeTask, readDocument } from '#server/ai/index.ts';
import type { Resume } from '#shared/ai/resume.ts';

async function readBytes(file: string, what: string): Promise<Uint8Array> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  return readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'ENOENT' ? `the ${what} file ${file} does not exist` : `cannot read the ${what} file ${file}: ${error.message}`);
  });
}

/** Plain text of a TXT, Markdown, PDF or DOCX file (or stdin for "-"). */
export async function readTextFile(file: string, what: string): Promise<string> {
  const bytes = await readBytes(file, what);
  if (file === '-' || /\.(txt|md|markdown|text)$/i.test(file) || !/\.[a-z0-9]+$/i.test(file)) return Buffer.from(bytes).toString('utf8');
  try {
    return (await readDocument({ bytes, fileName: basename(file) })).text;
  } catch (error) {
    if (error instanceof DocumentError) throw new Error(`the ${what} file ${file} cannot be read (${error.code}): ${error.message}`);
    throw error;
  }
}

/** A resume file (PDF, DOCX, TXT, Markdown or JSON Resume) as a JSON Resume document, parsed by the engine `--engine` chose. */
export async function readResumeFile(engine: CliEngine, file: string): Promise<Resume> {
  const bytes = await readBytes(file, 'resume');
  try {
    return (await engine.run(parseResumeTask, { bytes, fileName: basename(file) })).output.resume;
  } catch (error) {
    if (error instanceof DocumentError) throw new Error(`the resume file ${file} cannot be read (${error.code}): ${error.message}`);
    throw error;
  }
}
