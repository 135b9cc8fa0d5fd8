import { readFileSync, readdirSync } from 'node:fs';
import { add, emptyCount, f1, precision, qualityRoot, readSpanCases, recall, scoreSpans } from '#server/ai/offline/quality/score.ts';
import { extractSkills, extractSkillSpans } from '#server/ai/offline/skills/extract-skills.ts';
const r = (x: number) => x.toFixed(3);
for (const split of ['dev', 'heldout'] as const) {
  const cases = readSpanCases(split); const cut = split === 'dev' ? 30 : 15;
  for (const [label, part] of [['orig', cases.slice(0, cut)], ['added', cases.slice(cut)], ['all', cases]] as const) {
    for (const [name, fn] of [['names', extractSkills], ['spans', extractSkillSpans]] as const) {
      const c = emptyCount(); for (const it of part) add(c, scoreSpans(it.spans, fn(it.text)));
      console.log(split, label, part.length, name, `P ${r(precision(c))} R ${r(recall(c))} F1 ${r(f1(c))}`);
    }
  }
}
const dir = new URL('jobs/', qualityRoot);
const texts = readdirSync(dir).map(n => readFileSync(new URL(n, dir), 'utf8'));
const times: number[] = [];
for (let k = 0; k < 20; k++) for (const t of texts) { const s = performance.now(); extractSkillSpans(t); times.push(performance.now() - s); }
times.sort((a, b) => a - b);
console.log('job text chars', texts.map(t => t.length).join(','), 'median ms', times[times.length >> 1]!.toFixed(2), 'max', times.at(-1)!.toFixed(2));
