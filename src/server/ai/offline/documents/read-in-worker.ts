import { Worker } from 'node:worker_threads';
import { DocumentError, type DocumentErrorCode } from './document-error.ts';
import type { ParseLimits } from './document-types.ts';

/** One PDF text item as pdf.js gives it: the string, its transform matrix and its size. */
export type RawPdfItem = { str: string; transform: number[]; width: number; height: number };
export type RawPdf = { kind: 'pdf'; numPages: number; pages: { items: RawPdfItem[]; width: number }[] };
export type RawDocx = { kind: 'docx'; html: string };
type Answer = (RawPdf | RawDocx) & { ok: true } | { ok: false; code: DocumentErrorCode; message: string };

/** A CV takes well under a second; a file that needs this long or this much memory is hostile or broken. */
export const defaultParseLimits: Required<ParseLimits> = { timeoutMs: 20_000, maxMemoryMb: 256 };

const workerUrl = new URL('./document-worker.js', import.meta.url);

/**
 * Takes a PDF or DOCX apart in a worker thread with a heap cap and a deadline: past either, the worker is terminated and
 * the file fails with `too_complex`, while the server carries on (decision 038).
 */
export function readInWorker(kind: 'pdf', bytes: Uint8Array, limits?: ParseLimits): Promise<RawPdf>;
export function readInWorker(kind: 'docx', bytes: Uint8Array, limits?: ParseLimits): Promise<RawDocx>;
export function readInWorker(kind: 'pdf' | 'docx', bytes: Uint8Array, limits: ParseLimits = {}): Promise<RawPdf | RawDocx> {
  const { timeoutMs, maxMemoryMb } = { ...defaultParseLimits, ...limits };
  const label = kind === 'pdf' ? 'The PDF' : 'The DOCX file';
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, {
      workerData: { kind, bytes },
      resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: Math.min(64, maxMemoryMb / 4) },
      // Plain JavaScript importing only packages: no loader of the parent (tsx, vitest) is needed, and starting one costs seconds.
      execArgv: [],
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer = setTimeout(() => settle(() => reject(new DocumentError('too_complex', `${label} took longer than ${timeoutMs / 1000} s to read and was stopped.`))), timeoutMs);
    worker.on('message', (answer: Answer) =>
      settle(() => {
        if (answer.ok) resolve(answer);
        else reject(new DocumentError(answer.code, answer.message));
      }),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new DocumentError('too_complex', `${label} needed more than ${maxMemoryMb} MB to read and was stopped.`)
            : new DocumentError('unreadable_document', `${label} could not be read (${error.message}).`),
        ),
      ),
    );
    worker.on('exit', (code) => settle(() => reject(new DocumentError('unreadable_document', `${label} could not be read (the reader stopped with code ${code}).`))));
  });
}
