/**
 * How long `parley --help` and `parley parse one.pdf` take as a user runs them (a new process each time, the compiled
 * CLI, the build already fresh), and what the start-up checks of the builds cost. Median of several runs after one
 * warm-up, as hyperfine reports it. Prints figures; asserts nothing.
 * Then `parley parse --jsonl` over a folder of generated PDF resumes (1,000 by default, each its own person), in files
 * per second, one process using every core (target ≥ 60 files/s).
 * Run: npx tsx bench/cli.bench.ts [runs] [--compare] [--pdfs=N]   (--compare also times the TypeScript sources run
 * through tsx; --pdfs=0 skips the folder)
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { ensureServerBuilt, freshServerEntry } from '#scripts/build-server.js';
import { webSourceStamp } from '#scripts/source-stamp.js';
import { renderResumePdf } from '#scripts/resume-fixtures/render-pdf.ts';
import { buildResumeModel } from '#scripts/resume-fixtures/resume-model.ts';
import { personas } from '#tests/fixtures/resumes/personas.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const runs = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 10);
const compare = args.includes('--compare');
const pdfCount = Number(args.find((arg) => arg.startsWith('--pdfs='))?.slice('--pdfs='.length) ?? 1000);
const pdf = 'tests/fixtures/resumes/accountant.pdf';

type Figures = { median: number; min: number; max: number };

function summarize(samples: number[]): Figures {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** Wall time of `node ARGS` in a new process, in milliseconds; one warm-up run first (file cache), then `count` runs. */
function time(nodeArgs: string[], count: number): Figures {
  const run = () => {
    const started = performance.now();
    const result = spawnSync(process.execPath, nodeArgs, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`node ${nodeArgs.join(' ')} failed (${result.status}): ${result.stderr}`);
    return performance.now() - started;
  };
  run();
  return summarize(Array.from({ length: count }, run));
}

/** Milliseconds of a function, median of `count` calls. */
function timeCall(call: () => unknown, count: number): Figures {
  return summarize(
    Array.from({ length: count }, () => {
      const started = performance.now();
      call();
      return performance.now() - started;
    }),
  );
}

const show = (figures: Figures) => `${(figures.median / 1000).toFixed(2)} s median (${(figures.min / 1000).toFixed(2)}–${(figures.max / 1000).toFixed(2)})`;
const showMs = (figures: Figures) => `${figures.median.toFixed(1)} ms median (${figures.min.toFixed(1)}–${figures.max.toFixed(1)})`;

await ensureServerBuilt();
const help = time(['bin/parley.js', '--help'], runs);
const parse = time(['bin/parley.js', 'parse', pdf], runs);
console.log(`cli: parley --help ${show(help)}; target < 0.50 s`);
console.log(`cli: parley parse ${path.basename(pdf)} ${show(parse)}; target < 1.50 s`);
console.log(`cli: server build up-to-date check (hash of its sources) ${showMs(timeCall(freshServerEntry, runs))}`);
if (fs.existsSync(path.join(root, 'dist/web/index.html'))) {
  console.log(`cli: web build up-to-date check (hash of its sources) ${showMs(timeCall(() => webSourceStamp(root), runs))}`);
}
if (compare) {
  const count = Math.max(3, Math.round(runs / 3));
  console.log(`cli: before (sources through tsx) --help ${show(time(['--import', 'tsx', 'src/cli/main.ts', '--help'], count))}`);
  console.log(`cli: before (sources through tsx) parse ${show(time(['--import', 'tsx', 'src/cli/main.ts', 'parse', pdf], count))}`);
}

/** A folder of `total` PDF resumes, each persona with its own name, email and phone (nothing for the parser to remember). */
async function writePdfFolder(total: number): Promise<{ dir: string; files: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-cli-pdfs-'));
  const files: string[] = [];
  for (let index = 0; index < total; index += 1) {
    const base = personas[index % personas.length]!;
    const persona = { ...base, name: `${base.name.split(' ')[0]} ${String.fromCharCode(65 + (index % 26))}. Example${index}`, email: `cli.${index}@example.test`, phone: `+1 (555) 200-${String(index).padStart(4, '0')}` };
    const file = path.join(dir, `${persona.id}-${index}.pdf`);
    fs.writeFileSync(file, await renderResumePdf(buildResumeModel(persona), persona.layout));
    files.push(file);
  }
  return { dir, files };
}

/** CPU seconds (user + system) of the children this process has waited for, from /proc; 0 where there is none. */
function childCpuSeconds(): number {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return 0;
  }
}

if (pdfCount > 0) {
  const { dir, files } = await writePdfFolder(pdfCount);
  try {
    const cpuBefore = childCpuSeconds();
    const started = performance.now();
    const result = spawnSync(process.execPath, ['bin/parley.js', 'parse', '--jsonl', ...files], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
    const seconds = (performance.now() - started) / 1000;
    const cpuMs = (childCpuSeconds() - cpuBefore) * 1000;
    if (result.status !== 0) throw new Error(`parley parse --jsonl failed (${result.status}): ${result.stderr.slice(0, 2000)}`);
    const lines = result.stdout.trim().split('\n');
    const inOrder = lines.every((line, index) => (JSON.parse(line) as { file: string }).file === files[index]);
    console.log(`cli: parley parse --jsonl ${pdfCount} PDFs ${seconds.toFixed(1)} s, ${(pdfCount / seconds).toFixed(1)} files/s (${lines.length} lines, ${inOrder ? 'in the order given' : 'OUT OF ORDER'}); CPU ${(cpuMs / 1000).toFixed(1)} s (${(cpuMs / pdfCount).toFixed(1)} ms a file); load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores; target ≥ 60 files/s`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
