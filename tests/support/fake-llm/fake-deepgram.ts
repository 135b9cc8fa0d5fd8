import { startFakeServer, writeJson, type FakeServer } from './fake-server.ts';

/** Just enough of Deepgram for a key check: GET /v1/projects with `Authorization: Token …`. */
export async function startFakeDeepgram(options: { apiKey: string }): Promise<FakeServer> {
  return startFakeServer({
    routes: { 'GET /v1/projects': ({ res }) => writeJson(res, 200, { projects: [{ project_id: 'p1', name: 'Parley tests' }] }) },
    authenticate: (request) =>
      request.headers.authorization === `Token ${options.apiKey}`
        ? undefined
        : { kind: 'error', status: 401, type: 'INVALID_AUTH', message: 'Invalid credentials.' },
    writeError: (res, reply) => writeJson(res, reply.status, { err_code: reply.type ?? 'ERROR', err_msg: reply.message, request_id: 'fake' }),
  });
}
