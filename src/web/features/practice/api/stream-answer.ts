import { practiceSessionStateSchema, streamDeltaEventSchema, streamErrorEventSchema, type PracticeSessionState, type SubmitAnswerBody } from '#shared/contracts/practice.ts';
import type { ApiClient } from '#web/app/api-client.ts';
import { getPracticeSession, sessionPath, submitAnswer } from './practice-api.ts';
import { readEventStream } from './read-event-stream.ts';

/**
 * Submits an answer through the streaming route, handing each piece of the interviewer's reply to `onDelta` as it
 * arrives. If the stream cannot be used or breaks, the session is read again: when it still waits on this question the
 * answer goes through the plain route (which also reports a 4xx in the server's words); otherwise the answer was
 * saved and the state read is the result.
 */
export async function streamAnswer(
  client: ApiClient,
  sessionId: string,
  body: SubmitAnswerBody,
  onDelta: (text: string) => void,
): Promise<PracticeSessionState> {
  try {
    return await readAnswerStream(sessionId, body, onDelta);
  } catch {
    const current = await getPracticeSession(client, sessionId);
    return current.currentQuestion?.id === body.questionId ? submitAnswer(client, sessionId, body) : current;
  }
}

async function readAnswerStream(sessionId: string, body: SubmitAnswerBody, onDelta: (text: string) => void): Promise<PracticeSessionState> {
  const response = await fetch(`${sessionPath(sessionId)}/answers/stream`, {
    method: 'POST',
    credentials: 'include',
    headers: { accept: 'text/event-stream', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok || !response.body) throw new Error(`The answer stream answered ${response.status}.`);
  for await (const event of readEventStream(response.body)) {
    const data: unknown = JSON.parse(event.data);
    if (event.event === 'delta') onDelta(streamDeltaEventSchema.parse(data).text);
    else if (event.event === 'state') return practiceSessionStateSchema.parse(data);
    else if (event.event === 'error') throw new Error(streamErrorEventSchema.parse(data).message);
  }
  throw new Error('The answer stream ended before the interviewer replied.');
}
