import { roomStreamServerMessageSchema, type TranscriptSegment } from '#shared/contracts/room-speech.ts';

/** What the live stream tells the page: words still changing, a stored line, and why it stopped. */
export type LiveStreamHandlers = {
  onInterim: (text: string) => void;
  onSegment: (segment: TranscriptSegment) => void;
  /** The stream ended on its own: the provider failed, the link was revoked, the room closed. */
  onStopped: (reason: string | null) => void;
};

export type LiveStream = { stop(): void };
/** Either the microphone is streaming, or live speech is not offered here (no key can stream) and segments serve. */
export type LiveStreamStart = { kind: 'streaming'; stream: LiveStream } | { kind: 'unavailable'; reason: string };

/** How long the server may take to say whether it can stream (its `ready` or `unavailable`). */
const startTimeoutMs = 8_000;

function socketUrl(interviewId: string): string {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${window.location.host}/api/interviews/${encodeURIComponent(interviewId)}/transcript/stream`;
}

/**
 * Live speech-to-text (decision 049): a WebSocket to our own server (the room cookie or the session rides along; the
 * server knows the speaker), then the microphone as 16-bit PCM at the rate its `ready` message names, captured by an
 * AudioWorklet. A socket refused or closed before `ready` counts as unavailable: the page falls back to segments.
 */
export function startStreamingMicrophone(interviewId: string, handlers: LiveStreamHandlers): Promise<LiveStreamStart> {
  const socket = new WebSocket(socketUrl(interviewId));
  socket.binaryType = 'arraybuffer';
  let capture: { stop(): void } | undefined;
  let settled = false;
  let stopping = false;

  return new Promise<LiveStreamStart>((resolve, reject) => {
    // A server that neither answers nor closes (a proxy that swallows the upgrade, say) must not leave the switch
    // spinning: after a few seconds the page falls back to recorded segments.
    const giveUp = window.setTimeout(() => {
      if (settled) return;
      settled = true;
      socket.close();
      resolve({ kind: 'unavailable', reason: 'Live speech-to-text did not answer in time.' });
    }, startTimeoutMs);
    socket.addEventListener('message', () => window.clearTimeout(giveUp), { once: true });
    socket.addEventListener('close', () => window.clearTimeout(giveUp), { once: true });
    const stop = () => {
      if (stopping) return;
      stopping = true;
      capture?.stop();
      if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: 'stop' }));
    };
    socket.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (typeof event.data !== 'string') return;
      const parsed = roomStreamServerMessageSchema.safeParse(JSON.parse(event.data));
      if (!parsed.success) return;
      const message = parsed.data;
      switch (message.type) {
        case 'ready':
          openCapture(message.sampleRate, (frame) => {
            if (socket.readyState === WebSocket.OPEN && !stopping) socket.send(frame);
          }).then(
            (opened) => {
              if (socket.readyState !== WebSocket.OPEN) return opened.stop();
              capture = opened;
              settled = true;
              resolve({ kind: 'streaming', stream: { stop } });
            },
            (error: unknown) => {
              settled = true;
              socket.close();
              reject(error instanceof Error ? error : new Error('The microphone could not be opened.'));
            },
          );
          return;
        case 'unavailable':
          settled = true;
          resolve({ kind: 'unavailable', reason: message.reason });
          return;
        case 'interim':
          handlers.onInterim(message.text);
          return;
        case 'segment':
          handlers.onSegment(message.segment);
          return;
        case 'error':
        case 'closed': {
          const reason = message.type === 'error' ? message.message : message.reason;
          stopping = true;
          capture?.stop();
          if (settled) handlers.onStopped(reason);
          else {
            settled = true;
            reject(new Error(reason));
          }
          return;
        }
      }
    });
    socket.addEventListener('close', () => {
      capture?.stop();
      if (!settled) {
        settled = true;
        resolve({ kind: 'unavailable', reason: 'Live speech-to-text could not start here.' });
      } else if (!stopping) handlers.onStopped(null);
    });
  });
}

/** The microphone through the PCM worklet at `sampleRate`; each 100 ms frame goes to `send`. */
async function openCapture(sampleRate: number, send: (frame: ArrayBuffer) => void): Promise<{ stop(): void }> {
  if (!navigator.mediaDevices?.getUserMedia || typeof AudioWorkletNode === 'undefined') {
    throw new Error('This browser cannot stream audio: the host can type the transcript instead.');
  }
  const media = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true } });
  const audio = new AudioContext();
  try {
    await audio.audioWorklet.addModule('/pcm-capture-worklet.js');
  } catch (error) {
    for (const track of media.getTracks()) track.stop();
    void audio.close();
    throw error;
  }
  const node = new AudioWorkletNode(audio, 'pcm-capture', { processorOptions: { targetRate: sampleRate }, numberOfInputs: 1, numberOfOutputs: 1, channelCount: 1, channelCountMode: 'explicit' });
  node.port.onmessage = (event: MessageEvent<ArrayBuffer>) => send(event.data);
  // The worklet is pulled through a silent gain, so nothing of the microphone is played back.
  const mute = audio.createGain();
  mute.gain.value = 0;
  audio.createMediaStreamSource(media).connect(node).connect(mute).connect(audio.destination);
  return {
    stop: () => {
      node.port.onmessage = null;
      for (const track of media.getTracks()) track.stop();
      void audio.close();
    },
  };
}
