import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnownRecordings } from './fake-llm/fake-recordings.ts';

/** The spoken answer in tests/fixtures/audio (made by scripts/make-audio-fixtures.sh) and what fake providers hear in it. */

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/audio');

export type AudioFixture = 'answer.wav' | 'answer.ogg' | 'answer.webm';

export const spokenAnswer = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { text: string; seconds: number; files: AudioFixture[] };

export function readAudioFixture(name: AudioFixture): Buffer {
  return fs.readFileSync(path.join(dir, name));
}

/** Every committed recording by the SHA-256 of its bytes, for startFakeOpenAi/startFakeDeepgram `recordings`. */
export function knownAudioFixtures(): KnownRecordings {
  return Object.fromEntries(
    spokenAnswer.files.map((name) => [createHash('sha256').update(readAudioFixture(name)).digest('hex'), { text: spokenAnswer.text, seconds: spokenAnswer.seconds }]),
  );
}
