import { execFile } from 'node:child_process';
import { access } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Where the offline engine's programs and model are: Debian's ffmpeg and pocketsphinx (0.8+5prealpha, the old
 * command-line tools) with the pocketsphinx-en-us model. Passed in so tests can name programs that do not exist.
 */
export type OfflineEngineCommands = {
  ffmpeg: string;
  pocketsphinxBatch: string;
  modelDir: string;
  /** flite's letter-to-sound program, for context words the dictionary lacks (optional: without it they are skipped). */
  t2p?: string;
};

export const defaultOfflineCommands: OfflineEngineCommands = {
  ffmpeg: 'ffmpeg',
  pocketsphinxBatch: 'pocketsphinx_batch',
  modelDir: '/usr/share/pocketsphinx/model/en-us',
  t2p: 't2p',
};

/** The model's three parts inside modelDir, as pocketsphinx-en-us installs them. */
export function modelFiles(modelDir: string) {
  return { hmm: join(modelDir, 'en-us'), lm: join(modelDir, 'en-us.lm.bin'), dict: join(modelDir, 'cmudict-en-us.dict') };
}

/** The Debian packages the offline rough draft needs, in the order the install line names them. */
export const offlinePackages = ['pocketsphinx', 'pocketsphinx-en-us', 'ffmpeg'] as const;
export type OfflinePackage = (typeof offlinePackages)[number];

function runs(command: string, args: string[]): Promise<boolean> {
  // Any answer (pocketsphinx_batch exits non-zero on its own help) means the program is there; only ENOENT means it is not.
  return new Promise((resolve) => {
    execFile(command, args, { timeout: 10_000 }, (error) => resolve(!error || (error as NodeJS.ErrnoException).code !== 'ENOENT'));
  });
}

const exists = (path: string) => access(path).then(
  () => true,
  () => false,
);

/**
 * The packages missing for offline transcription; empty when it can run. Asked on each availability check rather than
 * remembered, like OCR: installing the packages then takes effect without a restart.
 */
export async function missingOfflinePackages(commands: OfflineEngineCommands = defaultOfflineCommands): Promise<OfflinePackage[]> {
  const model = modelFiles(commands.modelDir);
  const [pocketsphinx, ffmpeg, hmm, lm, dict] = await Promise.all([
    runs(commands.pocketsphinxBatch, ['-help', 'no']),
    runs(commands.ffmpeg, ['-version']),
    exists(join(model.hmm, 'mdef')),
    exists(model.lm),
    exists(model.dict),
  ]);
  const present: Record<OfflinePackage, boolean> = { pocketsphinx, 'pocketsphinx-en-us': hmm && lm && dict, ffmpeg };
  return offlinePackages.filter((name) => !present[name]);
}

/** "apt-get install pocketsphinx ffmpeg": the sentence part that says exactly what to install. */
export function installLine(missing: readonly OfflinePackage[]): string {
  return `apt-get install ${missing.join(' ')}`;
}
