/**
 * Offline speech-to-text (pocketsphinx_batch via the speech module's offline transcriber) on interview answers written
 * for this bench, spoken by two flite voices and espeak-ng: clean, after a WebM/Opus round trip (as a browser
 * records), and with pink noise at 30, 20 and 15 dB SNR (sox). Prints word error rate (WER) and real-time factor
 * (processing time / audio length) per voice and condition, with and without the answer's context words, and the
 * fake OpenAI provider through the same service for the plumbing. Asserts nothing.
 * Needs pocketsphinx, pocketsphinx-en-us, ffmpeg, flite, espeak-ng and sox (Debian).
 * Run: npm run bench -- speech (3 answers per voice: ~45 transcriptions), or npx tsx bench/speech.bench.ts 8 for all 8.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '#server/config.ts';
import { defaultOfflineCommands, missingOfflinePackages } from '#server/modules/speech/offline/offline-engine.ts';
import { transcribeOffline, withContextWords } from '#server/modules/speech/offline/offline-transcriber.ts';
import { createWorkQueue } from '#server/modules/speech/offline/work-queue.ts';
import { createSpeechCredentialResolver } from '#server/modules/speech/speech-credentials.ts';
import type { SpeechDeps } from '#server/modules/speech/speech-deps.ts';
import { transcribeRecording } from '#server/modules/speech/speech.service.ts';
import { startFakeOpenAi } from '#tests/support/fake-llm/index.ts';
import { wordErrors } from '#tests/support/word-error-rate.ts';

const run = promisify(execFile);

/** Interview answers as people say them: tools, employers, numbers, a filler; each with what the page knows beforehand. */
const answers: Array<{ text: string; context: string[] }> = [
  { text: 'At Stripe I moved the billing jobs onto Kafka and cut settlement time by forty percent.', context: ['Stripe', 'Kafka', 'billing'] },
  { text: 'We ran everything on Kubernetes, about two hundred pods across three regions.', context: ['Kubernetes', 'pods', 'regions'] },
  { text: 'I led the NetSuite migration for the finance team, which took roughly six months.', context: ['NetSuite', 'migration', 'finance'] },
  { text: 'Um, so the main problem was that our Postgres queries were timing out under load.', context: ['Postgres', 'queries', 'load'] },
  { text: 'I wrote the data pipeline in Python with Airflow, and it handles twelve million rows a day.', context: ['Python', 'Airflow', 'pipeline'] },
  { text: 'At Shopify I mentored two junior engineers and ran the weekly design review.', context: ['Shopify', 'mentored', 'design review'] },
  { text: 'We used Terraform to manage the AWS accounts, so every change went through code review.', context: ['Terraform', 'AWS', 'code review'] },
  { text: 'I think the biggest lesson was to talk to customers before writing any code.', context: ['customers', 'lesson'] },
];

/** A whole CV's and job's worth of names (every answer's, plus common skills), to show the sound-alikes do no harm. */
const commonSkills = ['Python', 'JavaScript', 'TypeScript', 'React', 'Docker', 'Azure', 'SQL', 'PostgreSQL', 'MongoDB', 'Excel', 'Java', 'Jira', 'Git', 'Linux', 'Agile', 'Scrum', 'Salesforce', 'Tableau', 'Microsoft', 'Google', 'Amazon', 'Oracle', 'communication', 'leadership', 'project management', 'stakeholder management', 'data analysis', 'customer service', 'budgeting', 'forecasting'];
const wideContext = [...new Set([...answers.flatMap((answer) => answer.context), ...commonSkills])];

/** How the heard words are turned into text: as heard, or with context words (offline-transcriber.ts). */
type Variant = { name: string; context: (answer: { context: string[] }) => string[] };
const variants: Variant[] = [
  { name: 'as heard', context: () => [] },
  { name: "with the answer's context words", context: (answer) => answer.context },
  { name: `with a whole CV's context (${wideContext.length} names)`, context: () => wideContext },
];

