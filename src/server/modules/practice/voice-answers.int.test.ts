import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PracticeSessionState } from '#shared/contracts/practice.ts';
import { createStorage } from '#server/platform/storage/index.ts';
import { knownAudioFixtures, readAudioFixture, spokenAnswer } from '#tests/support/audio-fixtures.ts';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { startFakeOpenAi, type FakeServer } from '#tests/support/fake-llm/index.ts';
import { startPractice } from '#tests/support/practice-http.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

async function postVoiceAnswer(t: TestApp, caller: Caller, sessionId: string, audio: Buffer, questionId?: string) {
  const form = new FormData();
  if (questionId) form.append('questionId', questionId);
  form.append('audio', new Blob([new Uint8Array(audio)], { type: 'audio/webm;codecs=opus' }), 'answer.webm');
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return t.app.inject({
    method: 'POST',
    url: `/api/practice/sessions/${sessionId}/answers/audio`,
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { 'content-type': request.headers.get('content-type')!, origin: t.config.publicUrl, cookie: caller.cookie },
  });
}

describe('spoken answers in a practice interview', () => {
  let openai: FakeServer;
  let t: TestApp;
  beforeAll(async () => {
    openai = await startFakeOpenAi({ apiKey: 'sk-server-key-1234', recordings: knownAudioFixtures() });
    t = await createTestApp({ OPENAI_API_KEY: 'sk-server-key-1234', STT_BASE_URL: openai.baseUrl });
  });
  afterAll(() => Promise.all([t.close(), openai.close()]));

  it('transcribes and keeps the recording without answering; the corrected answer keeps it, for its owner only', async () => {
    const candidate = await signUp(t);
    const state: PracticeSessionState = await startPractice(t, candidate, { mode: 'voice' });
    const question = state.currentQuestion!;
    const audio = readAudioFixture('answer.webm');

    const draft = await postVoiceAnswer(t, candidate, state.id, audio, question.id);
    expect(draft.statusCode, draft.body).toBe(200);
    const sha256 = createHash('sha256').update(audio).digest('hex');
    expect(draft.json()).toEqual({ transcript: spokenAnswer.text, durationMs: Math.round(spokenAnswer.seconds * 1000), audioKey: sha256, provider: 'openai', roughDraft: false });
    expect((await createStorage(t.config.storage).get(sha256)).equals(audio)).toBe(true);
    const unchanged = await call(t, 'GET', `/api/practice/sessions/${state.id}`, { cookie: candidate.cookie });
    expect(unchanged.json<PracticeSessionState>()).toMatchObject({ answeredCount: 0, currentQuestion: { id: question.id } });

    const corrected = `${spokenAnswer.text} Settlement now finishes before noon.`;
    const submitted = await call(t, 'POST', `/api/practice/sessions/${state.id}/answers`, {
      cookie: candidate.cookie,
      payload: { questionId: question.id, text: corrected, durationMs: draft.json().durationMs, audioKey: draft.json().audioKey },
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const [answer] = await t.database.db.query.practiceAnswers.findMany({ where: (table, { eq }) => eq(table.sessionId, state.id) });
    expect(answer).toMatchObject({ transcript: corrected, transcriptSource: 'stt', audioStoragePath: sha256, audioDurationMs: 4986 });

    const playback = await call(t, 'GET', `/api/practice/sessions/${state.id}/answers/${answer!.id}/audio`, { cookie: candidate.cookie });
    expect(playback.statusCode).toBe(200);
    expect(playback.headers['content-type']).toBe('audio/webm');
    expect(playback.rawPayload.equals(audio)).toBe(true);

    const stranger = await signUp(t);
    expect((await call(t, 'GET', `/api/practice/sessions/${state.id}/answers/${answer!.id}/audio`, { cookie: stranger.cookie })).statusCode).toBe(404);
    expect((await postVoiceAnswer(t, stranger, state.id, audio)).statusCode).toBe(404);
  });

  it('refuses a recording for a question that is not the current one, and says when there is no recording', async () => {
    const candidate = await signUp(t);
    const state = await startPractice(t, candidate, { mode: 'voice' });
    const stale = await postVoiceAnswer(t, candidate, state.id, readAudioFixture('answer.wav'), '00000000-0000-4000-8000-000000000000');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'conflict', currentQuestionId: state.currentQuestion!.id });
    const unknownKey = await call(t, 'POST', `/api/practice/sessions/${state.id}/answers`, {
      cookie: candidate.cookie,
      payload: { questionId: state.currentQuestion!.id, text: 'I typed this answer about fixing our billing jobs.', audioKey: 'f'.repeat(64) },
    });
    expect(unknownKey.statusCode).toBe(200);
    const [answer] = await t.database.db.query.practiceAnswers.findMany({ where: (table, { eq }) => eq(table.sessionId, state.id) });
    const playback = await call(t, 'GET', `/api/practice/sessions/${state.id}/answers/${answer!.id}/audio`, { cookie: candidate.cookie });
    expect([playback.statusCode, playback.json().error.message]).toEqual([404, 'This answer has no recording.']);
    const badKey = await call(t, 'POST', `/api/practice/sessions/${state.id}/answers`, { cookie: candidate.cookie, payload: { questionId: state.currentQuestion!.id, text: 'x', audioKey: '../secret' } });
    expect(badKey.statusCode).toBe(400);
  });
});
