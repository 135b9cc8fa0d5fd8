import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { invoicingStory, tellStory } from '#tests/support/career-stories-http.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import type { Experience } from '#shared/contracts/career.ts';
import type { Conversation, ConversationPage } from '#shared/contracts/career-stories.ts';

describe('conversations that draw out a story (offline)', () => {
  let t: TestApp;
  let maya: Caller;
  let other: Caller;
  beforeAll(async () => {
    t = await createTestApp();
    maya = await signUp(t, { name: 'Maya Lindqvist' });
    other = await signUp(t, { name: 'Otto Other' });
  });
  afterAll(async () => t.close());

  const post = (who: Caller, url: string, payload: unknown) => call(t, 'POST', url, { cookie: who.cookie, payload });
  const get = (who: Caller, url: string) => call(t, 'GET', url, { cookie: who.cookie });

  it('asks one thing at a time until the story is complete, confirms the figures, and saves the proposal as an experience', async () => {
    const started = await post(maya, '/api/career/conversations', { topic: 'Moving our invoicing to NetSuite' });
    expect(started.statusCode, started.body).toBe(201);
    const opening = started.json<Conversation>();
    expect(opening).toMatchObject({ status: 'active', title: 'Moving our invoicing to NetSuite', proposal: null, experienceId: null });
    expect(opening.messages).toHaveLength(1);
    expect(opening.messages[0]).toMatchObject({ role: 'assistant', asks: 'situation' });

    const done = await tellStory(t, maya, opening);
    expect(done.status).toBe('completed');
    const assistant = done.messages.filter((message) => message.role === 'assistant');
    // One question per turn, each a single question; the figures were read back before the proposal.
    for (const message of assistant.slice(0, -1)) expect(message.content.match(/\?/g)?.length ?? 0).toBeLessThanOrEqual(2);
    const confirm = assistant.find((message) => message.asks === 'confirm');
    expect(confirm?.content).toContain('4 days');
    expect(confirm?.content).toContain('12 people');
    expect(assistant.at(-1)?.asks).toBe('done');

    const proposal = done.proposal!;
    expect(proposal.numbers).toEqual(expect.arrayContaining(['4 days', '12 people']));
    expect(proposal.description).toContain('4 days');
    expect(proposal.skills.map((skill) => skill.name)).toEqual(expect.arrayContaining(['NetSuite', 'SQL']));
    const userWords = done.messages.filter((message) => message.role === 'user').map((message) => message.content).join(' ');
    for (const number of proposal.description.match(/\d+/g) ?? []) expect(userWords).toContain(number);

    // Resumable: the conversation reads back the same, and is listed.
    expect((await get(maya, `/api/career/conversations/${done.id}`)).json<Conversation>().messages).toEqual(done.messages);
    const listed = (await get(maya, '/api/career/conversations')).json<ConversationPage>();
    expect(listed).toMatchObject({ total: 1, items: [{ id: done.id, status: 'completed', messageCount: done.messages.length }] });

    const edited = { title: 'Moved invoicing to NetSuite', description: proposal.description, skills: proposal.skills.map((skill) => ({ name: skill.name, prominence: 'primary' })) };
    const saved = await post(maya, `/api/career/conversations/${done.id}/experience`, edited);
    expect(saved.statusCode, saved.body).toBe(201);
    const experience = saved.json<Experience>();
    expect(experience).toMatchObject({ title: 'Moved invoicing to NetSuite', conversationId: done.id, type: 'story' });
    expect(experience.skills.map((skill) => skill.method)).toEqual(experience.skills.map(() => 'ai'));
    expect((await get(maya, `/api/career/conversations/${done.id}`)).json<Conversation>().experienceId).toBe(experience.id);
    expect((await post(maya, `/api/career/conversations/${done.id}/experience`, edited)).statusCode).toBe(409);
    expect((await post(maya, `/api/career/conversations/${done.id}/messages`, { content: 'One more thing' })).statusCode).toBe(409);
  });

  it('refuses to save before the story is complete, and answers bad input with the field named', async () => {
    const started = (await post(maya, '/api/career/conversations', { topic: 'Running the night shift handover' })).json<Conversation>();
    expect((await post(maya, `/api/career/conversations/${started.id}/experience`, { title: 'Handover' })).statusCode).toBe(409);
    const noTopic = await post(maya, '/api/career/conversations', { topic: '   ' });
    expect(noTopic.statusCode).toBe(400);
    expect(noTopic.body).toContain('topic');
    const empty = await post(maya, `/api/career/conversations/${started.id}/messages`, { content: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('content');
    const badId = await get(maya, '/api/career/conversations/not-an-id');
    expect(badId.statusCode).toBe(400);
  });

  it("keeps one user's conversations from another (404), and an experience cannot point at someone else's conversation", async () => {
    const mine = (await post(maya, '/api/career/conversations', { topic: 'Winning back a lost client' })).json<Conversation>();
    expect((await get(other, `/api/career/conversations/${mine.id}`)).statusCode).toBe(404);
    expect((await post(other, `/api/career/conversations/${mine.id}/messages`, { content: invoicingStory.situation })).statusCode).toBe(404);
    expect((await post(other, `/api/career/conversations/${mine.id}/experience`, { title: 'Stolen' })).statusCode).toBe(404);
    expect((await get(other, '/api/career/conversations')).json<ConversationPage>().total).toBe(0);
    const linked = await post(other, '/api/career/experiences', { title: 'Linked to a stranger', conversationId: mine.id });
    expect(linked.statusCode).toBe(400);
    expect(linked.body).toContain('conversationId');
  });
});
