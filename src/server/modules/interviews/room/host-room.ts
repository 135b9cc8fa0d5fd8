import { briefInterviewerTask } from '#server/ai/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { interviewerBriefSchema } from '#shared/ai/live.ts';
import type { Briefing, HostRoom, InterviewQuestion, Lobby } from '#shared/contracts/interviews.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { questionsOf } from '#server/modules/interviews/scheduling/interview-views.ts';
import { findInterview } from '#server/modules/interviews/scheduling/scheduling.repo.ts';
import { hasEmbeddedCall } from './live-call.ts';
import { requireHost, validLink, type Participant } from './room.service.ts';
import { appendNotes, findLiveOf, findRoomPeople, saveBriefing, setConsent, updateQuestions } from './room.repo.ts';

async function interviewOf(deps: InterviewsDeps, interviewId: string) {
  const interview = await findInterview(deps.db, interviewId);
  if (!interview) throw new AppError('not_found', 'Interview not found.');
  return interview;
}

/** The host side of the room: the job, the CV, the questions, the consent and where the room stands. */
export async function getHostRoom(deps: InterviewsDeps, participant: Participant | undefined, interviewId: string): Promise<HostRoom> {
  const { live } = await requireHost(deps, participant, interviewId);
  const interview = await interviewOf(deps, interviewId);
  return {
    interviewId,
    title: live.title,
    candidateName: interview.candidateName,
    jobTitle: interview.jobTitle,
    jobDescription: live.jobDescription,
    resumeText: live.resumeText,
    questions: questionsOf(interview),
    meetingLink: interview.meetingLink,
    startsAt: interview.scheduledTime.toISOString(),
    durationMinutes: interview.durationMinutes,
    timeZone: interview.timeZone,
    consentAt: live.consentAt?.toISOString() ?? null,
    speechOn: live.speechOnAt !== null,
    status: live.status,
    endedAt: live.endedAt?.toISOString() ?? null,
    reviewState: live.reviewState,
    embeddedCall: await hasEmbeddedCall(deps, interview.workspaceId),
  };
}

export function recordingNotice(people: { workspaceName: string; hostName: string }): string {
  return (
    `Parley writes down what is said in this interview as a text transcript (no audio or video is stored), for ${people.hostName} and the hiring team of ${people.workspaceName}. ` +
    'An AI assistant suggests notes from the transcript and your CV; the people on the panel make every decision. ' +
    'Nothing about your emotions, personality or confidence is inferred. Transcription starts only after you accept.'
  );
}

/**
 * What either side sees first: the title, the other party's name, the meeting link and the recording notice. A role
 * link opens it for its own interview; a signed-in host (requireHost) too.
 */
export async function getLobby(deps: InterviewsDeps, participant: Participant | undefined, interviewId: string): Promise<Lobby> {
  let role: 'host' | 'candidate' = 'host';
  if (participant && 'token' in participant) {
    const link = await validLink(deps, participant.token);
    if (!link) throw new AppError('unauthenticated', 'This interview link is not valid any more.');
    if (link.interviewId !== interviewId) throw new AppError('not_found', 'Interview not found.');
    role = link.role;
  } else {
    await requireHost(deps, participant, interviewId);
  }
  const interview = await interviewOf(deps, interviewId);
  const live = await findLiveOf(deps.db, interviewId);
  if (!live) throw new AppError('not_found', 'Interview not found.');
  const people = await findRoomPeople(deps.db, interviewId);
  const hostName = people.leadName ?? people.organiserName ?? 'the interviewer';
  return {
    interviewId,
    role,
    title: live.title,
    otherParty: role === 'candidate' ? hostName : interview.candidateName,
    meetingLink: interview.meetingLink,
    startsAt: interview.scheduledTime.toISOString(),
    durationMinutes: interview.durationMinutes,
    notice: recordingNotice({ workspaceName: people.workspaceName, hostName }),
    consentAt: live.consentAt?.toISOString() ?? null,
    speechOn: live.speechOnAt !== null,
    embeddedCall: await hasEmbeddedCall(deps, interview.workspaceId),
  };
}

/** The candidate accepts the recording notice (their own link only); the host side gets a system note. */
export async function acceptConsent(deps: InterviewsDeps, token: string | undefined): Promise<{ consentAt: string }> {
  const link = token ? await validLink(deps, token) : undefined;
  if (!link) throw new AppError('unauthenticated', 'Open the room with the link from your invitation.');
  if (link.role !== 'candidate') throw new AppError('forbidden', 'Only the candidate accepts the recording notice.');
  const live = await findLiveOf(deps.db, link.interviewId);
  if (!live) throw new AppError('not_found', 'Interview not found.');
  const at = await setConsent(deps.db, live.id, deps.now());
  if (!live.consentAt) await appendNotes(deps.db, live.id, [{ source: 'system', kind: 'note', note: 'The candidate accepted the recording notice: the transcript may start.' }]);
  return { consentAt: at.toISOString() };
}

/** Ticks a question as asked (or not); ticking adds a system note to the stream. */
export async function markQuestion(deps: InterviewsDeps, participant: Participant | undefined, interviewId: string, questionId: string, asked: boolean): Promise<InterviewQuestion[]> {
  const { live } = await requireHost(deps, participant, interviewId);
  let changed: InterviewQuestion | undefined;
  const stored = await updateQuestions(deps.db, interviewId, (questions) =>
    (questions as InterviewQuestion[]).map((question) => {
      if (question.id !== questionId || (question.asked === true) === asked) return question;
      changed = { ...question, asked };
      return changed;
    }),
  );
  if (!stored) throw new AppError('not_found', 'Interview not found.');
  const questions = (stored as InterviewQuestion[]).map((question) => ({ id: question.id, text: question.text, asked: question.asked === true }));
  if (!questions.some((question) => question.id === questionId)) throw new AppError('not_found', 'questionId: no such question in this interview.');
  if (changed?.asked) await appendNotes(deps.db, live.id, [{ source: 'system', kind: 'note', note: `Question asked: ${changed.text}` }]);
  return questions;
}

/**
 * The interviewer's briefing: briefInterviewer over the job and the CV, computed on the first view and kept on the room
 * (decision 032), with the attached questions. Without a job description or a CV it says which is missing.
 */
export async function getBriefing(deps: InterviewsDeps, participant: Participant | undefined, interviewId: string): Promise<Briefing> {
  const { live } = await requireHost(deps, participant, interviewId);
  const interview = await interviewOf(deps, interviewId);
  const questions = questionsOf(interview);
  const missing = [!live.jobDescription && 'a job description', !live.resumeText && 'a CV'].filter(Boolean);
  if (missing.length > 0) return { brief: null, unavailable: `No briefing: the interview has no ${missing.join(' and no ')}.`, questions };
  const cached = interviewerBriefSchema.safeParse(live.briefing);
  if (cached.success) return { brief: cached.data, unavailable: null, questions };
  const { output } = await deps.engine.run(
    briefInterviewerTask,
    { jobDescription: live.jobDescription!, resumeText: live.resumeText!, now: deps.now() },
    { workspaceId: interview.workspaceId, userId: live.ownerId },
  );
  await saveBriefing(deps.db, live.id, output);
  return { brief: output, unavailable: null, questions };
}
