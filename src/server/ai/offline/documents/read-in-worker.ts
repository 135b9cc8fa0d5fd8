import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DocumentError, type DocumentErrorCode } from './document-error.ts';
import type { ParseLimits } from './document-types.ts';

/** One PDF text item as pdf.js gives it: the string, its transform matrix and its size. */
export type RawPdfItem = { str: string; transform: number[]; width: number; height: number };
export type RawPdf = { kind: 'pdf'; numPages: number; pages: { items: RawPdfItem[]; width: number }[] };
export type RawDocx = { kind: 'docx'; html: string };
type Answer = { id: number } & (((RawPdf | RawDocx) & { ok: true }) | { ok: false; code: DocumentErrorCode; message: string });

/** A CV takes well under a second; a file that needs this long or this much memory is hostile or broken. */
export const defaultParseLimits: Required<ParseLimits> = { timeoutMs: 20_000, maxMemoryMb: 256 };

/**
 * What a file's compressed parts may inflate to, checked in the reader before a library opens the file: half the heap
 * cap (array buffers are outside the cap; a real CV's streams come to a few megabytes, its pictures included).
 */
export const maxInflatedMb = (maxMemoryMb: number) => Math.max(16, Math.floor(maxMemoryMb / 2));

const workerUrl = new URL('./document-reader-worker.js', import.meta.url);
/**
 * The one pool of document readers, sized to the cores (two at least, so one hostile file held to its deadline never
 * stops the others): more at once only queue for the same CPUs. A file waits its turn before its deadline starts.
 */
export const documentReaderCount = Math.max(2, availableParallelism());
/** Idle readers kept warm (starting one loads pdf.js: a quarter of a second, more under load). */
const maxIdle = documentReaderCount;
/** A reader is replaced after this many files, so nothing one file leaves behind builds up. */
const maxFilesPerWorker = 200;

/** `onIdleEnd` is listened for only while the reader waits in the pool (an idle reader that dies leaves it). */
type Reader = { worker: Worker; memoryMb: number; files: number; ready: Promise<void>; onIdleEnd: () => void };
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

function startReader(memoryMb: number): Reader {
  const worker = new Worker(workerUrl, {
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, memoryMb / 4)) },
    // Plain JavaScript importing only packages: no loader of the parent (tsx, vitest) is needed, and starting one costs seconds.
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

function takeReader(memoryMb: number): Reader {
  const index = idle.findIndex((reader) => reader.memoryMb === memoryMb);
  const reader = index >= 0 ? idle.splice(index, 1)[0]! : startReader(memoryMb);
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
}

function retire(reader: Reader): void {
  const index = idle.indexOf(reader);
  if (index >= 0) idle.splice(index, 1);
}

/**
 * Takes a PDF or DOCX apart in a worker thread with a heap cap and a deadline: past either, the worker is terminated and
 * the file fails with `too_complex`, while the server carries on (decision 038). Readers that finish are reused.
 */
export function readInWorker(kind: 'pdf', bytes: Uint8Array, limits?: ParseLimits): Promise<RawPdf>;
export function readInWorker(kind: 'docx', bytes: Uint8Array, limits?: ParseLimits): Promise<RawDocx>;
export async function readInWorker(kind: 'pdf' | 'docx', bytes: Uint8Array, limits: ParseLimits = {}): Promise<RawPdf | RawDocx> {
  await takeTurn();
  try {
    return await readInReader(kind, bytes, limits);
  } finally {
    endTurn();
  }
}

async function readInReader(kind: 'pdf' | 'docx', bytes: Uint8Array, limits: ParseLimits): Promise<RawPdf | RawDocx> {
  const { timeoutMs, maxMemoryMb } = { ...defaultParseLimits, ...limits };
  const label = kind === 'pdf' ? 'The PDF' : 'The DOCX file';
  const reader = takeReader(maxMemoryMb);
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
    const onMessage = (answer: Answer) => {
      if (answer.id !== id) return;
      reader.files += 1;
      settle(() => (answer.ok ? resolve(answer) : reject(new DocumentError(answer.code, answer.message))), true);
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
    worker.postMessage({ id, kind, bytes: copy, maxInflatedMb: maxInflatedMb(maxMemoryMb) }, [copy.buffer]);
  });
}
