import { expect } from 'vitest';
import { call, type Caller } from '#tests/support/auth-helpers.ts';
import type { TestApp } from '#tests/support/test-app.ts';
import { invoicingStory, targetPostings } from '#tests/fixtures/career-stories.ts';
import type { Conversation } from '#shared/contracts/career-stories.ts';

export { invoicingStory, targetPostings };

/** Answers whatever the assistant asks from the story until the conversation is complete (or too many turns pass). */
export async function tellStory(t: TestApp, who: Caller, conversation: Conversation, story = invoicingStory, beforeEach?: (asks: Conversation['messages'][number]['asks']) => void): Promise<Conversation> {
  let current = conversation;
  for (let turn = 0; turn < 12 && current.status === 'active'; turn += 1) {
    const asks = current.messages.at(-1)?.asks ?? null;
    beforeEach?.(asks);
    const content = (asks && story[asks]) ?? 'I do not remember more than that.';
    const response = await call(t, 'POST', `/api/career/conversations/${current.id}/messages`, { cookie: who.cookie, payload: { content } });
    expect(response.statusCode, response.body).toBe(200);
    current = response.json<Conversation>();
  }
  return current;
}

/** Adds the postings through the API with their text and marks each a target; answers their ids. */
export async function addTargetPostings(t: TestApp, who: Caller, texts = targetPostings): Promise<string[]> {
  const ids: string[] = [];
  for (const text of texts) {
    const created = await call(t, 'POST', '/api/career/job-postings', { cookie: who.cookie, payload: { text } });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    const marked = await call(t, 'PATCH', `/api/career/job-postings/${id}`, { cookie: who.cookie, payload: { isTarget: true } });
    expect(marked.statusCode, marked.body).toBe(200);
    ids.push(id);
  }
  return ids;
}
