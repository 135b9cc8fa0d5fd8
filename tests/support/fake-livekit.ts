import { createHmac, timingSafeEqual } from 'node:crypto';
import { startFakeServer, writeJson, type FakeServer, type RecordedRequest } from './fake-llm/fake-server.ts';

export type LiveKitClaims = {
  iss?: string;
  sub?: string;
  name?: string;
  nbf?: number;
  exp?: number;
  video?: { room?: string; roomJoin?: boolean; roomAdmin?: boolean; roomCreate?: boolean; canPublish?: boolean; canSubscribe?: boolean; canPublishData?: boolean };
};

/**
 * A LiveKit JWT checked the way a LiveKit server checks it: HS256 signed with the API secret, issued by the API key,
 * not expired. Returns its claims, or why it is refused.
 */
export function verifyLiveKitToken(token: string, keys: { apiKey: string; apiSecret: string }, now = Date.now()): { claims: LiveKitClaims } | { refused: string } {
  const [header = '', payload = '', signature = ''] = token.split('.');
  const expected = createHmac('sha256', keys.apiSecret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { refused: 'signature is invalid' };
  if ((JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg?: string }).alg !== 'HS256') return { refused: 'not HS256' };
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as LiveKitClaims;
  if (claims.iss !== keys.apiKey) return { refused: 'unknown API key' };
  if (!claims.exp || claims.exp * 1000 <= now) return { refused: 'token is expired' };
  return { claims };
}

export type FakeLiveKit = FakeServer & {
  /** The server's address as a LiveKit client is given it (ws://127.0.0.1:port). */
  url: string;
  /** The RoomService calls received with a valid token and the grant they need: method and JSON body. */
  calls: { method: string; body: Record<string, unknown>; claims: LiveKitClaims }[];
};

/** What each RoomService method needs of the token's grant, as LiveKit checks it. */
const needs: Record<string, (claims: LiveKitClaims, body: Record<string, unknown>) => boolean> = {
  RemoveParticipant: (claims, body) => claims.video?.roomAdmin === true && claims.video.room === body.room,
  DeleteRoom: (claims) => claims.video?.roomCreate === true,
};

/**
 * A local server speaking LiveKit's RoomService over Twirp (POST /twirp/livekit.RoomService/<Method>, JSON), which
 * authenticates each call by the Bearer JWT as LiveKit does and records what it was asked.
 */
export async function startFakeLiveKit(keys: { apiKey: string; apiSecret: string }): Promise<FakeLiveKit> {
  const calls: FakeLiveKit['calls'] = [];
  const claimsOf = (request: RecordedRequest) => verifyLiveKitToken(String(request.headers.authorization ?? '').replace(/^Bearer /, ''), keys);
  const route = (method: string) => ({
    [`POST /twirp/livekit.RoomService/${method}`]: ({ request, res }: { request: RecordedRequest; res: Parameters<typeof writeJson>[0] }) => {
      const verdict = claimsOf(request);
      const body = request.body as Record<string, unknown>;
      if (!('claims' in verdict) || !needs[method]!(verdict.claims, body)) {
        writeJson(res, 401, { code: 'unauthenticated', msg: 'permissions denied' });
        return;
      }
      calls.push({ method, body, claims: verdict.claims });
      writeJson(res, 200, {});
    },
  });
  const server = await startFakeServer({
    routes: { ...route('RemoveParticipant'), ...route('DeleteRoom') },
    authenticate: (request) => {
      const verdict = claimsOf(request);
      return 'refused' in verdict ? { kind: 'error', status: 401, message: `invalid token: ${verdict.refused}` } : undefined;
    },
    writeError: (res, reply) => writeJson(res, reply.status, { code: reply.status === 404 ? 'not_found' : 'unauthenticated', msg: reply.message }),
  });
  return Object.assign(server, { url: server.baseUrl.replace(/^http/, 'ws').replace(/\/v1$/, ''), calls });
}
