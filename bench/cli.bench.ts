/**
 * How long `parley --help` and `parley parse one.pdf` take as a user runs them (a new process each time, the compiled
 * CLI, the build already fresh), and what the start-up checks of the builds cost. Median of several runs after one
 * warm-up, as hyperfine reports it. Prints figures; asserts nothing.
 * Run: npx tsx bench/cli.bench.ts [runs] [--compare]   (--compare also times the TypeScript sources run through tsx)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureServerBuilt, freshServerEntry } from '#scripts/build-server.js';
import { webSourceStamp } from '#scripts/source-stamp.js';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const runs = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 10);
const compare = args.includes('--compare');
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
