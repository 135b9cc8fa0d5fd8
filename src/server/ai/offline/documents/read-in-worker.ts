import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ensureServerWorker } from '#scripts/build-server.js';
import type { ParsedResumeDocument } from '#server/ai/offline/resume/resume-from-document.ts';
import type { ReaderAnswer, ReaderRequest } from './document-reader-worker.ts';
import { DocumentError } from './document-error.ts';
import type { ParseLimits } from './document-types.ts';
import type { RawDocx, RawPdf } from './read-raw-document.ts';

/** What a reader parses itself; a JSON Resume is checked field by field on the server's thread. */
export type ReaderFormat = 'pdf' | 'docx' | 'txt' | 'md';

/** A CV takes well under a second; a file that needs this long or this much memory is hostile or broken. */
export const defaultParseLimits: Required<ParseLimits> = { timeoutMs: 20_000, maxMemoryMb: 256 };

/**
 * What a file's compressed parts may inflate to, checked in the reader before a library opens the file: half the heap
 * cap (array buffers are outside the cap; a real CV's streams come to a few megabytes, its pictures included).
 */
export const maxInflatedMb = (maxMemoryMb: number) => Math.max(16, Math.floor(maxMemoryMb / 2));

/** The server's builder, loaded as it is (not bundled into the server): the same file from the sources and the bundle. */
const serverBuilder = new URL('../../../../../scripts/build-server.js', import.meta.url).href;

/** The bundled reader (document-reader-worker.ts) of the current server build, built first when run from the sources. */
let workerFile: Promise<string> | undefined;
function readerWorkerFile(): Promise<string> {
  const builder = import(serverBuilder) as Promise<{ ensureServerWorker: typeof ensureServerWorker }>;
  workerFile ??= builder.then(({ ensureServerWorker }) => ensureServerWorker('document-reader'));
  workerFile.catch(() => (workerFile = undefined));
  return workerFile;
}
/**
 * The one pool of document readers, sized to the cores (two at least, so one hostile file held to its deadline never
 * stops the others): more at once only queue for the same CPUs. A file waits its turn before its deadline starts.
 */
export const documentReaderCount = Math.max(2, availableParallelism());
/** Idle readers kept warm (starting one loads pdf.js: a quarter of a second, more under load). */
const maxIdle = documentReaderCount;
/**
 * A reader idle this long is let go: each holds its parser's models and ~60 MB of heap, which a server that screened a
 * batch an hour ago should not keep. `parley worker` keeps its readers (warmDocumentReaders), screening being its job.
 */
export const readerIdleMs = 30_000;
let keepIdleReaders = false;
/**
 * A reader is replaced after this many files, so nothing one file leaves behind builds up. Starting one loads pdf.js,
 * mammoth and the parser's models and warms its code (~0.6 s of CPU): at 200 files that was 3 ms a file (decision 052).
 */
const maxFilesPerWorker = 1000;

/** `onIdleEnd` is listened for only while the reader waits in the pool (an idle reader that dies leaves it). */
type Reader = { worker: Worker; memoryMb: number; files: number; ready: Promise<void>; onIdleEnd: () => void; idleTimer?: NodeJS.Timeout };
/**
 * What the parser adds to a reader before its first file: its language models and skills taxonomy (a reader that
 * parses needs a cap of 56 MB to start, measured). Its cap is this plus the file's `maxMemoryMb`, so a file has about
 * the memory it had when readers only read.
 */
const readerBaseMb = 48;
const idle: Reader[] = [];
let nextId = 1;
let busy = 0;
const waiting: (() => void)[] = [];

/** A turn of one of the pool's readers: granted at once while fewer than documentReaderCount files are read. */
function takeTurn(): Promise<void> {
  if (busy < documentReaderCount) {
    busy += 1;
    return Promise.resolve();
  }
  return new Promise((resolve) => waiting.push(resolve));
}

function endTurn(): void {
  const next = waiting.shift();
  if (next) next();
  else busy -= 1;
}

function startReader(file: string, memoryMb: number): Reader {
  const worker = new Worker(file, {
    resourceLimits: { maxOldGenerationSizeMb: readerBaseMb + memoryMb, maxYoungGenerationSizeMb: Math.min(16, Math.max(8, memoryMb / 4)) },
    // Bundled JavaScript: no loader of the parent (tsx, vitest) is needed, and starting one costs seconds.
    execArgv: [],
  });
  const ready = new Promise<void>((resolve, reject) => {
    const onMessage = (message: { ready?: boolean }) => {
      if (!message.ready) return;
      worker.off('message', onMessage);
      worker.off('error', reject);
      worker.off('exit', onExit);
      resolve();
    };
    const onExit = (code: number) => reject(new Error(`the document reader stopped while starting (code ${code})`));
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.once('exit', onExit);
  });
  const reader: Reader = { worker, memoryMb, files: 0, ready, onIdleEnd: () => retire(reader) };
  return reader;
}

async function takeReader(memoryMb: number): Promise<Reader> {
  const index = idle.findIndex((reader) => reader.memoryMb === memoryMb);
  const reader = index >= 0 ? idle.splice(index, 1)[0]! : startReader(await readerWorkerFile(), memoryMb);
  clearTimeout(reader.idleTimer);
  reader.worker.off('error', reader.onIdleEnd).off('exit', reader.onIdleEnd);
  reader.worker.ref();
  return reader;
}

