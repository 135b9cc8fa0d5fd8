/**
 * The hostile-file corpus (decision 038) through every upload route of a real app on embedded PGlite with the queue
 * running: prints, per route, how many inputs were tried and how many were handled cleanly (a 4xx with a reason, a
 * per-file reason, or a success), and lists any that were not. Exits 1 when one was not.
 * Run: npm run bench -- hostile-files
 */
import { performance } from 'node:perf_hooks';
import { knownAudioFixtures } from '#tests/support/audio-fixtures.ts';
import { startFakeOpenAi } from '#tests/support/fake-llm/index.ts';
import { prepareCorpusTargets, runHostileCorpus, type CorpusOutcome } from '#tests/support/hostile-corpus/run-corpus.ts';
import { createTestApp } from '#tests/support/test-app.ts';

const openai = await startFakeOpenAi({ apiKey: 'sk-bench-key-1234', recordings: knownAudioFixtures() });
const t = await createTestApp({ OPENAI_API_KEY: 'sk-bench-key-1234', STT_BASE_URL: openai.baseUrl }, { withQueue: true });
const started = performance.now();
let outcomes: CorpusOutcome[];
let perRunner: Record<string, number>;
try {
  ({ outcomes, seconds: perRunner } = await runHostileCorpus(t, await prepareCorpusTargets(t)));
} finally {
  await t.close();
  await openai.close();
}
const seconds = (performance.now() - started) / 1000;

const routes = [...new Set(outcomes.map((outcome) => outcome.route))];
console.log(`${'route'.padEnd(48)} ${'tried'.padStart(6)} ${'clean'.padStart(6)}`);
for (const route of routes) {
  const mine = outcomes.filter((outcome) => outcome.route === route);
  console.log(`${route.padEnd(48)} ${String(mine.length).padStart(6)} ${String(mine.filter((outcome) => outcome.clean).length).padStart(6)}`);
}
const unclean = outcomes.filter((outcome) => !outcome.clean);
console.log(`${'all routes'.padEnd(48)} ${String(outcomes.length).padStart(6)} ${String(outcomes.length - unclean.length).padStart(6)}   (${seconds.toFixed(1)} s, the server stayed up)`);
console.log(`time per runner: ${Object.entries(perRunner).map(([name, value]) => `${name} ${value.toFixed(1)} s`).join(', ')}`);
for (const outcome of unclean) console.log(`  NOT CLEAN ${outcome.route} · ${outcome.label}: ${outcome.status} ${outcome.reason}`);
process.exit(unclean.length === 0 ? 0 : 1);