type Voice = { name: string; speak: (text: string, out: string) => Promise<unknown> };
const voices: Voice[] = [
  { name: 'flite slt', speak: (text, out) => run('flite', ['-voice', 'slt', '-t', text, '-o', out]) },
  { name: 'flite rms', speak: (text, out) => run('flite', ['-voice', 'rms', '-t', text, '-o', out]) },
  { name: 'espeak-ng', speak: (text, out) => run('espeak-ng', ['-v', 'en-us', '-s', '165', '-w', out, text]) },
];

async function rmsOf(file: string): Promise<number> {
  const { stderr } = await run('sox', [file, '-n', 'stat']);
  const match = /RMS\s+amplitude:\s+([\d.]+)/.exec(stderr);
  if (!match) throw new Error(`sox stat gave no RMS for ${file}`);
  return Number(match[1]);
}

/** Pink noise mixed in at `snr` dB below the speech's RMS (same noise every run: sox -R). */
async function withNoise(clean: string, snr: number, out: string): Promise<void> {
  const noise = `${clean}.noise.wav`;
  const { stdout } = await run('soxi', ['-D', clean]);
  await run('sox', ['-R', '-n', '-r', '16000', '-c', '1', '-b', '16', noise, 'synth', stdout.trim(), 'pinknoise', 'vol', '0.5']);
  const gain = (await rmsOf(clean)) / 10 ** (snr / 20) / (await rmsOf(noise));
  await run('sox', ['-m', '-v', '1', clean, '-v', gain.toFixed(5), noise, out]);
}

type Condition = { name: string; make: (clean: string, out: string) => Promise<string> };
const conditions: Condition[] = [
  { name: 'clean', make: (clean) => Promise.resolve(clean) },
  {
    name: 'WebM/Opus',
    make: async (clean, out) => {
      await run('ffmpeg', ['-nostdin', '-loglevel', 'error', '-y', '-i', clean, '-c:a', 'libopus', '-b:a', '32k', `${out}.webm`]);
      return `${out}.webm`;
    },
  },
  ...[30, 20, 15].map((snr) => ({
    name: `noise ${snr} dB`,
    make: async (clean: string, out: string) => {
      await withNoise(clean, snr, `${out}.wav`);
      return `${out}.wav`;
    },
  })),
];

type Tally = { errors: number; words: number; seconds: number; audioSeconds: number };
const add = (tally: Tally | undefined, more: Tally): Tally => ({
  errors: (tally?.errors ?? 0) + more.errors,
  words: (tally?.words ?? 0) + more.words,
  seconds: (tally?.seconds ?? 0) + more.seconds,
  audioSeconds: (tally?.audioSeconds ?? 0) + more.audioSeconds,
});
const percent = (tally: Tally) => `${((tally.errors / tally.words) * 100).toFixed(1)} %`;
const rtf = (tally: Tally) => (tally.seconds / tally.audioSeconds).toFixed(2);

