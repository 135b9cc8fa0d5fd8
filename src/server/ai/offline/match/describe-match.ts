import type { Seniority } from '#shared/ai/job.ts';
import type { Recommendation } from '#shared/ai/match.ts';
import type { DegreeFit } from '#server/ai/offline/job/read-degree.ts';
import type { MatchJob } from './match-types.ts';

export type MatchFacts = {
  job: MatchJob;
  matched: readonly string[];
  /** Job skills shown only through a related skill (a CPA for GAAP). */
  related: readonly string[];
  missing: readonly string[];
  missingNiceToHave: readonly string[];
  shown: ReadonlyMap<string, string>;
  relevantYears: number;
  dated: boolean;
  latestTitle: string;
  overlap: number;
  level: { value: number; candidate: Seniority };
  degree: DegreeFit;
  /** "Titles and duties fit Accountants and Auditors (13-2011.00)." */
  occupation?: string;
  score: number;
  recommendation: Recommendation;
};

function list(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "ERP (as SAP)" when a group is met by one of its other skills. */
function asNamed(name: string, shown: ReadonlyMap<string, string>): string {
  const via = shown.get(name);
  return via && via !== name ? `${name} (as ${via})` : name;
}

function titleFitWords(overlap: number): string {
  if (overlap >= 0.75) return 'the same role';
  if (overlap >= 0.3) return 'a related role';
  return 'a different role';
}

/**
 * The score explained for a recruiter in a few short sentences: which requirements the CV names, which it lacks, the
 * years, the degree, the latest title and the verdict. Where each skill appears is the evidence's job (highlighted in
 * the CV), so no line is quoted here and no internal measure is named.
 */
export function describeMatch(facts: MatchFacts): string[] {
  const { job, shown } = facts;
  const sentences: string[] = [];
  const mustMet = job.mustHave.filter((skill) => shown.has(skill.name)).length;
  if (job.mustHave.length > 0) {
    const missing = facts.missing.length > 0 ? ` Missing: ${list(facts.missing)}.` : '';
    sentences.push(`Meets ${mustMet} of ${job.mustHave.length} must-have requirements.${missing}`);
  } else {
    sentences.push('The job lists no must-have skills, so the score rests on experience, title and wording.');
  }
  const named = facts.matched.map((name) => asNamed(name, shown));
  if (named.length > 0) sentences.push(`Named in the CV: ${list(named)}.`);
  if (facts.related.length > 0) sentences.push(`Related, not named: ${list(facts.related.map((name) => `${name} (through ${shown.get(name) ?? name})`))}.`);
  if (job.niceToHave.length > 0) {
    const niceMet = job.niceToHave.length - facts.missingNiceToHave.length;
    sentences.push(`Has ${niceMet} of ${job.niceToHave.length} nice-to-haves.`);
  }
  if (job.minYears !== undefined) {
    sentences.push(
      facts.dated
        ? `About ${facts.relevantYears} years of relevant experience; the job asks for ${job.minYears}+.`
        : `The CV gives no dates, so the ${job.minYears}+ years asked could not be checked.`,
    );
  }
  if (job.degree) {
    sentences.push(facts.degree.shown ? `Degree: the job asks for ${job.degree}; the CV shows ${facts.degree.shown}.` : `Degree: the job asks for ${job.degree}; the CV shows none.`);
  }
  if (job.title && facts.latestTitle) sentences.push(`Latest title: ${facts.latestTitle}, ${titleFitWords(facts.overlap)}.`);
  if (facts.occupation) sentences.push(facts.occupation);
  sentences.push(`Score ${facts.score} of 100: ${facts.recommendation}.`);
  return sentences;
}
