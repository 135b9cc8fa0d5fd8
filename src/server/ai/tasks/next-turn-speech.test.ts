import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic, type FakeServer } from '#tests/support/fake-llm/index.ts';
import { createTestEngine, fakeCredentials } from '#tests/support/fake-llm/test-engine.ts';
import { generateQuestionsTask } from './generate-questions.ts';
import { planNextTurnSpeech } from './next-turn-speech.ts';

describe('streaming the interviewer’s next turn', () => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await startFakeAnthropic();
  });
  afterAll(() => fake.close());

  async function firstTurn() {
    const offline = createTestEngine(undefined);
    const { questions } = (await offline.run(generateQuestionsTask, { role: 'Pharmacist', interviewType: 'behavioural', count: 2 })).output;
    return planNextTurnSpeech({ role: 'Pharmacist', candidateName: 'Ana', stages: [{ stage: 'behavioural', budget: 2 }], questions, turns: [] });
  }

  it('streams the model’s words for the planned move', async () => {
    const { plan, request } = await firstTurn();
    expect(plan.questionId).toBeDefined();
    fake.respondWith({ kind: 'text', text: 'Hello Ana, welcome. Let us start with your work in community pharmacy.' });
    const stream = createTestEngine(fakeCredentials(fake, 'anthropic', 'claude-haiku-4-5')).streamText(request, { userId: 'u1' });
    let said = '';
    for await (const delta of stream.textStream) said += delta;
    expect(said).toBe('Hello Ana, welcome. Let us start with your work in community pharmacy.');
    expect((await stream.done).meta.engine).toBe('llm');
    expect(JSON.stringify(fake.requests.at(-1)?.body)).toContain(plan.message.slice(0, 30));
  });

  it('says the planner’s own words without an LLM', async () => {
    const { plan, request } = await firstTurn();
    const stream = createTestEngine(undefined).streamText(request);
    const deltas: string[] = [];
    for await (const delta of stream.textStream) deltas.push(delta);
    expect(deltas).toEqual([plan.message]);
  });
});
