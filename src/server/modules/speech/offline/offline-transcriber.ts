import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TranscriptWord } from '#shared/contracts/speech.ts';
import { applyContextWords, tokensOf } from './context-words.ts';
import { defaultOfflineCommands, modelFiles, type OfflineEngineCommands } from './offline-engine.ts';
import { lookUpPronunciations } from './pronunciations.ts';
import { runBounded } from './run-bounded.ts';

/** 16 kHz, 16-bit, mono: what the en-us model was trained on, 32,000 bytes a second. */
const bytesPerSecond = 32_000;

export type OfflineTranscriptionOptions = {
  commands?: OfflineEngineCommands;
  /** Each of the two programs is killed past this. */
  timeoutMs: number;
  /** Audio past this is not decoded (ffmpeg -t): with the upload limit, it bounds a job's memory and time. */
  maxSeconds: number;
  signal?: AbortSignal;
  /** Names the answer is likely to contain (the question's, the CV's skills and employers, the job's skills). */
  context?: readonly string[];
};

export type OfflineTranscript = { text: string; durationMs: number; words: TranscriptWord[] };

/** pocketsphinx marks alternative pronunciations as word(2) and writes fillers and silences as <sil>, [NOISE], ++UH++. */
function spokenWord(token: string): string | undefined {
  if (/^[<[+]/.test(token)) return undefined;
  const word = token.replace(/\(\d+\)$/, '');
  return word === 'i' ? 'I' : word.replace(/^i'/, "I'");
}

/** CTM lines: `utterance channel start duration word confidence`; the confidence is the word's lattice posterior. */
export function parseCtm(ctm: string): TranscriptWord[] {
  const words: TranscriptWord[] = [];
  for (const line of ctm.split('\n')) {
    const [, , start, duration, token, confidence] = line.trim().split(/\s+/);
    if (!token || start === undefined || duration === undefined) continue;
    const word = spokenWord(token);
    if (!word) continue;
    const startMs = Math.round(Number(start) * 1000);
    const endMs = Math.round((Number(start) + Number(duration)) * 1000);
    const posterior = Number(confidence);
    words.push({ word, startMs, endMs, confidence: Number.isFinite(posterior) ? Math.min(1, Math.max(0, posterior)) : null });
  }
  return words;
}

/**
 * Transcribes a recording offline: ffmpeg converts whatever the browser sent to 16 kHz mono PCM, then
 * pocketsphinx_batch decodes it. Both read and write files in a private temporary folder (Node's stdio pipes break
 * pocketsphinx's `-infile /dev/stdin`), which is removed afterwards whatever happens.
 */
export async function transcribeOffline(audio: Buffer, options: OfflineTranscriptionOptions): Promise<OfflineTranscript> {
  const commands = options.commands ?? defaultOfflineCommands;
  const model = modelFiles(commands.modelDir);
  const bounds = { timeoutMs: options.timeoutMs, ...(options.signal ? { signal: options.signal } : {}) };
  const dir = await mkdtemp(join(tmpdir(), 'parley-stt-'));
  try {
    const input = join(dir, 'recording');
    await writeFile(input, audio);
    await runBounded(
      commands.ffmpeg,
      ['-nostdin', '-hide_banner', '-loglevel', 'error', '-i', input, '-t', String(options.maxSeconds), '-vn', '-ac', '1', '-ar', '16000', '-f', 's16le', '-acodec', 'pcm_s16le', join(dir, 'answer.raw')],
      bounds,
    );
    const durationMs = Math.round(((await stat(join(dir, 'answer.raw'))).size / bytesPerSecond) * 1000);
    await writeFile(join(dir, 'control'), 'answer\n');
    await runBounded(
      commands.pocketsphinxBatch,
      ['-adcin', 'yes', '-cepdir', dir, '-cepext', '.raw', '-ctl', join(dir, 'control'), '-hmm', model.hmm, '-lm', model.lm, '-dict', model.dict, '-ctm', join(dir, 'answer.ctm'), '-logfn', join(dir, 'log')],
      bounds,
    );
    const heard = parseCtm(await readFile(join(dir, 'answer.ctm'), 'utf8'));
    const words = await withContextWords(heard, options.context ?? [], commands);
    return { text: words.map((entry) => entry.word).join(' '), durationMs, words };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The heard words with the context's names put back where something sounding like them was heard (context-words.ts). */
export async function withContextWords(heard: TranscriptWord[], context: readonly string[], commands: OfflineEngineCommands): Promise<TranscriptWord[]> {
  if (context.length === 0 || heard.length === 0) return heard;
  const pronunciations = await lookUpPronunciations(
    modelFiles(commands.modelDir).dict,
    heard.flatMap((entry) => tokensOf(entry.word)),
    context.flatMap((term) => tokensOf(term)),
    commands.t2p,
  );
  return applyContextWords(heard, context, pronunciations);
}
