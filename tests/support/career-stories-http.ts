import { expect } from 'vitest';
import { call, type Caller } from '#tests/support/auth-helpers.ts';
import type { TestApp } from '#tests/support/test-app.ts';
import type { Conversation, StoryStep } from '#shared/contracts/career-stories.ts';

/** A story as a nurse-turned-analyst tells it, one answer per thing the assistant asks. */
export const invoicingStory: Partial<Record<StoryStep, string>> = {
  situation: 'At Northwind Health in 2022 our invoicing still ran on shared spreadsheets, and month-end close took nine days every month.',
  task: 'My manager asked me to lead the move to NetSuite before the spring audit.',
  action: 'I mapped every invoice flow with the finance team, wrote the SQL to migrate four years of records, and trained 12 people on the new process.',
  result: 'Month-end close went down to 4 days and the auditors found no issues with invoicing.',
  number: 'Close went from nine days to 4 days, and I trained 12 people.',
  confirm: "Yes, that's right.",
};

/** Answers whatever the assistant asks from the story until the conversation is complete (or too many turns pass). */
export async function tellStory(t: TestApp, who: Caller, conversation: Conversation, story = invoicingStory, beforeEach?: (asks: StoryStep | null) => void): Promise<Conversation> {
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

/** Two postings as companies write them: one senior, one that does not say. */
export const targetPostings = [
  `Senior Data Analyst – Finance Analytics
Northwind Health · Leeds (hybrid, 2 days in the office)

We are looking for a Senior Data Analyst to help our finance team understand where the money goes.

What you will need:
- 5+ years of experience writing SQL against large data sets
- Python for analysis and automation
- Tableau dashboards that people actually use
- Clear communication with non-technical stakeholders

Nice to have: dbt, Snowflake.`,
  `Data Analyst, Finance Systems – Acme Logistics, Manchester

You will own month-end reporting for our finance systems team and help us move off spreadsheets.

Requirements:
- SQL
- Tableau or similar BI tools
- Experience with NetSuite
- Advanced Excel

Bonus points for Python and Airflow.`,
];

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
