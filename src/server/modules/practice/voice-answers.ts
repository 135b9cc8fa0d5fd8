import { sniffAudioFormat, takeVoiceAnswer, type AudioUpload, type SpeechDeps } from '#server/modules/speech/index.ts';
import type { Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { StorageError, type FileStorage } from '#server/platform/storage/index.ts';
import type { VoiceAnswerDraft } from '#shared/contracts/speech.ts';
import { findCurrentQuestion } from './interview-state.ts';
import { loadOwnedSession } from './load-session.ts';
import type { PracticeDeps } from './practice-deps.ts';
import { speechContextFor } from './speech-context.ts';

export type VoiceDeps = PracticeDeps & { speech: SpeechDeps; storage: FileStorage };

/**
 * Transcribes the caller's spoken answer to the current question and keeps the recording, without submitting it:
 * the candidate corrects the transcript and submits it with the returned audioKey. The session is checked before the
 * upload is read, so another user's session is "not found" whatever was sent.
 */
export async function draftVoiceAnswer(deps: VoiceDeps, caller: Caller, sessionId: string, readUpload: () => Promise<AudioUpload>, signal?: AbortSignal): Promise<VoiceAnswerDraft> {
  const record = await loadOwnedSession(deps, caller, sessionId);
  const current = findCurrentQuestion(record);
  if (!current) throw new AppError('conflict', 'This interview is not waiting for an answer: reload the session.');
  const upload = await readUpload();
  const questionId = upload.fields.questionId;
  if (questionId && questionId !== current.id) {
    throw new AppError('conflict', `That is not the current question: answer "${current.text}" (question ${current.id}) instead.`, { currentQuestionId: current.id });
  }
  const context = await speechContextFor(deps, caller.userId, record, current.text);
  return takeVoiceAnswer(deps, caller, { audio: upload.audio, mimeType: upload.mimeType, context, ...(signal ? { signal } : {}) });
}

/** The recording kept with one of the caller's answers; another user's session, or an answer without one, is not found. */
export async function readAnswerAudio(deps: VoiceDeps, caller: Caller, sessionId: string, answerId: string): Promise<{ audio: Buffer; mimeType: string }> {
  const record = await loadOwnedSession(deps, caller, sessionId);
  const key = record.answers.find((answer) => answer.id === answerId)?.audioStoragePath;
  const audio = key ? await readStored(deps.storage, key) : undefined;
  const format = audio && sniffAudioFormat(audio);
  if (!audio || !format) throw new AppError('not_found', 'This answer has no recording.');
  return { audio, mimeType: format.mimeType };
}

async function readStored(storage: FileStorage, key: string): Promise<Buffer | undefined> {
  try {
    return await storage.get(key);
  } catch (error) {
    if (error instanceof StorageError) return undefined;
    throw error;
  }
}
