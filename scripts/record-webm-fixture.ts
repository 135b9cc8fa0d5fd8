/**
 * Plays a WAV file into Chromium's MediaRecorder and writes what it records: a WebM/Opus file exactly like the one the
 * web app uploads from a microphone (Chrome writes no duration into a live recording's header).
 * Run: npx tsx scripts/record-webm-fixture.ts IN.wav OUT.webm (needs Chromium at /usr/bin/chromium or CHROMIUM_PATH).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error('usage: record-webm-fixture.ts IN.wav OUT.webm');
  const wav = (await readFile(input)).toString('base64');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--autoplay-policy=no-user-gesture-required'],
  });
  try {
    const page = await browser.newPage();
    const webm = await page.evaluate(async (wavBase64: string) => {
      const bytes = Uint8Array.from(atob(wavBase64), (char) => char.charCodeAt(0));
      const context = new AudioContext({ sampleRate: 48_000 });
      const buffer = await context.decodeAudioData(bytes.buffer);
      const source = context.createBufferSource();
      source.buffer = buffer;
      const destination = context.createMediaStreamDestination();
      source.connect(destination);
      const recorder = new MediaRecorder(destination.stream, { mimeType: 'audio/webm;codecs=opus' });
      const chunks: Blob[] = [];
      recorder.ondataavailable = (event) => chunks.push(event.data);
      const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
      recorder.start();
      source.onended = () => recorder.stop();
      source.start();
      await stopped;
      const recorded = new Uint8Array(await new Blob(chunks).arrayBuffer());
      let binary = '';
      for (const byte of recorded) binary += String.fromCharCode(byte);
      return btoa(binary);
    }, wav);
    await writeFile(output, Buffer.from(webm, 'base64'));
  } finally {
    await browser.close();
  }
}

await main();
