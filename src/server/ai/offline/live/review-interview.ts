import { analyseText, type AnalyseText } from '#server/ai/offline/evaluation/analyse-text.ts';
import { evaluateAnswer } from '#server/ai/offline/evaluation/evaluate-answer.ts';
import { findSkillNames } from '#server/ai/offline/evaluation/find-skills.ts';
import { readJobSkills } from '#server/ai/offline/evaluation/read-job-skills.ts';
import { findImprovements, findStrengths, type Scored } from '#server/ai/offline/feedback/find-improvements.ts';
import { rateTranscript } from '#server/ai/offline/review/rate-transcript.ts';
import { interviewReviewSchema, reviewInterviewInputSchema, type InterviewReview, type ReviewInterviewInput } from '#shared/ai/live.ts';

const reviewerWording: Record<string, string> = {
  result: 'Stories often stopped before the result',
  numbers: 'Little quantified impact',
  ownership: 'Spoke mostly as "we"; their personal contribution is unclear',
  fillers: 'Frequent filler words',
  context: 'Little context given before the action',
  short: 'Very short answers',
  long: 'Long, unfocused answers',
  relevance: 'Answers drifted from the question asked',
  action: 'Few concrete actions described',
};

/** Offline reviewInterview: an assessment for the hiring side, with quotes and a recommendation that gives its reasons. */
export function reviewInterview(input: ReviewInterviewInput, analyse: AnalyseText = analyseText): InterviewReview {
  const { transcript, jobDescription } = reviewInterviewInputSchema.parse(input);
  const items: Scored[] = transcript.map((entry) => ({
    question: entry.question.text,
    answer: entry.answer,
    evaluation: entry.evaluation ?? evaluateAnswer({ question: entry.question, answer: entry.answer }, analyse),
  }));
  const answered = items.filter((item) => item.evaluation.length.verdict !== 'empty');
  // The one interview rating (decision 048), shared with the practice report and `parley review`, rounded.
  const rating = answered.length === 0 ? 1 : Math.max(1, Math.min(5, Math.round(rateTranscript(transcript.map((entry, index) => ({ ...entry, evaluation: items[index]?.evaluation })), analyse).rating)));
  const job = jobDescription ? readJobSkills(jobDescription) : null;
  const required = job ? job.mustHave.map((skill) => skill.name) : [];
  const jobSkills = job ? [...new Set([...required, ...job.niceToHave.map((skill) => skill.name)])] : [];
  const mentioned = new Set(findSkillNames(items.map((item) => item.answer).join('\n')));
  const skillsShown = jobSkills.filter((skill) => mentioned.has(skill));
  const skillsNotShown = jobSkills.filter((skill) => !mentioned.has(skill));
  const requiredCoverage = required.length === 0 ? null : required.filter((skill) => mentioned.has(skill)).length / required.length;
  const withResult = answered.filter((item) => item.evaluation.star.result).length;

  const reasons: string[] = [`Average answer rating ${rating}/5 over ${items.length} question${items.length === 1 ? '' : 's'} (${answered.length} answered).`];
  if (requiredCoverage !== null) reasons.push(`Answers mention ${Math.round(requiredCoverage * 100)}% of the required skills (${required.filter((skill) => mentioned.has(skill)).join(', ') || 'none'}).`);
  reasons.push(`${withResult} of ${answered.length} answers stated a concrete result.`);
  let recommendation: InterviewReview['recommendation'] = 'needs_more_evaluation';
  if (answered.length < Math.ceil(items.length / 2) || rating <= 2) {
    recommendation = 'not_a_fit';
    reasons.push(answered.length < Math.ceil(items.length / 2) ? 'Fewer than half of the questions were answered.' : 'Answers were consistently thin on actions, results or specifics.');
  } else if (rating >= 4 && (requiredCoverage === null || requiredCoverage >= 0.5)) {
    recommendation = 'proceed';
    reasons.push('Answers were specific and well structured.');
  } else {
    reasons.push(rating >= 4 ? 'Strong answers, but several required skills were not discussed: probe them in the next round.' : 'Mixed evidence: probe the weaker areas before deciding.');
  }
  const strengths = findStrengths(items).map(({ text, quote }) => ({ text: text.replace(/\bYou\b/g, 'The candidate').replace(/\byour\b/g, 'their').replace(/\byou\b/g, 'they'), quote }));
  const weaknesses = findImprovements(items)
    .filter((item) => item.weight > 0)
    .map(({ key, text, quote }) => ({ text: `${reviewerWording[key] ?? text.replace(/ \(.*$/, '')}${/\(\d+ of \d+ answers\)/.exec(text)?.[0].replace(/^/, ' ') ?? ''}.`, quote }));
  return interviewReviewSchema.parse({
    assessment: `${answered.length} of ${items.length} questions answered; average rating ${rating}/5. ${withResult} answer${withResult === 1 ? '' : 's'} stated a result. ${jobSkills.length > 0 ? `Job skills discussed: ${skillsShown.join(', ') || 'none'}.` : ''}`.trim(),
    rating,
    strengths,
    weaknesses,
    skillsShown,
    skillsNotShown,
    recommendation,
    reasons,
  });
}
