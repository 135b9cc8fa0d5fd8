/**
 * The JavaScript a first visit downloads, per page: the entry chunk, the chunks of the page the address opens, and
 * everything they import statically, gzipped (node:zlib, level 9 as a server would send it) and read from the Vite
 * manifest of dist/web (built first when missing or stale). Then the largest chunks. Prints figures; asserts nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createLogger } from '#server/platform/logger.ts';
import { ensureWebBuilt } from '#server/web-build.ts';

type ManifestChunk = { file: string; src?: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] };
type Manifest = Record<string, ManifestChunk>;

/** Addresses a first visit often opens, and the page modules (relative to src/web) their routes load. */
const firstPages: { address: string; pages: string[] }[] = [
  { address: '/', pages: ['features/home/components/home-page.tsx'] },
  { address: '/sign-in', pages: ['features/auth/components/sign-in-page.tsx'] },
  { address: '/practice', pages: ['features/practice/components/practice-page.tsx'] },
  { address: '/hiring', pages: ['features/hiring/components/hiring-page.tsx'] },
  { address: '/hiring/jobs/:jobId', pages: ['features/hiring/components/job-page.tsx'] },
  { address: '/settings/profile', pages: ['features/settings/components/settings-layout.tsx', 'features/account/components/profile-page.tsx'] },
];

const outDir = await ensureWebBuilt(createLogger({ logLevel: 'warn' }));
const manifestFile = path.join(outDir, '.vite', 'manifest.json');
if (!fs.existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: vite.config.ts must set build.manifest`);
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;

const gzipBytes = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipBytes.get(file);
  if (size === undefined) {
    size = gzipSync(fs.readFileSync(path.join(outDir, file)), { level: 9 }).length;
    gzipBytes.set(file, size);
  }
  return size;
}

/** The files of these manifest entries and of everything they import statically (what the browser must fetch). */
function staticClosure(keys: string[]): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const pending = [...keys];
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    if (seen.has(key)) continue;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the Vite manifest: has the page moved? Update bench/web-bundle.bench.ts`);
    files.add(chunk.file);
    pending.push(...(chunk.imports ?? []));
  }
  return files;
}

function pageExists(page: string): boolean {
  return fs.existsSync(path.join(import.meta.dirname, '..', 'src', 'web', page));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const total = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + gzipSize(file), 0);

const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
if (!entryKey) throw new Error('the Vite manifest has no entry chunk');
const shell = staticClosure([entryKey]);
console.log(`web bundle (${outDir}): JavaScript of a first visit, gzip`);
console.log(`  shell (entry and its static imports, ${shell.size} files): ${kb(total(shell))}`);
for (const { address, pages } of firstPages) {
  // A page with no manifest entry of its own was bundled into the entry (no code splitting): nothing to add.
  const lazyPages = pages.filter((page) => manifest[page] !== undefined || !pageExists(page));
  const files = staticClosure([entryKey, ...lazyPages]);
  console.log(`  ${address.padEnd(20)} ${kb(total(files)).padStart(9)} in ${files.size} files`);
}

const allChunks = fs.readdirSync(path.join(outDir, 'assets')).filter((name) => name.endsWith('.js'));
const largest = allChunks
  .map((name) => ({ name, bytes: gzipSize(`assets/${name}`) }))
  .sort((a, b) => b.bytes - a.bytes)
  .slice(0, 8);
console.log(`largest of ${allChunks.length} chunks (all: ${kb(total(allChunks.map((name) => `assets/${name}`)))}):`);
for (const { name, bytes } of largest) console.log(`  ${name.padEnd(44)} ${kb(bytes).padStart(9)}`);
