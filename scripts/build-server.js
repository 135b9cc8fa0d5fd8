// @ts-check
/**
 * Compiles the CLI and the server (src/cli/main.ts and every source it imports, statically or lazily) into an ES module
 * bundle in dist/server, so `parley` runs JavaScript instead of compiling TypeScript on every start (decision 013). The
 * worker threads' entry points are built with it (`workerEntries`), found through build.json (`ensureServerWorker`).
 * `npm install` runs it (the prepare script) and bin/parley.js runs it again whenever the sources changed.
 *
 *   node scripts/build-server.js     builds, and prints where and how long
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stampFiles, writeFileAtomic } from './source-stamp.js';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));
export const serverOutDir = path.join(projectRoot, 'dist', 'server');
const manifestFile = path.join(serverOutDir, 'build.json');
const entryPoint = 'src/cli/main.ts';
/** Worker thread entry points, by name: a worker started from the TypeScript sources would need a loader (seconds). */
const workerEntries = { 'document-reader': 'src/server/ai/offline/documents/document-reader-worker.ts' };
/** What every build depends on besides the sources it bundles: the import map, the dependency versions, this builder. */
const buildFiles = ['package.json', 'package-lock.json', 'scripts/build-server.js', 'scripts/source-stamp.js'];

/**
 * dist/server/build.json: the stamp of the sources, the entry file, and every file of the build (kept until the next
 * build but one, so a process that has just read the previous manifest can still load its chunks).
 * @typedef {{ stamp: string; entry: string; workers: Record<string, string>; inputs: string[]; outputs: string[]; previousOutputs?: string[] }} Manifest
 */

/** @returns {Manifest | undefined} */
function readManifest() {
  try {
    return /** @type {Manifest} */ (JSON.parse(fs.readFileSync(manifestFile, 'utf8')));
  } catch {
    return undefined;
  }
}

/**
 * The entry of the current build, or undefined when there is none or its sources changed since.
 * @returns {string | undefined}
 */
export function freshServerEntry() {
  const manifest = freshManifest();
  return manifest && path.join(serverOutDir, manifest.entry);
}

/** @returns {Manifest | undefined} */
function freshManifest() {
  const manifest = readManifest();
  if (!manifest?.workers || stampFiles(projectRoot, manifest.inputs) !== manifest.stamp) return undefined;
  return manifest;
}

/**
 * The entry of an up-to-date build, compiling one first when needed.
 * @returns {Promise<string>}
 */
export async function ensureServerBuilt() {
  return freshServerEntry() ?? (await buildServer()).entry;
}

/**
 * The file of a worker thread entry point (`workerEntries`) in an up-to-date build, compiling one first when needed:
 * from the compiled server the build is current, from the sources (tsx, vitest) it is made on demand.
 * @param {keyof typeof workerEntries} name
 * @returns {Promise<string>}
 */
export async function ensureServerWorker(name) {
  const workers = freshManifest()?.workers ?? (await buildServer()).workers;
  const file = workers[name];
  if (!file) throw new Error(`the server build has no worker ${name}`);
  return path.join(serverOutDir, file);
}

/**
 * Each module keeps the meaning of `import.meta.url` it has when run from source: the URL of its own .ts file. So every
 * path a module finds relative to itself (migrations, the taxonomy, package.json, the web build) resolves from the bundle
 * as it does from source. All outputs sit in one folder, so the relative way back to a source is the same for each chunk.
 * It also records the bytes it compiled, which the stamp is made of.
 * @param {Map<string, Buffer>} loaded
 * @returns {import('esbuild').Plugin}
 */
