import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { invoicingStory, tellStory } from '#tests/support/career-stories-http.ts';
import { startFakeOpenAi, type FakeServer } from '#tests/support/fake-llm/index.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import type { Experience } from '#shared/contracts/career.ts';
import type { Conversation } from '#shared/contracts/career-stories.ts';

const apiKey = 'sk-test-career-stories';
const question = 'Thanks, that helps. What were you responsible for in that move?';

function readEvents(body: string): { event: string; data: unknown }[] {
  return body
    .split('\n\n')
    .filter((block) => block.trim())
    .map((block) => ({ event: /^event: (.+)$/m.exec(block)?.[1] ?? '', data: JSON.parse(/^data: (.+)$/m.exec(block)?.[1] ?? 'null') as unknown }));
}

/** What a model that embellishes answers: a figure, a title and a skill the user never gave. */
const inventedStory = {
  title: 'Cut month-end close by 75% and saved $200,000',
  star: {
    situation: invoicingStory.situation,
    task: invoicingStory.task,
    action: 'I mapped every invoice flow with the finance team, migrated 40,000 records with Kubernetes jobs, and trained 12 people.',
    result: 'Month-end close went down to 4 days and we saved $200,000 a year.',
  },
  bullets: [{ text: 'Saved $200,000 a year by moving invoicing to NetSuite', source: invoicingStory.result }],
  skills: [
    { name: 'NetSuite', kind: 'knowledge', quote: invoicingStory.task },
    { name: 'Kubernetes', kind: 'knowledge', quote: 'I mapped every invoice flow with the finance team' },
  ],
  timeline: [],
  missing: [],
};

describe('story conversations with an LLM', () => {
  let fake: FakeServer;
  let t: TestApp;
  let maya: Caller;
  beforeAll(async () => {
    fake = await startFakeOpenAi({ apiKey });
    fake.respondWith({ kind: 'text', text: question });
    t = await createTestApp({ LLM_PROVIDER: 'openai', LLM_API_KEY: apiKey, LLM_BASE_URL: fake.baseUrl, LLM_MODEL: 'fake-model' });
    maya = await signUp(t, { name: 'Maya Lindqvist' });
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('streams the next question as the model writes it and keeps exactly those words', async () => {
    const started = (await call(t, 'POST', '/api/career/conversations', { cookie: maya.cookie, payload: { topic: 'Moving our invoicing to NetSuite' } })).json<Conversation>();
    const response = await call(t, 'POST', `/api/career/conversations/${started.id}/messages/stream`, { cookie: maya.cookie, payload: { content: invoicingStory.situation } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
    const events = readEvents(response.body);
    expect(events.filter((event) => event.event === 'delta').map((event) => (event.data as { text: string }).text).join('')).toBe(question);
    const state = events.at(-1)!;
    expect(state.event).toBe('state');
    expect((state.data as Conversation).messages.at(-1)).toMatchObject({ role: 'assistant', content: question });
    expect(fake.requests.at(-1)!.body).toMatchObject({ stream: true, model: 'fake-model' });
  });

  it('never saves a number, title or skill the model invented', async () => {
    const started = (await call(t, 'POST', '/api/career/conversations', { cookie: maya.cookie, payload: { topic: 'Moving our invoicing to NetSuite' } })).json<Conversation>();
    // The LLM phrases each question; when the figures are confirmed, its reading of the story embellishes it.
    const done = await tellStory(t, maya, started, invoicingStory, (asks) => {
      if (asks === 'confirm') fake.enqueue({ kind: 'json', value: inventedStory });
    });
    expect(done.status).toBe('completed');
    expect(JSON.stringify(fake.requests.at(-1)!.body)).toContain('one experience story');
    const proposal = done.proposal!;
    const shown = JSON.stringify({ title: proposal.title, description: proposal.description, skills: proposal.skills, numbers: proposal.numbers });
    for (const invented of ['75', '200,000', '40,000', 'Kubernetes']) expect(shown).not.toContain(invented);
    expect(proposal.title).toBe('Moving our invoicing to NetSuite');
    expect(proposal.description).toContain(invoicingStory.result);
    expect(proposal.skills.map((skill) => skill.name)).toContain('NetSuite');
    expect(proposal.leftOut.join(' ')).toContain('Kubernetes');

    const saved = await call(t, 'POST', `/api/career/conversations/${done.id}/experience`, {
      cookie: maya.cookie,
      payload: { title: proposal.title, description: proposal.description, skills: proposal.skills.map((skill) => skill.name) },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const experience = (await call(t, 'GET', `/api/career/experiences/${saved.json<Experience>().id}`, { cookie: maya.cookie })).json<Experience>();
    const stored = JSON.stringify(experience);
    for (const invented of ['75%', '200,000', '40,000', 'Kubernetes']) expect(stored).not.toContain(invented);
    expect(stored).toContain('4 days');
  });
});
