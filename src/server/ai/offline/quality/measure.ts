/** The quality figures of the offline engine on one split of tests/fixtures/quality (see score.ts for the matching rules). */
import { readFileSync, readdirSync } from 'node:fs';
import { parseJob } from '#server/ai/offline/job/parse-job.ts';
import { matchResume } from '#server/ai/offline/match/match-resume.ts';
import { createResumeNlp, parseResume } from '#server/ai/offline/resume/index.ts';
import { extractSkillSpans } from '#server/ai/offline/skills/extract-skills.ts';
import type { SkillMention } from '#shared/ai/skills.ts';
import { measureInterviews, type InterviewFigures } from './measure-interviews.ts';
import type { ParsedResume } from '#shared/ai/resume.ts';
import {
  add,
  averagePrecision,
  emptyCount,
  f1,
  precision,
  precisionAt,
  qualityRoot,
  readResumeCases,
  readSpanCases,
  recall,
  resumeFields,
  scoreResume,
  scoreSpans,
  type Count,
  type ResumeField,
  type Split,
} from './score.ts';

export type QualityFigures = {
  resumes: number;
  parsing: Record<ResumeField, { precision: number; recall: number }>;
  skills: { sentences: number; precision: number; recall: number; f1: number };
  ranking: { jobs: number; map: number; pAt10: number };
  /** The ranking set's figures (tests/fixtures/quality/ranking). */
  rankingSet: { resumes: number; jobs: number; map: number; pAt10: number };
  /** Pearson r of the whole-interview rating with the hand ratings (tests/fixtures/quality/interviews). */
  interviews: InterviewFigures;
};

const now = new Date('2026-11-01T00:00:00Z');
const round = (value: number) => Math.round(value * 1000) / 1000;

export function parseCases(split: Split): { id: string; profession: string; parsed: ParsedResume; gold: ReturnType<typeof readResumeCases>[number]['gold'] }[] {
  const nlp = createResumeNlp();
  return readResumeCases(split).map((item) => ({ id: item.id, profession: item.gold.profession, parsed: parseResume(item.text, { nlp }), gold: item.gold }));
}

export function measureParsing(cases: ReturnType<typeof parseCases>): { figures: QualityFigures['parsing']; perResume: { id: string; counts: Record<ResumeField, Count> }[] } {
  const totals = Object.fromEntries(resumeFields.map((field) => [field, emptyCount()])) as Record<ResumeField, Count>;
  const perResume = cases.map((item) => {
    const counts = scoreResume(item.gold, item.parsed);
    for (const field of resumeFields) add(totals[field], counts[field]);
    return { id: item.id, counts };
  });
  const figures = Object.fromEntries(resumeFields.map((field) => [field, { precision: round(precision(totals[field])), recall: round(recall(totals[field])) }])) as QualityFigures['parsing'];
  return { figures, perResume };
}

/** Relaxed span figures of the span reading (names and phrases, decision 050), or of another extractor (names only). */
export function measureSkills(split: Split, extract: (text: string) => SkillMention[] = extractSkillSpans): QualityFigures['skills'] {
  const total = emptyCount();
  const cases = readSpanCases(split);
  for (const item of cases) add(total, scoreSpans(item.spans, extract(item.text)));
  return { sentences: cases.length, precision: round(precision(total)), recall: round(recall(total)), f1: round(f1(total)) };
}

type RankedCase = { id: string; profession: string; parsed: ParsedResume };

function readJobs(dir: URL): { profession: string; job: ReturnType<typeof parseJob> & { text: string } }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(new URL(name, dir), 'utf8');
      return { profession: name.replace(/\.txt$/, ''), job: { ...parseJob(text), text } };
    });
}

/** MAP and P@10 of each job ranking every case (relevant = the job's profession), by the unrounded weighted score. */
function rankCases(cases: readonly RankedCase[], jobs: ReturnType<typeof readJobs>): { jobs: number; map: number; pAt10: number } {
  let map = 0;
  let pAt10 = 0;
  for (const { profession, job } of jobs) {
    const scored = cases.map((item) => {
      const result = matchResume(item.parsed, job, { now });
      const value = result.components.reduce((sum, component) => sum + component.value * component.weight, 0);
      return { id: item.id, relevant: item.profession === profession, value };
    });
    scored.sort((a, b) => b.value - a.value || a.id.localeCompare(b.id));
    const flags = scored.map((item) => item.relevant);
    const relevantCount = flags.filter(Boolean).length;
    map += averagePrecision(flags);
    // Fewer than ten relevant resumes in a small set: precision at the number there are (R-precision), so 1.0 stays reachable.
    pAt10 += precisionAt(flags, Math.min(10, relevantCount));
  }
  return { jobs: jobs.length, map: round(map / jobs.length), pAt10: round(pAt10 / jobs.length) };
}

/** Each job of tests/fixtures/quality/jobs ranks every resume of the split; relevant = the job's profession. */
export function measureRanking(cases: ReturnType<typeof parseCases>): QualityFigures['ranking'] {
  return rankCases(cases, readJobs(new URL('jobs/', qualityRoot)));
}

/** The ranking set (tests/fixtures/quality/ranking): its untitled duties-then-tools jobs rank its labelled resumes. */
export function measureRankingSet(split: Split): QualityFigures['rankingSet'] {
  const root = new URL('ranking/', qualityRoot);
  const labels = (JSON.parse(readFileSync(new URL('labels.json', root), 'utf8')) as Record<Split, Record<string, string>>)[split];
  const nlp = createResumeNlp();
  const cases = Object.entries(labels).map(([id, profession]) => ({ id, profession, parsed: parseResume(readFileSync(new URL(`${split}/${id}.txt`, root), 'utf8'), { nlp }) }));
  return { resumes: cases.length, ...rankCases(cases, readJobs(new URL('jobs/', root))) };
}

export function measureQuality(split: Split): QualityFigures {
  const cases = parseCases(split);
  return { resumes: cases.length, parsing: measureParsing(cases).figures, skills: measureSkills(split), ranking: measureRanking(cases), rankingSet: measureRankingSet(split), interviews: measureInterviews(split) };
}
