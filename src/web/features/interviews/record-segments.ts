/** A few seconds of microphone, as its own playable file, with when it began (wall clock ms) and how long it lasts. */
export type MicrophoneSegment = { blob: Blob; startedAt: number; durationMs: number };
export type SegmentedRecording = { stop(): void };

const preferredTypes = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'];
/** A segment is cut at the first pause after 8 s, and at 15 s at the latest (decision 041). */
export const segmentLimits = { minMs: 8_000, maxMs: 15_000, pauseMs: 500, frameMs: 100 };
/** The waveform's peak (0–1) under which a frame counts as silence. */
const silenceLevel = 0.04;

/**
 * Records the microphone in short segments: one MediaRecorder per segment, so every segment is a complete file the
 * server can read alone. A segment in which the level never rose above silence is dropped, not sent.
 */
export async function startSegmentedRecording(onSegment: (segment: MicrophoneSegment) => void): Promise<SegmentedRecording> {
  if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices?.getUserMedia) {
    throw new Error('This browser cannot record audio: the host can type the transcript instead.');
  }
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  const mimeType = preferredTypes.find((type) => MediaRecorder.isTypeSupported(type));
  const audio = new AudioContext();
  const analyser = audio.createAnalyser();
  analyser.fftSize = 512;
  audio.createMediaStreamSource(stream).connect(analyser);
  const samples = new Uint8Array(analyser.fftSize);
  let running = true;
  let current: { recorder: MediaRecorder; startedAt: number; quietMs: number; heard: boolean } | undefined;

  const next = () => {
    if (!running) return;
    const recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
    const chunks: Blob[] = [];
    const segment = { recorder, startedAt: Date.now(), quietMs: 0, heard: false };
    recorder.addEventListener('dataavailable', (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    });
    recorder.addEventListener('stop', () => {
      if (segment.heard && chunks.length > 0) onSegment({ blob: new Blob(chunks, { type: recorder.mimeType || 'audio/webm' }), startedAt: segment.startedAt, durationMs: Date.now() - segment.startedAt });
      next();
    });
    recorder.start();
    current = segment;
  };

  const timer = window.setInterval(() => {
    if (!current || current.recorder.state !== 'recording') return;
    analyser.getByteTimeDomainData(samples);
    let peak = 0;
    for (const sample of samples) peak = Math.max(peak, Math.abs(sample - 128));
    const silent = peak / 128 < silenceLevel;
    current.heard ||= !silent;
    current.quietMs = silent ? current.quietMs + segmentLimits.frameMs : 0;
    const elapsed = Date.now() - current.startedAt;
    if (elapsed >= segmentLimits.maxMs || (elapsed >= segmentLimits.minMs && current.quietMs >= segmentLimits.pauseMs)) current.recorder.stop();
  }, segmentLimits.frameMs);
  next();

  return {
    stop: () => {
      running = false;
      window.clearInterval(timer);
      if (current?.recorder.state === 'recording') current.recorder.stop();
      for (const track of stream.getTracks()) track.stop();
      void audio.close();
    },
  };
}
