import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DocumentLine, OcrCommands, OcrOptions } from './document-types.ts';

export type OcrResult = { text: string; lines: DocumentLine[] };

export const defaultOcrCommands: OcrCommands = { pdftoppm: 'pdftoppm', tesseract: 'tesseract' };
const defaultMaxPages = 5;
const defaultTimeoutMs = 60_000;
const minLetters = 20;

const execFileAsync = promisify(execFile);

async function runFile(command: string, args: string[], timeoutMs: number): Promise<string> {
  // execFile, never a shell: the arguments are paths Parley made, but nothing should be interpreted.
  const { stdout } = await execFileAsync(command, args, { timeout: timeoutMs, maxBuffer: 8 * 1024 * 1024, encoding: 'utf8' });
  return stdout;
}

/**
 * Whether a program runs. Asked again for each scanned PDF rather than remembered by the process: it costs milliseconds
 * against the seconds OCR takes, and installing tesseract then takes effect without a restart.
 */
function isCommandAvailable(command: string, versionFlag: string): Promise<boolean> {
  return runFile(command, [versionFlag], 10_000).then(
    () => true,
    () => false,
  );
}

/** True when both programs OCR needs can be run. */
export async function isOcrAvailable(commands: OcrCommands = defaultOcrCommands): Promise<boolean> {
  const [pdftoppm, tesseract] = await Promise.all([isCommandAvailable(commands.pdftoppm, '-v'), isCommandAvailable(commands.tesseract, '--version')]);
  return pdftoppm && tesseract;
}

function countLetters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

function tidyPage(text: string): string {
  return text
    .replace(/\f/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Text of a PDF without a text layer, recognised by tesseract on pages rasterised by pdftoppm. Returns null when either
 * program is missing, fails, or the pages yield too few letters to be a document.
 */
export async function ocrPdf(bytes: Uint8Array, options: OcrOptions = {}): Promise<OcrResult | null> {
  const commands = options.commands ?? defaultOcrCommands;
  if (!(await isOcrAvailable(commands))) return null;
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const maxPages = options.maxPages ?? defaultMaxPages;
  const dir = await mkdtemp(join(tmpdir(), 'parley-ocr-'));
  try {
    const pdfPath = join(dir, 'input.pdf');
    await writeFile(pdfPath, bytes);
    await runFile(commands.pdftoppm, ['-r', '200', '-png', '-gray', '-f', '1', '-l', String(maxPages), pdfPath, join(dir, 'page')], timeoutMs);
    // pdftoppm pads page numbers to the page count's width, so a plain sort keeps page order.
    const images = (await readdir(dir)).filter((name) => name.endsWith('.png')).sort();
    const lines: DocumentLine[] = [];
    for (const [index, image] of images.entries()) {
      const page = tidyPage(await runFile(commands.tesseract, [join(dir, image), 'stdout'], timeoutMs));
      if (page === '') continue;
      if (lines.length > 0) lines.push({ text: '', page: index + 1 });
      for (const text of page.split('\n')) lines.push({ text, page: index + 1 });
    }
    const text = lines.map((line) => line.text).join('\n');
    return countLetters(text) >= minLetters ? { text, lines } : null;
  } catch {
    // A crash or timeout of either program leaves the PDF as unreadable as it was without OCR.
    return null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
