import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingOfflinePackages } from '#server/modules/speech/offline/offline-engine.ts';

/**
 * Offline speech-to-text needs Debian's pocketsphinx, pocketsphinx-en-us and ffmpeg. Without them the tests that
 * transcribe for real are skipped with a message, unless REQUIRE_SPEECH=1 (as in CI), which makes their absence a failure.
 */
const missing = await missingOfflinePackages();
export const offlineSpeechInstalled = missing.length === 0;
export const runOfflineSpeech = offlineSpeechInstalled || process.env.REQUIRE_SPEECH === '1';
if (!runOfflineSpeech) {
  process.stderr.write(`Offline speech-to-text tests skipped: apt-get install ${missing.join(' ')}. Set REQUIRE_SPEECH=1 to make this a failure.\n`);
}

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/audio/flite');

/** An interview answer spoken by flite (tests/fixtures/audio/flite, made by scripts/make-offline-speech-fixtures.sh). */
export const fliteAnswer = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
  text: string;
  seconds: number;
  /** A second answer full of tools the general model does not know, with the names a page would know beforehand. */
  jargon: { text: string; context: string[]; file: 'jargon.wav' };
};
export const fliteAnswerPath = (name: 'answer.wav' | 'answer.webm' | 'jargon.wav') => path.join(dir, name);
export const readFliteAnswer = (name: 'answer.wav' | 'answer.webm' | 'jargon.wav') => fs.readFileSync(fliteAnswerPath(name));
