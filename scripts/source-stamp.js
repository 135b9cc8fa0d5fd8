// @ts-check
/**
 * A build's stamp: one SHA-256 over the paths and bytes of the files it was made from. A build whose recorded stamp
 * differs from the stamp of its files today is stale. Plain JavaScript, because bin/parley.js checks it before any
 * TypeScript is compiled; hashing the ~350 server sources (~1 MB) takes a few milliseconds.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The stamp of these files (paths relative to root, in any order); undefined when one of them no longer exists.
 * @param {string} root
 * @param {Iterable<string>} files
 * @param {(file: string) => Buffer | string | undefined} [read] contents already in memory, else read from disk
 * @returns {string | undefined}
 */
export function stampFiles(root, files, read = () => undefined) {
  const hash = createHash('sha256');
  for (const file of [...new Set(files)].sort()) {
    let contents = read(file);
    if (contents === undefined) {
      try {
        contents = fs.readFileSync(path.join(root, file));
      } catch (error) {
        if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return undefined;
        throw error;
      }
    }
    hash.update(`${file}\0${Buffer.byteLength(contents)}\0`).update(contents);
  }
  return hash.digest('hex');
}

/**
 * Every file under these folders (relative to root, '/'-separated), test files left out: they are never built.
 * @param {string} root
 * @param {string[]} folders
 * @returns {string[]}
 */
export function listSources(root, folders) {
  return folders.flatMap((folder) =>
    fs
      .readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !/\.test\.[jt]sx?$/.test(entry.name))
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')),
  );
}

/**
 * Writes a file atomically (a temporary name, then a rename), so a concurrent reader sees the old or the new bytes.
 * @param {string} file
 * @param {string | Uint8Array} contents
 */
export function writeFileAtomic(file, contents) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(temporary, contents);
  fs.renameSync(temporary, file);
}

/** Where a web build records the stamp of the sources it was made from (beside dist/web, which Vite empties). */
export const webStampFile = 'dist/web.stamp';

/**
 * The stamp of what the web app is built from: its sources, the shared code, the Vite configuration, package.json
 * (the version) and the lock file (the dependencies). ~200 files, a few milliseconds.
 * @param {string} root
 * @returns {string | undefined}
 */
export function webSourceStamp(root) {
  return stampFiles(root, [...listSources(root, ['src/web', 'src/shared']), 'vite.config.ts', 'package.json', 'package-lock.json']);
}

/**
 * A Vite plugin that records the stamp of every production build, however it was started (`parley start`,
 * `npm run build`, the browser tests): removed when the build starts, written when it has been written out.
 * @param {string} root
 * @returns {import('vite').Plugin}
 */
export function webBuildStamp(root) {
  const file = path.join(root, webStampFile);
  /** @type {string | undefined} */
  let stamp;
  return {
    name: 'parley-web-build-stamp',
    apply: 'build',
    buildStart() {
      stamp = webSourceStamp(root);
      fs.rmSync(file, { force: true });
    },
    writeBundle() {
      if (stamp) writeFileAtomic(file, `${stamp}\n`);
    },
  };
}
