import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '#server/config.ts';
import { fliteAnswer, readFliteAnswer, runOfflineSpeech } from '#tests/support/offline-speech.ts';
import { wordErrorRate } from '#tests/support/word-error-rate.ts';
import type { SpeechDeps } from '#server/modules/speech/speech-deps.ts';
import { checkSpeechAvailability, setOfflineSpeech, transcribeRecording } from '#server/modules/speech/speech.service.ts';
import { defaultOfflineCommands, missingOfflinePackages, type OfflineEngineCommands } from './offline-engine.ts';
import { parseCtm } from './offline-transcriber.ts';
import { createWorkQueue } from './work-queue.ts';

const caller = { userId: 'u1', role: 'user' as const };
const missingCommands: OfflineEngineCommands = { ffmpeg: 'parley-missing-ffmpeg', pocketsphinxBatch: 'parley-missing-pocketsphinx', modelDir: '/nonexistent/en-us' };
// Real transcription takes a few seconds on a busy 2-core machine; the guard only keeps vitest's 5 s default away.
const slow = 120_000;

function offlineDeps(options: { env?: Record<string, string>; commands?: OfflineEngineCommands; optedIn?: boolean; concurrency?: number } = {}): SpeechDeps {
  const config = loadConfig({ DATA_DIR: '/tmp/parley-speech-unit', ...options.env });
  const optIns = new Map<string, boolean>([[caller.userId, options.optedIn ?? true]]);
  return {
    config,
    resolveCredentials: () => Promise.resolve(undefined),
    fetch,
    offline: {
      commands: options.commands ?? defaultOfflineCommands,
      queue: createWorkQueue({ concurrency: options.concurrency ?? 1, maxWaiting: 2 }),
      isOptedIn: (userId) => Promise.resolve(optIns.get(userId) ?? false),
      setOptedIn: (userId, enabled) => {
        optIns.set(userId, enabled);
        return Promise.resolve();
      },
    },
  };
}

describe('offline speech-to-text without its packages', () => {
  it('names exactly the Debian packages that are missing', async () => {
    expect(await missingOfflinePackages(missingCommands)).toEqual(['pocketsphinx', 'pocketsphinx-en-us', 'ffmpeg']);
    expect(await missingOfflinePackages({ ...defaultOfflineCommands, ffmpeg: 'parley-missing-ffmpeg' })).toContain('ffmpeg');
  });

  it('says what to install when the user switched it on, and refuses to transcribe with the same sentence', async () => {
    const deps = offlineDeps({ commands: missingCommands });
    const reason =
      'The offline rough draft needs the Debian packages pocketsphinx, pocketsphinx-en-us, ffmpeg: ask the administrator to run `apt-get install pocketsphinx pocketsphinx-en-us ffmpeg`, or add an OpenAI or Deepgram key in Settings → Keys.';
    expect(await checkSpeechAvailability(deps, caller)).toEqual({
      available: false,
      reason,
      offline: { enabled: true, serverDefault: false, missingPackages: ['pocketsphinx', 'pocketsphinx-en-us', 'ffmpeg'] },
    });
    await expect(transcribeRecording(deps, caller, { audio: readFliteAnswer('answer.wav') })).rejects.toMatchObject({ code: 'conflict', message: reason });
  });

  it('changes nothing for a user who did not switch it on', async () => {
    const deps = offlineDeps({ commands: missingCommands, optedIn: false });
    const availability = await checkSpeechAvailability(deps, caller);
    expect(availability.reason).toBe('No speech-to-text key: add an OpenAI or Deepgram key in Settings → Keys.');
    expect(availability.available).toBe(false);
  });
});

describe('the offline queue', () => {
  it('runs at most `concurrency` jobs at once, refuses past the waiting limit, and drops a waiting job that is cancelled', async () => {
    const queue = createWorkQueue({ concurrency: 1, maxWaiting: 1 });
    let release!: () => void;
    const first = queue.run(() => new Promise<string>((resolve) => (release = () => resolve('first'))));
    const cancel = new AbortController();
    const second = queue.run(() => Promise.resolve('second'), cancel.signal);
    expect([queue.running, queue.waiting]).toEqual([1, 1]);
    await expect(queue.run(() => Promise.resolve('third'))).rejects.toMatchObject({ code: 'unavailable', message: expect.stringMatching(/busy/) });
    cancel.abort();
    await expect(second).rejects.toMatchObject({ code: 'bad_request' });
    const fourth = queue.run(() => Promise.resolve('fourth'));
    release();
    expect(await Promise.all([first, fourth])).toEqual(['first', 'fourth']);
    expect([queue.running, queue.waiting]).toEqual([0, 0]);
  });
});

