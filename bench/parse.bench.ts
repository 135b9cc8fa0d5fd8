/**
 * Resume parsing throughput on the generated fixtures (offline engine, one thread).
 * Run: npx tsx bench/parse.bench.ts [rounds]
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readDocument } from '#server/ai/offline/documents/index.ts';
import { parseResume, parseResumeDocument } from '#server/ai/offline/resume/index.ts';

const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'resumes');
const rounds = Number(process.argv[2] ?? 10);

type Sample = { name: string; format: string; bytes: Uint8Array };

async function loadSamples(): Promise<Sample[]> {
  const names = (await readdir(dir)).filter((name) => /\.(pdf|docx|txt|md)$/.test(name) && !/corrupt|scanned/.test(name)).sort();
  return Promise.all(names.map(async (name) => ({ name, format: name.split('.').pop() ?? '', bytes: new Uint8Array(await readFile(join(dir, name))) })));
}

async function main(): Promise<void> {
  const samples = await loadSamples();
  // Warm-up: loads the NLP models, the skills taxonomy and pdf.js once.
  for (const sample of samples) await parseResumeDocument({ bytes: sample.bytes, fileName: sample.name });

  const perFormat = new Map<string, { read: number; parse: number; count: number }>();
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (let round = 0; round < rounds; round += 1) {
    for (const sample of samples) {
      const t0 = performance.now();
      const document = await readDocument({ bytes: sample.bytes, fileName: sample.name });
      const t1 = performance.now();
      parseResume(document.text, document.columns ? { columns: document.columns } : {});
      const t2 = performance.now();
      const entry = perFormat.get(sample.format) ?? { read: 0, parse: 0, count: 0 };
      entry.read += t1 - t0;
      entry.parse += t2 - t1;
      entry.count += 1;
      perFormat.set(sample.format, entry);
    }
  }
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const total = samples.length * rounds;
  console.log(`resume parsing, offline engine, one thread — ${samples.length} fixtures × ${rounds} rounds = ${total} resumes`);
  console.log(`throughput: ${((total / elapsed) * 1000).toFixed(1)} resumes/s wall clock (${(elapsed / total).toFixed(2)} ms per resume)`);
  // CPU time is steadier than wall clock on a shared machine; pdf.js also uses a worker thread, counted here.
  console.log(`cpu: ${(cpuMs / total).toFixed(2)} ms per resume → ${((total / cpuMs) * 1000).toFixed(1)} resumes/s per core, ~${((2 * total / cpuMs) * 1000).toFixed(0)} on 2 cores`);
  for (const [format, entry] of [...perFormat].sort()) {
    console.log(
      `  ${format.padEnd(4)} ${String(entry.count).padStart(5)} files: read ${(entry.read / entry.count).toFixed(2)} ms + parse ${(entry.parse / entry.count).toFixed(2)} ms = ${((entry.read + entry.parse) / entry.count).toFixed(2)} ms per file`,
    );
  }
  const textOnly = samples.filter((sample) => sample.format === 'txt');
  if (textOnly.length > 0) {
    const texts = await Promise.all(textOnly.map(async (sample) => (await readDocument({ bytes: sample.bytes, fileName: sample.name })).text));
    const t0 = performance.now();
    for (let round = 0; round < rounds * 10; round += 1) for (const text of texts) parseResume(text, { extractSkills: false });
    const perText = (performance.now() - t0) / (rounds * 10 * texts.length);
    console.log(`  parseResume without the skills taxonomy: ${perText.toFixed(2)} ms per resume`);
  }
}

await main();
