export type Recording = { blob: Blob; durationMs: number };
export type RecordingFrame = { level: number; elapsedMs: number };
export type ActiveRecording = { stop(): Promise<Recording>; cancel(): void };

const preferredTypes = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'];
const frameMs = 100;

/**
 * Records the microphone with MediaRecorder and reports, every 100 ms, the input level (0–1, the peak of the
 * waveform) and the time so far, so the candidate sees that they are heard.
 */
export async function startRecording(onFrame: (frame: RecordingFrame) => void): Promise<ActiveRecording> {
  if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices?.getUserMedia) {
    throw new Error('This browser cannot record audio: type your answer instead.');
  }
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  const mimeType = preferredTypes.find((type) => MediaRecorder.isTypeSupported(type));
  const recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
  const chunks: Blob[] = [];
  recorder.addEventListener('dataavailable', (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  });

  const audio = new AudioContext();
  const analyser = audio.createAnalyser();
  analyser.fftSize = 512;
  audio.createMediaStreamSource(stream).connect(analyser);
  const samples = new Uint8Array(analyser.fftSize);
  const startedAt = performance.now();
  const timer = window.setInterval(() => {
    analyser.getByteTimeDomainData(samples);
    let peak = 0;
    for (const sample of samples) peak = Math.max(peak, Math.abs(sample - 128));
    onFrame({ level: peak / 128, elapsedMs: performance.now() - startedAt });
  }, frameMs);
  recorder.start(250);

  const release = () => {
    window.clearInterval(timer);
    for (const track of stream.getTracks()) track.stop();
    void audio.close();
  };
  return {
    stop: () =>
      new Promise<Recording>((resolve) => {
        recorder.addEventListener(
          'stop',
          () => {
            release();
            resolve({ blob: new Blob(chunks, { type: recorder.mimeType || 'audio/webm' }), durationMs: Math.round(performance.now() - startedAt) });
          },
          { once: true },
        );
        recorder.stop();
      }),
    cancel: () => {
      if (recorder.state !== 'inactive') recorder.stop();
      release();
    },
  };
}
