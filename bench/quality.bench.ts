/**
 * Quality of the offline engine on hand-labelled sets written the way real resume builders, job sites, job postings
 * and speakers write (tests/fixtures/quality; see its README): `npm run bench -- quality`. Prints per-field precision
 * and recall for resume parsing, relaxed span P/R/F1 for skills, MAP and P@10 for ranking, on the dev split (tuned on)
 * and the held-out split (never tuned on). `--verbose` lists each resume's misses; `--write-floors`
 * records the figures as the regression test's floors.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { measureParsing, measureQuality, measureSkills, parseCases, type QualityFigures } from '#server/ai/offline/quality/measure.ts';
import { extractSkillSpans, extractSkills } from '#server/ai/offline/skills/extract-skills.ts';
import { reviewInterviewCases } from '#server/ai/offline/quality/measure-interviews.ts';
import { qualityRoot, resumeFields, splits } from '#server/ai/offline/quality/score.ts';

const measured: Record<string, QualityFigures> = {};

const pct = (value: number) => value.toFixed(2);
for (const split of splits) {
  const started = performance.now();
  const figures = measureQuality(split);
  const ms = performance.now() - started;
  measured[split] = figures;
  console.log(`\n-- ${split}: ${figures.resumes} resumes, ${figures.skills.sentences} skill sentences, ${figures.ranking.jobs} jobs (${ms.toFixed(0)} ms)`);
  console.log('resume parsing   precision  recall');
  for (const field of resumeFields) console.log(`  ${field.padEnd(14)} ${pct(figures.parsing[field].precision).padStart(9)}  ${pct(figures.parsing[field].recall).padStart(6)}`);
  console.log(`skill spans      P ${pct(figures.skills.precision)}  R ${pct(figures.skills.recall)}  F1 ${pct(figures.skills.f1)}`);
  const names = measureSkills(split, extractSkills);
  console.log(`  names only     P ${pct(names.precision)}  R ${pct(names.recall)}  F1 ${pct(names.f1)} (the taxonomy's names without phrases, decision 050)`);
  console.log(`ranking          MAP ${pct(figures.ranking.map)}  P@10 ${pct(figures.ranking.pAt10)}`);
  console.log(`ranking set      MAP ${pct(figures.rankingSet.map)}  P@10 ${pct(figures.rankingSet.pAt10)} (${figures.rankingSet.resumes} resumes, ${figures.rankingSet.jobs} untitled tool-list jobs)`);
  console.log(`interview rating Pearson r ${pct(figures.interviews.pearson)} over ${figures.interviews.interviews} interviews`);
  if (process.argv.includes('--verbose')) {
    for (const item of measureParsing(parseCases(split)).perResume) {
      const misses = resumeFields.filter((field) => item.counts[field].found < Math.max(item.counts[field].gold, item.counts[field].predicted));
      if (misses.length > 0) console.log(`  ${item.id}: ${misses.map((field) => `${field} ${item.counts[field].found}/${item.counts[field].gold} (${item.counts[field].predicted} predicted)`).join(', ')}`);
    }
  }
}
// Time per whole-interview review (`parley review`): the model loaded, each transcript reviewed three times with a
// fresh text analyser (nothing remembered from the run before), the median over all runs.
const times: number[] = [];
for (let round = 0; round < 3; round += 1) for (const split of splits) times.push(...reviewInterviewCases(split).map((item) => item.ms));
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
console.log(`\ninterview review: median ${median.toFixed(1)} ms, p90 ${(times[Math.floor(times.length * 0.9)] ?? 0).toFixed(1)} ms per transcript (${times.length} reviews)`);
// Time of the span reading (names and phrases) of each job description, five rounds, the taxonomy already loaded.
const jobsDir = new URL('jobs/', qualityRoot);
const jobTexts = readdirSync(jobsDir).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(new URL(name, jobsDir), 'utf8'));
const spanTimes: number[] = [];
for (let round = 0; round < 5; round += 1) {
  for (const text of jobTexts) {
    const started = performance.now();
    extractSkillSpans(text);
    spanTimes.push(performance.now() - started);
  }
}
spanTimes.sort((a, b) => a - b);
console.log(`skill spans: median ${(spanTimes[Math.floor(spanTimes.length / 2)] ?? 0).toFixed(2)} ms per job description (${spanTimes.length} readings)`);
// The regression test's floors (src/server/ai/offline/quality/quality.test.ts): raise them after a measured gain, never by hand.
if (process.argv.includes('--write-floors')) writeFileSync(new URL('floors.json', qualityRoot), `${JSON.stringify(measured, null, 2)}\n`);
