import type { Seniority } from '#shared/ai/job.ts';
import { recommendationThresholds, type MatchEvidence, type Recommendation } from '#shared/ai/match.ts';
import type { MatchJob } from './match-types.ts';

export type MatchFacts = {
  job: MatchJob;
  matched: readonly string[];
  missing: readonly string[];
  missingNiceToHave: readonly string[];
  shown: ReadonlyMap<string, string>;
  evidence: readonly MatchEvidence[];
  relevantYears: number;
  dated: boolean;
  latestTitle: string;
  overlap: number;
  level: { value: number; candidate: Seniority };
  similarity: number;
  score: number;
  recommendation: Recommendation;
};

function list(names: readonly string[]): string {
  return names.length > 0 ? names.join(', ') : 'none';
}

/** The score explained in sentences, each matched skill with the resume line that shows it. */
export function describeMatch(facts: MatchFacts): string[] {
  const { job, matched } = facts;
  const sentences: string[] = [];
  const mustShown = job.mustHave.filter((skill) => facts.shown.has(skill.name)).length;
  if (job.mustHave.length > 0) {
    sentences.push(`Shows ${mustShown} of ${job.mustHave.length} must-have skills; missing: ${list(facts.missing)}.`);
  } else {
    sentences.push('The job names no must-have skills, so the score rests on experience, title and text similarity.');
  }
  if (job.niceToHave.length > 0) {
    const niceShown = job.niceToHave.length - facts.missingNiceToHave.length;
    sentences.push(`Shows ${niceShown} of ${job.niceToHave.length} nice-to-have skills; missing: ${list(facts.missingNiceToHave)}.`);
  }
  const quoted = new Set<string>();
  for (const item of facts.evidence) {
    if (quoted.has(item.skill)) continue;
    quoted.add(item.skill);
    sentences.push(
      item.via
        ? `${item.skill}: not named in the CV; the related ${item.via} is, line ${item.line}, "${item.lineText}".`
        : `${item.skill}: line ${item.line}, "${item.lineText}" (characters ${item.start}–${item.end}).`,
    );
  }
  const withoutLine = matched.filter((name) => !facts.evidence.some((item) => item.skill === name));
  if (withoutLine.length > 0) sentences.push(`Listed in the resume's skills but not on a text line: ${withoutLine.join(', ')}.`);
  if (job.minYears !== undefined) {
    sentences.push(
      facts.dated
        ? `About ${facts.relevantYears} years of relevant experience from the work dates; the job asks for ${job.minYears}+.`
        : `The work history has no dates, so years of experience could not be checked against the ${job.minYears}+ asked.`,
    );
  }
  if (job.title && facts.latestTitle) {
    sentences.push(
      `Latest title "${facts.latestTitle}" shares ${Math.round(facts.overlap * 100)}% of the role words of "${job.title}"; level ${facts.level.candidate}${job.seniority ? ` for a ${job.seniority} role` : ''}.`,
    );
  }
  sentences.push(`Text similarity with the job description (TF-IDF cosine): ${facts.similarity.toFixed(2)}.`);
  const { strongHire, hire, maybe } = recommendationThresholds;
  sentences.push(`Score ${facts.score}/100: ${facts.recommendation} (Strong Hire ≥ ${strongHire}, Hire ≥ ${hire}, Maybe ≥ ${maybe}, else Pass).`);
  return sentences;
}