describe('offline engine processes are bounded', () => {
  let dir: string;
  let hanging: OfflineEngineCommands;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-stt-test-'));
    // A stand-in ffmpeg that answers -version but never finishes a conversion: what a stuck decoder looks like from Node.
    const script = join(dir, 'hanging-ffmpeg');
    await writeFile(script, '#!/bin/sh\n[ "$1" = -version ] && exit 0\nexec sleep 600\n');
    await chmod(script, 0o755);
    hanging = { ...defaultOfflineCommands, ffmpeg: script };
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.runIf(runOfflineSpeech)('kills a job that runs past STT_TIMEOUT_MS (503) or whose request is cancelled (400)', { timeout: slow }, async () => {
    const audio = readFliteAnswer('answer.wav');
    const deps = offlineDeps({ env: { STT_TIMEOUT_MS: '300' }, commands: hanging });
    await expect(transcribeRecording(deps, caller, { audio })).rejects.toMatchObject({
      code: 'unavailable',
      message: 'Offline speech-to-text took longer than 0.3 s and was stopped: record a shorter answer or try again.',
    });
    const patient = offlineDeps({ commands: hanging });
    const cancel = new AbortController();
    const cancelled = transcribeRecording(patient, caller, { audio, signal: cancel.signal });
    setTimeout(() => cancel.abort(), 200);
    await expect(cancelled).rejects.toMatchObject({ code: 'bad_request', message: 'The recording was cancelled before it was transcribed.' });
    expect([deps.offline.queue.running, patient.offline.queue.running]).toEqual([0, 0]);
  });
});

describe('CTM output', () => {
  it('keeps spoken words with their times and posteriors, drops silences and noises, and un-numbers alternative pronunciations', () => {
    const ctm = ['answer 1 0.20 0.10 <s> 1.000', 'answer 1 0.30 0.21 i 0.999', 'answer 1 0.51 0.32 read(2) 0.498', 'answer 1 0.90 0.20 [NOISE] 0.3', 'answer 1 1.10 0.29 kafka 0.091', ''].join('\n');
    expect(parseCtm(ctm)).toEqual([
      { word: 'I', startMs: 300, endMs: 510, confidence: 0.999 },
      { word: 'read', startMs: 510, endMs: 830, confidence: 0.498 },
      { word: 'kafka', startMs: 1100, endMs: 1390, confidence: 0.091 },
    ]);
  });
});

describe.runIf(runOfflineSpeech)('offline speech-to-text with pocketsphinx', () => {
  it('transcribes a spoken answer (WAV, and WebM/Opus as Chromium records it) with most of its words, each with a confidence', { timeout: slow }, async () => {
    const deps = offlineDeps();
    expect(await checkSpeechAvailability(deps, caller)).toEqual({ available: true, provider: 'offline', offline: { enabled: true, serverDefault: false, missingPackages: [] } });
    for (const name of ['answer.wav', 'answer.webm'] as const) {
      const result = await transcribeRecording(deps, caller, { audio: readFliteAnswer(name), mimeType: 'audio/webm' });
      expect(result).toMatchObject({ provider: 'offline', model: 'pocketsphinx-en-us', roughDraft: true });
      expect(wordErrorRate(fliteAnswer.text, result.text), result.text).toBeLessThanOrEqual(0.3);
      expect(result.words?.map((entry) => entry.word).join(' ')).toBe(result.text);
      expect(result.words?.every((entry) => entry.confidence !== null && entry.endMs > entry.startMs)).toBe(true);
      // The decoded PCM's length: the WAV exactly, the WebM within Opus's padding.
      expect(Math.abs(result.durationMs! - fliteAnswer.seconds * 1000)).toBeLessThan(100);
    }
  });

  it('spells the names the answer was expected to contain where it heard something that sounds like them', { timeout: slow }, async () => {
    const deps = offlineDeps();
    const audio = readFliteAnswer('jargon.wav');
    const { text: expected, context } = fliteAnswer.jargon;
    const plain = await transcribeRecording(deps, caller, { audio });
    const helped = await transcribeRecording(deps, caller, { audio, context });
    // The general model knows neither name; told what the answer is about, the draft has both and fewer errors.
    expect(plain.text).not.toMatch(/Kotlin|Firebase/);
    expect(helped.text).toMatch(/Kotlin/);
    expect(helped.text).toMatch(/Firebase/);
    expect(wordErrorRate(expected, helped.text)).toBeLessThan(wordErrorRate(expected, plain.text));
    expect(helped.words?.map((entry) => entry.word).join(' ')).toBe(helped.text);
  });

  it('is off until the user switches it on, unless STT_PROVIDER=offline makes it the default', { timeout: slow }, async () => {
    const deps = offlineDeps({ optedIn: false });
    const before = await checkSpeechAvailability(deps, caller);
    expect(before).toMatchObject({ available: false, offline: { enabled: false, missingPackages: [] } });
    expect(before.reason).toBe('No speech-to-text key: add an OpenAI or Deepgram key in Settings → Keys. Or switch on the offline rough draft (no key; you correct what it hears).');
    expect(await setOfflineSpeech(deps, caller, { enabled: true })).toMatchObject({ available: true, provider: 'offline' });
    const serverDefault = offlineDeps({ optedIn: false, env: { STT_PROVIDER: 'offline' } });
    expect(await checkSpeechAvailability(serverDefault, caller)).toEqual({ available: true, provider: 'offline', offline: { enabled: true, serverDefault: true, missingPackages: [] } });
  });

  it('refuses bytes ffmpeg cannot decode as unreadable audio (415)', { timeout: slow }, async () => {
    // An Ogg signature followed by nonsense: it sniffs as Ogg and is long enough to hold sound, but no decoder can read
    // it (a WAV header without samples is refused earlier, as holding no sound: speech.service.test.ts).
    const broken = Buffer.concat([Buffer.from('OggS'), Buffer.from('garbage-page-not-opus'.repeat(50))]);
    await expect(transcribeRecording(offlineDeps(), caller, { audio: broken })).rejects.toMatchObject({ code: 'unsupported_media_type' });
  });
});
