/* global AudioWorkletProcessor, registerProcessor, sampleRate */
// The room's live speech-to-text (decision 049): the microphone, resampled from the audio context's rate to the rate the
// server asked for, as 16-bit little-endian mono PCM in frames of 100 ms posted to the page. Plain JavaScript served
// from our own origin, since a worklet is a script (the CSP allows 'self', not blob:).
class PcmCapture extends AudioWorkletProcessor {
  constructor(options) {
    super();
    const target = options.processorOptions.targetRate;
    this.step = sampleRate / target;
    this.position = 0;
    this.frame = new Int16Array(Math.round(target / 10));
    this.filled = 0;
  }

  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (!channel) return true;
    while (this.position < channel.length) {
      const index = Math.floor(this.position);
      const left = channel[index];
      const right = index + 1 < channel.length ? channel[index + 1] : left;
      const sample = Math.max(-1, Math.min(1, left + (right - left) * (this.position - index)));
      this.frame[this.filled] = sample < 0 ? sample * 0x8000 : sample * 0x7fff;
      this.filled += 1;
      if (this.filled === this.frame.length) {
        this.port.postMessage(this.frame.buffer.slice(0));
        this.filled = 0;
      }
      this.position += this.step;
    }
    this.position -= channel.length;
    return true;
  }
}

registerProcessor('pcm-capture', PcmCapture);
