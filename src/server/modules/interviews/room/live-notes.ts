import { noteLiveTask } from '#server/ai/index.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { questionsOf } from '#server/modules/interviews/scheduling/interview-views.ts';
import { findInterview } from '#server/modules/interviews/scheduling/scheduling.repo.ts';
import { appendNotes, findNotesAfter, findTranscript, type LiveRow } from './room.repo.ts';

/** Fewer words than this from the candidate: the copilot says nothing rather than guess. */
export const minimumCandidateWords = 25;
export const notEnoughToGoOn = 'Not enough to go on yet: the copilot waits for more of the candidate’s answers before it notes anything.';

function wordsOf(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

const minorWords = new Set(['the', 'and', 'for', 'was', 'our', 'you', 'are', 'has', 'had', 'but', 'not', 'all', 'can', 'who', 'its', 'his', 'her', 'that', 'this', 'with', 'from', 'have', 'were', 'they', 'them', 'then', 'than', 'into', 'been', 'also', 'some', 'more', 'most', 'very', 'about', 'their', 'there', 'which', 'would', 'could', 'when', 'what', 'where', 'your', 'over', 'just']);

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}+#.]{3,}/gu) ?? []).map((word) => word.replace(/\.+$/, '')).filter((word) => word.length >= 3 && !minorWords.has(word));
}

/**
 * The CV line a claim is checked against: the line sharing the most content words with the quote (at least two, or
 * one number), verbatim. Undefined when the CV says nothing about it.
 */
export function cvLineFor(quote: string, resumeText: string | null): string | undefined {
  if (!resumeText) return undefined;
  const said = new Set(contentWords(quote));
  let best: { line: string; score: number } | undefined;
  for (const raw of resumeText.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.length < 3) continue;
    const shared = [...new Set(contentWords(line))].filter((word) => said.has(word));
    const score = shared.length + shared.filter((word) => /\d/.test(word)).length;
    if (score >= 2 && (!best || score > best.score)) best = { line, score };
  }
  return best?.line;
}

/** Whether a quote is found word for word in one of the sources. */
export function isVerbatimIn(quote: string | undefined, sources: readonly string[]): boolean {
  const wanted = quote?.trim();
  return wanted !== undefined && wanted.length > 0 && sources.some((source) => source.includes(wanted));
}

/**
 * After a candidate segment: lets `noteLive` read the latest candidate speech and stores its notes. Every AI note must
 * rest on a quote found verbatim in the transcript or the CV; one that does not is dropped (and logged), so the copilot
 * cannot put invented words in the candidate's mouth. Follow-up questions need no quote. A claim to verify gets the CV
 * line it is checked against, when the CV has one. Until the candidate has said enough, the only note is, once,
 * "not enough to go on".
 */
export async function noteCandidateSpeech(deps: InterviewsDeps, live: LiveRow, chunk: string): Promise<void> {
  const transcript = await findTranscript(deps.db, live.id);
  const spoken = transcript.filter((segment) => segment.speaker === 'candidate').map((segment) => segment.text);
  const previous = await findNotesAfter(deps.db, live.id, 0, 500);
  if (wordsOf(spoken.join(' ')) < minimumCandidateWords) {
    if (!previous.some((note) => note.source === 'system' && note.note === notEnoughToGoOn)) {
      await appendNotes(deps.db, live.id, [{ source: 'system', kind: 'note', note: notEnoughToGoOn }]);
    }
    return;
  }
  const interview = live.scheduledInterviewId ? await findInterview(deps.db, live.scheduledInterviewId) : undefined;
  const openQuestions = interview ? questionsOf(interview).filter((question) => !question.asked).map((question) => question.text) : [];
  const { output, meta } = await deps.engine.run(
    noteLiveTask,
    {
      chunk,
      context: {
        ...(live.jobDescription ? { jobDescription: live.jobDescription } : {}),
        previousNotes: previous.filter((note) => note.source === 'ai').map((note) => note.note),
        openQuestions,
      },
    },
    { ...(interview ? { workspaceId: interview.workspaceId } : {}), userId: live.ownerId },
  );
  const sources = [transcript.map((segment) => segment.text).join('\n'), live.resumeText ?? ''];
  const grounded = output.notes.filter((note) => {
    if (note.kind === 'follow_up' && !note.quote) return true;
    const found = isVerbatimIn(note.quote, sources);
    if (!found) deps.log.info({ liveInterviewId: live.id, kind: note.kind }, 'AI note dropped: its quote is not in the transcript or the CV');
    return found;
  });
  await appendNotes(
    deps.db,
    live.id,
    grounded.map((note) => ({
      source: 'ai' as const,
      kind: note.kind,
      note: note.text,
      quote: note.quote ?? null,
      cvQuote: note.kind === 'claim' && note.quote ? (cvLineFor(note.quote, live.resumeText) ?? null) : null,
      model: meta.model ?? meta.engine,
    })),
  );
}