async function main(): Promise<void> {
  const missing = await missingOfflinePackages();
  if (missing.length > 0) {
    console.log(`speech: skipped, offline speech-to-text needs apt-get install ${missing.join(' ')}`);
    return;
  }
  const count = Number(process.argv[2] ?? 3);
  const sample = answers.slice(0, count);
  const config = loadConfig({ DATA_DIR: join(tmpdir(), 'parley-speech-bench') });
  const concurrency = config.speech.offlineConcurrency;
  const queue = createWorkQueue({ concurrency, maxWaiting: 10_000 });
  const dir = await mkdtemp(join(tmpdir(), 'parley-speech-bench-'));
  const results = new Map<string, Tally>();
  const recordings: Array<{ file: string; text: string }> = [];
  try {
    const jobs: Array<Promise<void>> = [];
    for (const [v, voice] of voices.entries()) {
      for (const [a, answer] of sample.entries()) {
        const clean = join(dir, `v${v}-a${a}.wav`);
        const spoken = join(dir, `v${v}-a${a}-spoken.wav`);
        await voice.speak(answer.text, spoken);
        await run('sox', [spoken, '-r', '16000', '-c', '1', '-b', '16', clean]);
        const audioSeconds = Number((await run('soxi', ['-D', clean])).stdout.trim());
        if (v === 0) recordings.push({ file: clean, text: answer.text });
        for (const [c, condition] of conditions.entries()) {
          const file = await condition.make(clean, join(dir, `v${v}-a${a}-c${c}`));
          const audio = await readFile(file);
          jobs.push(
            queue.run(async () => {
              const started = performance.now();
              const transcript = await transcribeOffline(audio, { timeoutMs: 600_000, maxSeconds: 600 });
              const seconds = (performance.now() - started) / 1000;
              for (const variant of variants) {
                const words = await withContextWords(transcript.words, variant.context(answer), defaultOfflineCommands);
                const text = words.map((entry) => entry.word).join(' ');
                const key = `${variant.name}|${voice.name}|${condition.name}`;
                results.set(key, add(results.get(key), { ...wordErrors(answer.text, text), seconds, audioSeconds }));
                if (process.env.SPEECH_BENCH_VERBOSE) console.log(`${key}: ${text} (${seconds.toFixed(1)} s)`);
              }
            }),
          );
        }
      }
    }
    await Promise.all(jobs);

    for (const variant of variants) {
      console.log(`speech: offline (pocketsphinx_batch, ${concurrency} at once), ${sample.length} answers per voice, ${variant.name}; WER / real-time factor`);
      console.log(`| voice | ${conditions.map((condition) => condition.name).join(' | ')} | all |`);
      console.log(`| --- |${conditions.map(() => ' --- |').join('')} --- |`);
      for (const voice of voices) {
        const tallies = conditions.map((condition) => results.get(`${variant.name}|${voice.name}|${condition.name}`)!);
        const all = tallies.reduce<Tally | undefined>((sum, tally) => add(sum, tally), undefined)!;
        console.log(`| ${voice.name} | ${tallies.map((tally) => `${percent(tally)} / ${rtf(tally)}`).join(' | ')} | ${percent(all)} |`);
      }
    }

    await benchFakeProvider(recordings);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The fake OpenAI provider through the same speech service: the plumbing's own cost, and a WER of zero by construction. */
async function benchFakeProvider(recordings: Array<{ file: string; text: string }>): Promise<void> {
  const known: Record<string, { text: string; seconds: number }> = {};
  const audios = await Promise.all(recordings.map((recording) => readFile(recording.file)));
  audios.forEach((audio, index) => (known[createHash('sha256').update(audio).digest('hex')] = { text: recordings[index]!.text, seconds: 1 }));
  const fake = await startFakeOpenAi({ apiKey: 'sk-bench-key-1234', recordings: known });
  try {
    const config = loadConfig({ DATA_DIR: join(tmpdir(), 'parley-speech-bench'), OPENAI_API_KEY: 'sk-bench-key-1234', STT_BASE_URL: fake.baseUrl });
    const deps: SpeechDeps = {
      config,
      resolveCredentials: createSpeechCredentialResolver({ config, findUserKey: () => Promise.resolve(undefined) }),
      fetch,
      offline: { commands: { ffmpeg: '', pocketsphinxBatch: '', modelDir: '' }, queue: createWorkQueue({ concurrency: 1, maxWaiting: 0 }), isOptedIn: () => Promise.resolve(false), setOptedIn: () => Promise.resolve() },
    };
    let tally: Tally | undefined;
    for (const [index, audio] of audios.entries()) {
      const started = performance.now();
      const result = await transcribeRecording(deps, { userId: 'bench', role: 'user' }, { audio });
      const audioSeconds = Number((await run('soxi', ['-D', recordings[index]!.file])).stdout.trim());
      tally = add(tally, { ...wordErrors(recordings[index]!.text, result.text), seconds: (performance.now() - started) / 1000, audioSeconds });
    }
    if (tally) console.log(`speech: fake OpenAI provider (plumbing only, local HTTP): WER ${percent(tally)}, real-time factor ${(tally.seconds / tally.audioSeconds).toFixed(4)}`);
  } finally {
    await fake.close();
  }
}

await main();
