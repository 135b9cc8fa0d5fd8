import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, type CommandResult } from '#tests/support/parley-process.ts';

/** The packages a command loaded (ES module resolution traced by a loader hook), for `node bin/parley.js ARGS`. */
async function packagesLoadedBy(args: string[]): Promise<{ result: CommandResult; packages: Set<string> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-trace-'));
  const trace = path.join(dir, 'trace.txt');
  fs.writeFileSync(
    path.join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(${JSON.stringify(trace)}, resolved.url + '\\n');
  return resolved;
}`,
  );
  fs.writeFileSync(path.join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`);
  const result = await run(process.execPath, ['--import', path.join(dir, 'register.mjs'), 'bin/parley.js', ...args], projectRoot);
  const packages = new Set(
    fs
      .readFileSync(trace, 'utf8')
      .split('\n')
      .map((url) => url.match(/\/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1])
      .filter((name): name is string => name !== undefined),
  );
  fs.rmSync(dir, { recursive: true, force: true });
  return { result, packages };
}

function run(command: string, args: string[], cwd: string): Promise<CommandResult> {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const serverPackages = ['fastify', '@electric-sql/pglite', 'pg', 'pg-boss', 'drizzle-orm', 'better-auth', 'vite'];
const nlpPackages = ['wink-nlp', 'wink-eng-lite-web-model', 'compromise', 'unpdf', 'mammoth'];

describe('the compiled CLI loads only what a command needs', () => {
  it('--help loads neither the server, the database, the NLP models nor the document readers', async () => {
    const { result, packages } = await packagesLoadedBy(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('parse');
    expect(packages.has('commander')).toBe(true);
    for (const name of [...serverPackages, ...nlpPackages, 'ai', 'tsx', 'esbuild']) expect(packages, name).not.toContain(name);
  });

  it('parse leaves reading and parsing to the document readers, and loads nothing of the server', async () => {
    const { result, packages } = await packagesLoadedBy(['parse', '--jsonl', 'tests/fixtures/resumes/accountant.pdf']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).resume.basics.name).toBeTruthy();
    // The PDF is read and parsed in a worker thread (decisions 038 and 052), whose imports this process's list does not show.
    for (const name of [...serverPackages, ...nlpPackages, 'tsx', 'esbuild']) expect(packages, name).not.toContain(name);
  });
});

describe('bin/parley.js compiles the CLI and server again when the sources change', () => {
  // A copy of what the build reads, sharing the project's node_modules.
  let copy: string;
  const parley = (...args: string[]) => run(process.execPath, ['bin/parley.js', ...args], copy);
  const manifest = () => JSON.parse(fs.readFileSync(path.join(copy, 'dist/server/build.json'), 'utf8')) as { stamp: string; entry: string; outputs: string[] };
  const edit = (file: string, change: (text: string) => string) => fs.writeFileSync(path.join(copy, file), change(fs.readFileSync(path.join(copy, file), 'utf8')));

  beforeAll(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-build-'));
    for (const entry of ['package.json', 'package-lock.json', 'bin', 'scripts', 'src/cli', 'src/server', 'src/shared']) {
      fs.cpSync(path.join(projectRoot, entry), path.join(copy, entry), { recursive: true });
    }
    fs.symlinkSync(path.join(projectRoot, 'node_modules'), path.join(copy, 'node_modules'));
  });
  afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

  it('builds on the first run, reuses the build after, and rebuilds after a change (a git pull)', async () => {
    const first = await parley('--version');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(copy, 'package.json'), 'utf8')).version);
    const built = manifest();
    expect(fs.existsSync(path.join(copy, 'dist/server', built.entry))).toBe(true);

    expect((await parley('--version')).code).toBe(0);
    expect(manifest().stamp).toBe(built.stamp);

    edit('src/cli/main.ts', (text) => text.replace("'Parley: the self-hostable AI interview platform.'", "'Parley, rebuilt.'"));
    const changed = await parley('--help');
    expect(changed.code).toBe(0);
    expect(changed.stdout).toContain('Parley, rebuilt.');
    expect(manifest().stamp).not.toBe(built.stamp);
  });

  it('serves several processes that start on a stale build at once', async () => {
    edit('src/cli/main.ts', (text) => text.replace('Parley, rebuilt.', 'Parley, rebuilt twice.'));
    const results = await Promise.all([1, 2, 3, 4].map(() => parley('--help')));
    for (const result of results) {
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Parley, rebuilt twice.');
    }
  });

  it('keeps the files of the current and the previous build only', async () => {
    const previous = manifest();
    edit('src/cli/main.ts', (text) => text.replace('Parley, rebuilt twice.', 'Parley, rebuilt three times.'));
    expect((await parley('--help')).code).toBe(0);
    const current = manifest();
    const files = fs.readdirSync(path.join(copy, 'dist/server')).sort();
    expect(files).toEqual([...new Set(['build.json', ...current.outputs, ...previous.outputs])].sort());
  });

  it('stops with one line naming the file when a source does not compile', async () => {
    edit('src/cli/main.ts', (text) => `${text}\nconst broken = ;\n`);
    const result = await parley('--help');
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^parley: could not compile the server: src\/cli\/main\.ts:\d+: /)]);
  });
});
