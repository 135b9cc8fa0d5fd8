import type { Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import type { OfflineSpeechPreference, SpeechAvailability, SpeechProvider, Transcription } from '#shared/contracts/speech.ts';
import { acceptedAudioDescription, sniffAudioFormat, type AudioFormat } from './audio-format.ts';
import { transcribeWithDeepgram } from './deepgram-transcriber.ts';
import { describeSize } from './describe-size.ts';
import { installLine, missingOfflinePackages, type OfflinePackage } from './offline/offline-engine.ts';
import { ChildProcessFailure } from './offline/run-bounded.ts';
import { transcribeOffline } from './offline/offline-transcriber.ts';
import { transcribeWithOpenAi } from './openai-transcriber.ts';
import type { SpeechCredentials } from './speech-credentials.ts';
import type { SpeechCaller, SpeechDeps } from './speech-deps.ts';
import type { ProviderTranscript, TranscriptionCall } from './transcription-call.ts';
import { wavDurationMs } from './wav-duration.ts';

/** A recording to transcribe. */
export type Recording = {
  audio: Buffer;
  /** What the client declared; only quoted when the bytes turn out not to be audio (the bytes decide the format). */
  mimeType?: string;
  /** Aborts when the client goes away: a queued offline job is dropped, a running one killed. */
  signal?: AbortSignal;
  /** Names the answer is likely to contain; the offline rough draft spells them right where it heard something close. */
  context?: readonly string[];
};

const noSpeechKeyReason = 'No speech-to-text key: add an OpenAI or Deepgram key in Settings → Keys.';
const offlineOffer = ' Or switch on the offline rough draft (no key; you correct what it hears).';
/** The offline engine's name in transcripts: Debian's pocketsphinx with its US English model. */
export const offlineModel = 'pocketsphinx-en-us';
/** Audio past this is not transcribed offline: with STT_MAX_BYTES it bounds one job's time and memory. */
const offlineMaxSeconds = 15 * 60;
/** How many offline jobs may wait for a free slot before the next is refused as busy. */
export const offlineMaxWaiting = 8;

function missingPackagesReason(missing: readonly OfflinePackage[]): string {
  const plural = missing.length > 1 ? 's' : '';
  return `The offline rough draft needs the Debian package${plural} ${missing.join(', ')}: ask the administrator to run \`${installLine(missing)}\`, or add an OpenAI or Deepgram key in Settings → Keys.`;
}

/** Which way this caller's recordings are transcribed: a key (theirs first), the offline rough draft, or not at all. */
type SpeechRoute = { offlineEnabled: boolean; missing: OfflinePackage[] } & ({ kind: 'keyed'; credentials: SpeechCredentials } | { kind: 'offline' } | { kind: 'none' });

/**
 * The route for one caller. The offline programs are probed unless a key already decides a transcription (`probe:
 * 'unless-keyed'`): availability always reports what is missing, a keyed transcription spawns nothing.
 */
async function routeFor(deps: SpeechDeps, caller: SpeechCaller, probe: 'always' | 'unless-keyed'): Promise<SpeechRoute> {
  const { userId } = caller;
  const serverDefault = deps.config.speech.provider === 'offline';
  const [credentials, optedIn] = await Promise.all([deps.resolveCredentials(userId, caller.workspaceId), serverDefault ? Promise.resolve(true) : deps.offline.isOptedIn(userId)]);
  if (credentials && probe === 'unless-keyed') return { kind: 'keyed', credentials, offlineEnabled: optedIn, missing: [] };
  const missing = await missingOfflinePackages(deps.offline.commands);
  if (credentials) return { kind: 'keyed', credentials, offlineEnabled: optedIn, missing };
  if (optedIn && missing.length === 0) return { kind: 'offline', offlineEnabled: true, missing };
  return { kind: 'none', offlineEnabled: optedIn, missing };
}

function unavailableReason(route: { offlineEnabled: boolean; missing: OfflinePackage[] }): string {
  if (route.offlineEnabled) return missingPackagesReason(route.missing);
  return route.missing.length === 0 ? noSpeechKeyReason + offlineOffer : noSpeechKeyReason;
}

const transcribers: Readonly<Record<SpeechProvider, (call: TranscriptionCall) => Promise<ProviderTranscript>>> = {
  openai: transcribeWithOpenAi,
  deepgram: transcribeWithDeepgram,
};

/** Fewer bytes than this cannot hold a header and one frame of sound in any accepted format. */
const minRecordingBytes = 100;

/** The recording's format, or a 400/413/415/422 naming what is wrong with it. */
function checkRecording(audio: Buffer, maxBytes: number, declaredType?: string): AudioFormat {
  if (audio.length === 0) throw new AppError('bad_request', 'The recording is empty: record an answer and send it again.');
  if (audio.length > maxBytes) {
    throw new AppError('payload_too_large', `The recording is ${describeSize(audio.length)}; speech-to-text takes at most ${describeSize(maxBytes)}. Record a shorter answer.`);
  }
  const format = sniffAudioFormat(audio);
  if (!format) {
    const declared = declaredType ? ` (sent as ${declaredType})` : '';
    throw new AppError('unsupported_media_type', `The file${declared} is not audio Parley can transcribe: send ${acceptedAudioDescription}.`);
  }
  if (audio.length < minRecordingBytes || (format.kind === 'wav' && !wavDurationMs(audio))) {
    throw new AppError('unprocessable', `The recording holds no sound (a ${format.kind.toUpperCase()} header without audio after it): record the answer again.`);
  }
  return format;
}

/**
 * Whether the caller can dictate answers: their own OpenAI or Deepgram key, else the server's, else the offline rough
 * draft when they switched it on (or STT_PROVIDER=offline) and its packages are installed; if not, why.
 */
export async function checkSpeechAvailability(deps: SpeechDeps, caller: SpeechCaller): Promise<SpeechAvailability> {
  const route = await routeFor(deps, caller, 'always');
  const offline = { enabled: route.offlineEnabled, serverDefault: deps.config.speech.provider === 'offline', missingPackages: route.missing };
  if (route.kind === 'keyed') return { available: true, provider: route.credentials.provider, offline };
  if (route.kind === 'offline') return { available: true, provider: 'offline', offline };
  return { available: false, reason: unavailableReason(route), offline };
}

/** Switches the caller's offline rough draft on or off; answers with what voice mode can do now. */
export async function setOfflineSpeech(deps: SpeechDeps, caller: Caller, preference: OfflineSpeechPreference): Promise<SpeechAvailability> {
  await deps.offline.setOptedIn(caller.userId, preference.enabled);
  return checkSpeechAvailability(deps, caller);
}

/** The offline rough draft of one recording, queued behind the jobs already running, each program killed past its time. */
async function transcribeRecordingOffline(deps: SpeechDeps, recording: Recording): Promise<Transcription> {
  const { timeoutMs } = deps.config.speech;
  const signal = recording.signal;
  try {
    const transcript = await deps.offline.queue.run(
      () =>
        transcribeOffline(recording.audio, {
          commands: deps.offline.commands,
          timeoutMs,
          maxSeconds: offlineMaxSeconds,
          context: recording.context ?? [],
          ...(signal ? { signal } : {}),
        }),
      signal,
    );
    return { text: transcript.text, durationMs: transcript.durationMs, provider: 'offline', model: offlineModel, roughDraft: true, words: transcript.words };
  } catch (error) {
    if (!(error instanceof ChildProcessFailure)) throw error;
    if (error.reason === 'cancelled') throw new AppError('bad_request', 'The recording was cancelled before it was transcribed.');
    if (error.reason === 'timeout') throw new AppError('unavailable', `Offline speech-to-text took longer than ${Math.round(timeoutMs / 100) / 10} s and was stopped: record a shorter answer or try again.`);
    // ffmpeg refusing the bytes means the recording is unreadable; pocketsphinx failing is a fault of the server (500).
    if (error.command === deps.offline.commands.ffmpeg) throw new AppError('unsupported_media_type', 'Offline speech-to-text could not read this recording: record the answer again.');
    throw error;
  }
}

/**
 * The transcript of one recording; the duration is the provider's, else the WAV header's, else null. `caller` is whose
 * key and offline opt-in decide the route (a live room transcribes as its owner, decision 041).
 */
export async function transcribeRecording(deps: SpeechDeps, caller: SpeechCaller, recording: Recording): Promise<Transcription> {
  const { speech } = deps.config;
  const format = checkRecording(recording.audio, speech.maxBytes, recording.mimeType);
  const route = await routeFor(deps, caller, 'unless-keyed');
  if (route.kind === 'offline') return transcribeRecordingOffline(deps, recording);
  if (route.kind === 'none') throw new AppError('conflict', unavailableReason(route));
  const { credentials } = route;
  const call = { audio: recording.audio, format, credentials, timeoutMs: speech.timeoutMs, fetch: credentials.source === 'server' ? deps.fetch : (deps.guardedFetch ?? deps.fetch) };
  const transcript = await transcribers[credentials.provider](call);
  const durationMs = transcript.durationMs ?? (format.kind === 'wav' ? wavDurationMs(recording.audio) : undefined) ?? null;
  return { text: transcript.text, durationMs, provider: credentials.provider, model: credentials.model, roughDraft: false };
}
