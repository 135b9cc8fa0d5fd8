export { startFakeOpenAi } from './fake-openai.ts';
export { startFakeAnthropic } from './fake-anthropic.ts';
export { startFakeDeepgram } from './fake-deepgram.ts';
export { formDataOf, type FakeReply, type FakeServer, type RecordedRequest } from './fake-server.ts';
export { startFakeStreamingSpeech, type FakeStreamingSpeech, type SpokenTurn } from './fake-streaming-speech.ts';
