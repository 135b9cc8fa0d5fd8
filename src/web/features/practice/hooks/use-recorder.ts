import { useEffect, useRef, useState } from 'react';
import { startRecording, type ActiveRecording, type Recording, type RecordingFrame } from '#web/features/practice/record-audio.ts';

export type RecorderStatus = 'idle' | 'starting' | 'recording';

const silence: RecordingFrame = { level: 0, elapsedMs: 0 };

/** Start/stop recording the microphone, with the live input level and elapsed time; stops the microphone on unmount. */
export function useRecorder() {
  const active = useRef<ActiveRecording | null>(null);
  const [status, setStatus] = useState<RecorderStatus>('idle');
  const [frame, setFrame] = useState<RecordingFrame>(silence);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => () => active.current?.cancel(), []);

  const start = async () => {
    setError(null);
    setFrame(silence);
    setStatus('starting');
    try {
      active.current = await startRecording(setFrame);
      setStatus('recording');
    } catch (cause) {
      setStatus('idle');
      setError(describeMicrophoneError(cause));
    }
  };

  const stop = async (): Promise<Recording | null> => {
    const recording = active.current;
    active.current = null;
    setStatus('idle');
    return recording ? recording.stop() : null;
  };

  return { status, level: frame.level, elapsedMs: frame.elapsedMs, error, start, stop };
}

function describeMicrophoneError(cause: unknown): string {
  if (cause instanceof DOMException && cause.name === 'NotAllowedError') return 'Microphone access was refused: allow it in the browser, or type your answer.';
  if (cause instanceof DOMException && cause.name === 'NotFoundError') return 'No microphone was found: connect one, or type your answer.';
  return cause instanceof Error ? cause.message : 'The microphone could not be started.';
}