function sourceLocationPlugin(loaded) {
  return {
    name: 'parley-source-location',
    setup(build) {
      build.onLoad({ filter: /\.(ts|tsx|js|mjs)$/ }, async (args) => {
        const relative = path.relative(projectRoot, args.path).split(path.sep).join('/');
        const bytes = await fs.promises.readFile(args.path);
        loaded.set(relative, bytes);
        let contents = bytes.toString('utf8');
        if (/import\.meta\.(dirname|filename)\b/.test(contents)) {
          return { errors: [{ text: `${relative}: use import.meta.url (import.meta.dirname and import.meta.filename are not rewritten for the bundle)` }] };
        }
        const fromBundle = path.relative(serverOutDir, args.path).split(path.sep).join('/');
        contents = contents.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`);
        const loader = /** @type {const} */ ({ '.ts': 'ts', '.tsx': 'tsx', '.js': 'js', '.mjs': 'js' })[path.extname(args.path)];
        return { contents, loader: loader ?? 'js', resolveDir: path.dirname(args.path) };
      });
    },
  };
}

/**
 * Compiles a new build next to the current one and switches to it by rewriting build.json last. Files are named by
 * their content hash and written under a temporary name first, so processes that build at the same moment (parallel
 * tests) write identical files, and a process never reads a half-written one.
 * @returns {Promise<{ entry: string; workers: Record<string, string>; ms: number }>}
 */
export async function buildServer() {
  const started = performance.now();
  const esbuild = await import('esbuild');
  /** @type {Map<string, Buffer>} */
  const loaded = new Map();
  const result = await esbuild
    .build({
      absWorkingDir: projectRoot,
      entryPoints: { main: entryPoint, ...Object.fromEntries(Object.entries(workerEntries).map(([name, file]) => [`${name}-worker`, file])) },
      outdir: serverOutDir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // Dependencies load from node_modules as they are, with their own wasm, data and worker files beside them.
      packages: 'external',
      entryNames: '[name]-[hash]',
      chunkNames: '[name]-[hash]',
      sourcemap: 'linked',
      metafile: true,
      write: false,
      logLevel: 'silent',
      plugins: [sourceLocationPlugin(loaded)],
    })
    .catch((/** @type {{ errors?: import('esbuild').Message[]; message: string }} */ error) => {
      const first = error.errors?.[0];
      const where = first?.location ? `${first.location.file}:${first.location.line}: ` : '';
      throw new Error(`could not compile the server: ${first ? `${where}${first.text}` : error.message}`);
    });

  const inputs = [...Object.keys(result.metafile.inputs), ...buildFiles];
  const stamp = stampFiles(projectRoot, inputs, (file) => loaded.get(file));
  if (!stamp) throw new Error('could not compile the server: a source file disappeared during the build');
  const outputs = result.outputFiles.map((file) => path.relative(serverOutDir, file.path).split(path.sep).join('/'));
  /** @param {string} source */
  const outputOf = (source) => {
    const output = Object.entries(result.metafile.outputs).find(([, candidate]) => candidate.entryPoint === source)?.[0];
    if (!output) throw new Error(`could not compile the server: no output for ${source}`);
    return path.basename(output);
  };
  const entryOutput = outputOf(entryPoint);
  const workers = Object.fromEntries(Object.entries(workerEntries).map(([name, source]) => [name, outputOf(source)]));

  for (const file of result.outputFiles) writeFileAtomic(file.path, file.contents);
  const previous = readManifest();
  /** @type {Manifest} */
  const manifest = { stamp, entry: entryOutput, workers, inputs, outputs, previousOutputs: previous?.stamp === stamp ? previous.previousOutputs : previous?.outputs };
  writeFileAtomic(manifestFile, `${JSON.stringify(manifest, null, 1)}\n`);
  removeOldOutputs(new Set(['build.json', ...outputs, ...(manifest.previousOutputs ?? [])]));
  return { entry: path.join(serverOutDir, manifest.entry), workers, ms: Math.round(performance.now() - started) };
}

/**
 * Deletes the files of builds older than the previous one (and temporary files an interrupted build left behind).
 * @param {Set<string>} keep
 */
function removeOldOutputs(keep) {
  for (const name of fs.readdirSync(serverOutDir)) {
    if (keep.has(name)) continue;
    const file = path.join(serverOutDir, name);
    // A build running beside this one may be about to rename its temporary file.
    if (name.endsWith('.tmp') && Date.now() - (fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0) < 60_000) continue;
    fs.rmSync(file, { force: true, recursive: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    const { entry, ms } = await buildServer();
    console.log(`parley: compiled the CLI and server into ${path.relative(projectRoot, path.dirname(entry))} in ${ms} ms`);
  } catch (error) {
    console.error(`parley: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