// Only a reader's own listeners are ever removed: Worker listens to itself (newListener) to start its message port.
function giveBack(reader: Reader): void {
  if (reader.files >= maxFilesPerWorker || idle.length >= maxIdle) {
    void reader.worker.terminate();
    return;
  }
  // An idle reader must not keep the process alive, nor die unnoticed.
  reader.worker.on('error', reader.onIdleEnd).on('exit', reader.onIdleEnd);
  reader.worker.unref();
  idle.push(reader);
  if (keepIdleReaders) return;
  reader.idleTimer = setTimeout(() => {
    if (!idle.includes(reader)) return;
    retire(reader);
    void reader.worker.terminate();
  }, readerIdleMs);
  reader.idleTimer.unref();
}

function retire(reader: Reader): void {
  clearTimeout(reader.idleTimer);
  const index = idle.indexOf(reader);
  if (index >= 0) idle.splice(index, 1);
}

/** How many readers wait warm in the pool now (for tests and the memory bench's account). */
export function idleReaderCount(): number {
  return idle.length;
}

/**
 * Starts the pool's readers before the first file, for a process whose work is screening (`parley worker`): each loads
 * pdf.js, mammoth and the parser's models (~0.6 s of CPU), which the first files of a batch would otherwise wait for.
 */
export async function warmDocumentReaders(limits: ParseLimits = {}): Promise<void> {
  keepIdleReaders = true;
  const { maxMemoryMb } = { ...defaultParseLimits, ...limits };
  const file = await readerWorkerFile();
  const readers = Array.from({ length: Math.max(0, maxIdle - idle.length) }, () => startReader(file, maxMemoryMb));
  const started = await Promise.allSettled(readers.map((reader) => reader.ready));
  for (const [index, reader] of readers.entries()) {
    if (started[index]!.status === 'fulfilled') giveBack(reader);
    else void reader.worker.terminate();
  }
}

/**
 * Takes a PDF or DOCX apart in a worker thread with a heap cap and a deadline: past either, the worker is terminated and
 * the file fails with `too_complex`, while the server carries on (decision 038). Readers that finish are reused.
 */
export function readInWorker(kind: 'pdf', bytes: Uint8Array, limits?: ParseLimits): Promise<RawPdf>;
export function readInWorker(kind: 'docx', bytes: Uint8Array, limits?: ParseLimits): Promise<RawDocx>;
export async function readInWorker(kind: 'pdf' | 'docx', bytes: Uint8Array, limits: ParseLimits = {}): Promise<RawPdf | RawDocx> {
  const answer = await askReader({ task: 'read', kind }, bytes, limits);
  if (!('kind' in answer)) throw new Error('the document reader answered a read with a parsed resume');
  return answer;
}

/**
 * Reads and parses a CV in a worker thread, under the same deadline and heap cap: the server's thread receives the
 * parsed resume (decision 052). A PDF without a text layer fails with `no_text_layer`, for the caller to try OCR.
 */
export async function parseInWorker(format: ReaderFormat, bytes: Uint8Array, limits: ParseLimits = {}): Promise<ParsedResumeDocument> {
  const answer = await askReader({ task: 'parse', format }, bytes, limits);
  if (!('parsed' in answer)) throw new Error('the document reader answered a parse with raw material');
  return answer.parsed;
}

type Task = { task: 'read'; kind: 'pdf' | 'docx' } | { task: 'parse'; format: ReaderFormat };
type Success = Exclude<ReaderAnswer, { ok: false }>;

async function askReader(task: Task, bytes: Uint8Array, limits: ParseLimits): Promise<Success> {
  await takeTurn();
  try {
    return await askTakenReader(task, bytes, limits);
  } finally {
    endTurn();
  }
}

function labelOf(task: Task): string {
  const format = task.task === 'read' ? task.kind : task.format;
  return format === 'pdf' ? 'The PDF' : format === 'docx' ? 'The DOCX file' : 'The text file';
}

async function askTakenReader(task: Task, bytes: Uint8Array, limits: ParseLimits): Promise<Success> {
  const { timeoutMs, maxMemoryMb } = { ...defaultParseLimits, ...limits };
  const label = labelOf(task);
  const reader = await takeReader(maxMemoryMb);
  try {
    await reader.ready;
  } catch (error) {
    void reader.worker.terminate();
    throw error;
  }
  const { worker } = reader;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    let settled = false;
    const onMessage = (answer: ReaderAnswer) => {
      if (answer.id !== id) return;
      reader.files += 1;
      settle(() => (answer.ok ? resolve(answer) : reject(new DocumentError(answer.code, answer.message, answer.detail))), true);
    };
    const onError = (error: Error & { code?: string }) =>
      settle(
        () =>
          reject(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new DocumentError('too_complex', `${label} needed more than ${maxMemoryMb} MB to read and was stopped.`)
              : new DocumentError('unreadable_document', `${label} could not be read (${error.message}).`),
          ),
        false,
      );
    const onExit = (code: number) => settle(() => reject(new DocumentError('unreadable_document', `${label} could not be read (the reader stopped with code ${code}).`)), false);
    const settle = (outcome: () => void, reusable: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      outcome();
      if (reusable) giveBack(reader);
      else void worker.terminate();
    };
    const timer = setTimeout(() => settle(() => reject(new DocumentError('too_complex', `${label} took longer than ${timeoutMs / 1000} s to read and was stopped.`)), false), timeoutMs);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    const copy = new Uint8Array(bytes);
    const request: ReaderRequest = { ...task, id, bytes: copy, maxInflatedMb: maxInflatedMb(maxMemoryMb) };
    worker.postMessage(request, [copy.buffer]);
  });
}
