import type { FastifyInstance } from 'fastify';
import type { Job } from '#shared/contracts/hiring.ts';

/** HTTP helpers for hiring tests: real sign-up through better-auth, real multipart uploads. */

export type Session = { cookie: string; userId: string; email: string };

function cookiesOf(header: string | string[] | undefined): string {
  const list = Array.isArray(header) ? header : header ? [header] : [];
  return list.map((cookie) => cookie.split(';')[0]).join('; ');
}

export async function signUp(app: FastifyInstance, origin: string, name: string): Promise<Session> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Math.random().toString(36).slice(2, 8)}@example.test`;
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-up/email',
    headers: { origin, 'content-type': 'application/json' },
    payload: { email, password: 'Correct-Horse-Battery-9', name },
  });
  if (response.statusCode !== 200) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  const body = response.json<{ user: { id: string } }>();
  return { cookie: cookiesOf(response.headers['set-cookie']), userId: body.user.id, email };
}

export async function createWorkspace(app: FastifyInstance, origin: string, session: Session, name = 'Acme hiring'): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/workspaces', headers: { cookie: session.cookie, origin }, payload: { name } });
  if (response.statusCode !== 201) throw new Error(`workspace creation failed: ${response.statusCode} ${response.body}`);
  return response.json<{ id: string }>().id;
}

export type UploadFile = { name: string; data: Buffer; type?: string };

/** A multipart/form-data body with one `files` field per file, built by the platform's own FormData. */
export async function multipartBody(files: readonly UploadFile[], field = 'files'): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  for (const file of files) form.append(field, new Blob([new Uint8Array(file.data)], { type: file.type ?? 'application/octet-stream' }), file.name);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return { payload: Buffer.from(await request.arrayBuffer()), headers: { 'content-type': request.headers.get('content-type')! } };
}

export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 50_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met in time: ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Waits until the job's rescore (decision 054) has finished for its latest requirements and answers the job: what a
 * test asks of the ranking after a change of requirements holds once this returns. A failed rescore fails the test.
 */
export async function waitForRescore(app: FastifyInstance, jobId: string, headers: Record<string, string>): Promise<Job> {
  const job = await waitFor(
    async () => (await app.inject({ method: 'GET', url: `/api/jobs/${jobId}`, headers })).json<Job>(),
    (current) => current.rescore?.status === 'done' || current.rescore?.status === 'failed',
  );
  if (job.rescore?.status === 'failed') throw new Error(`the rescore failed: ${job.rescore.error ?? 'no message'}`);
  return job;
}
