export { startFakeOpenAi } from './fake-openai.ts';
export { startFakeAnthropic } from './fake-anthropic.ts';
export { startFakeDeepgram } from './fake-deepgram.ts';
export type { FakeReply, FakeServer, RecordedRequest } from './fake-server.ts';
