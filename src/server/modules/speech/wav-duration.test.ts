import { describe, expect, it } from 'vitest';
import { readAudioFixture, spokenAnswer } from '#tests/support/audio-fixtures.ts';
import { wavDurationMs } from './wav-duration.ts';

/** A PCM WAV header (16-bit mono) with `extra` chunks before `data`, and `dataSize` as written in the header. */
function wav(options: { sampleRate: number; samples: number; dataSize?: number; extra?: Buffer }): Buffer {
  const data = Buffer.alloc(options.samples * 2);
  const fmt = Buffer.alloc(24);
  fmt.write('fmt ', 0, 'latin1');
  fmt.writeUInt32LE(16, 4);
  fmt.writeUInt16LE(1, 8);
  fmt.writeUInt16LE(1, 10);
  fmt.writeUInt32LE(options.sampleRate, 12);
  fmt.writeUInt32LE(options.sampleRate * 2, 16);
  fmt.writeUInt16LE(2, 20);
  fmt.writeUInt16LE(16, 22);
  const dataHeader = Buffer.alloc(8);
  dataHeader.write('data', 0, 'latin1');
  dataHeader.writeUInt32LE(options.dataSize ?? data.length, 4);
  const body = Buffer.concat([Buffer.from('WAVE'), fmt, options.extra ?? Buffer.alloc(0), dataHeader, data]);
  const riff = Buffer.alloc(8);
  riff.write('RIFF', 0, 'latin1');
  riff.writeUInt32LE(body.length, 4);
  return Buffer.concat([riff, body]);
}

describe('wavDurationMs', () => {
  it('reads the committed espeak-ng recording as long as sox measured it', () => {
    expect(wavDurationMs(readAudioFixture('answer.wav'))).toBe(Math.round(spokenAnswer.seconds * 1000));
  });

  it('divides the data size by the byte rate', () => {
    expect(wavDurationMs(wav({ sampleRate: 8000, samples: 12_000 }))).toBe(1500);
  });

  it('skips chunks before the data, including an odd-sized one and its pad byte', () => {
    const list = Buffer.concat([Buffer.from('LIST'), Buffer.from([5, 0, 0, 0]), Buffer.from('INFOx'), Buffer.from([0])]);
    expect(wavDurationMs(wav({ sampleRate: 16_000, samples: 8000, extra: list }))).toBe(500);
  });

  it('counts the bytes present when a streamed header left the size unset', () => {
    expect(wavDurationMs(wav({ sampleRate: 16_000, samples: 16_000, dataSize: 0xffffffff }))).toBe(1000);
    expect(wavDurationMs(wav({ sampleRate: 16_000, samples: 4000, dataSize: 0 }))).toBe(250);
  });

  it('gives up on anything that is not a readable WAV', () => {
    expect(wavDurationMs(readAudioFixture('answer.ogg'))).toBeUndefined();
    expect(wavDurationMs(Buffer.from('RIFF....WAVE'))).toBeUndefined();
    expect(wavDurationMs(Buffer.alloc(0))).toBeUndefined();
  });
});
