import { reviewInterviewTask } from '#server/ai/index.ts';
import type { InterviewReview } from '#shared/ai/live.ts';
import type { Transcript } from '#shared/ai/interview.ts';
import { roomReviewSchema, type Outcome, type RoomReview } from '#shared/contracts/interviews.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { findInterview } from '#server/modules/interviews/scheduling/scheduling.repo.ts';
import { isVerbatimIn, minimumCandidateWords, notEnoughToGoOn } from './live-notes.ts';
import { findLive, findNotesAfter, findTranscript, saveReview } from './room.repo.ts';

type Segment = { speaker: 'host' | 'candidate'; text: string };

/** Host segments become questions, the candidate segments after each one its answer (the opening has no question). */
export function pairTurns(segments: readonly Segment[]): Transcript {
  const turns: Transcript = [];
  let question: string | undefined;
  let answer: string[] = [];
  const flush = () => {
    if (answer.length > 0) turns.push({ question: { text: question ?? 'Opening' }, answer: answer.join('\n') });
    answer = [];
  };
  for (const segment of segments) {
    if (segment.speaker === 'host') {
      flush();
      question = segment.text;
    } else answer.push(segment.text);
  }
  flush();
  return turns;
}

const outcomeOf: Record<InterviewReview['recommendation'], Outcome> = { proceed: 'advance', not_a_fit: 'reject', needs_more_evaluation: 'hold' };

/**
 * The engine's review as the room keeps it: evidence per competency with verbatim quotes (a quote not found in the
 * candidate's words is dropped), what the job asks that the answers never touched, concerns, a suggested rating and
 * outcome. Only facts about the work: no field about emotions, personality or confidence exists to fill.
 */
export function toRoomReview(review: InterviewReview, answers: string): RoomReview {
  const evidence: RoomReview['evidence'] = [];
  const competencyOf = (quote: string) => review.skillsShown.find((skill) => quote.toLowerCase().includes(skill.toLowerCase())) ?? 'General';
  for (const strength of review.strengths) {
    if (isVerbatimIn(strength.quote, [answers])) evidence.push({ competency: competencyOf(strength.quote), text: strength.text, quote: strength.quote });
  }
  const sentences = answers.split(/(?<=[.!?])\s+|\n+/).map((sentence) => sentence.trim()).filter(Boolean);
  for (const skill of review.skillsShown) {
    if (evidence.some((item) => item.competency === skill)) continue;
    const sentence = sentences.find((candidate) => candidate.toLowerCase().includes(skill.toLowerCase()));
    if (sentence) evidence.push({ competency: skill, text: `Talked about ${skill}.`, quote: sentence });
  }
  return roomReviewSchema.parse({
    summary: review.assessment,
    evidence,
    notShown: review.skillsNotShown,
    concerns: review.weaknesses.map((item) => ({ text: item.text, quote: item.quote && isVerbatimIn(item.quote, [answers]) ? item.quote : null })),
    rating: review.rating,
    recommendation: outcomeOf[review.recommendation],
    reasons: review.reasons,
  });
}

export function notEnoughReview(): RoomReview {
  return { summary: notEnoughToGoOn, evidence: [], notShown: [], concerns: [], rating: null, recommendation: null, reasons: [`The candidate said fewer than ${minimumCandidateWords} words.`] };
}

/**
 * The review job's work: reviewInterview over the transcript (questions from the host, answers from the candidate),
 * kept on the room. Safe to run twice: a second run writes the same kind of review over the same transcript.
 */
export async function writeRoomReview(deps: InterviewsDeps, liveId: string): Promise<void> {
  const live = await findLive(deps.db, liveId);
  if (!live || live.reviewState === 'ready') return;
  const segments = await findTranscript(deps.db, liveId);
  const answers = segments.filter((segment) => segment.speaker === 'candidate').map((segment) => segment.text).join('\n');
  const words = answers.split(/\s+/).filter(Boolean).length;
  let review: RoomReview;
  if (words < minimumCandidateWords) review = notEnoughReview();
  else {
    const interview = live.scheduledInterviewId ? await findInterview(deps.db, live.scheduledInterviewId) : undefined;
    const { output } = await deps.engine.run(
      reviewInterviewTask,
      { transcript: pairTurns(segments), ...(live.jobDescription ? { jobDescription: live.jobDescription } : {}) },
      { ...(interview ? { workspaceId: interview.workspaceId } : {}), userId: live.ownerId },
    );
    review = toRoomReview(output, answers);
  }
  const hostNotes = (await findNotesAfter(deps.db, liveId, 0, 500)).filter((note) => note.source === 'host').map((note) => note.note);
  await saveReview(deps.db, liveId, { state: 'ready', review: { ...review, hostNotes } });
}
