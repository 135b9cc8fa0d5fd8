import type * as LiveKit from 'livekit-server-sdk';
import type { VideoGrant } from 'livekit-server-sdk';
import type { LiveTokenRole } from '#shared/vocabulary.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { loadOnFirstUse } from '#server/platform/load-on-first-use.ts';

/** Loaded with the first call token (~10 MB a server without LiveKit need not hold; decision 055). */
const liveKit = loadOnFirstUse<typeof LiveKit>('livekit-server-sdk');

/**
 * The embedded call of the interview room (decision 042): a LiveKit server, the workspace's own (its stored `livekit`
 * key) or else the server's (LIVEKIT_URL …). A workspace's URL is its own, so the server's calls to it go through the
 * outbound guard's fetch; the server's own URL is the administrator's and is called with the plain fetch.
 */
export type LiveKitServer = { url: string; apiKey: string; apiSecret: string; fetch: typeof fetch; source: 'workspace' | 'server' };

/** LiveKit checks a token's expiry only when a participant connects, so a short life bounds what a leaked token opens. */
export const callTokenTtlSeconds = 10 * 60;

export async function liveKitFor(deps: InterviewsDeps, workspaceId: string): Promise<LiveKitServer | undefined> {
  const own = await deps.liveKit.workspaceKey(workspaceId);
  if (own?.apiSecret && own.baseUrl) return { url: own.baseUrl.replace(/\/+$/, ''), apiKey: own.apiKey, apiSecret: own.apiSecret, fetch: deps.liveKit.guardedFetch, source: 'workspace' };
  const server = deps.liveKit.server;
  return server ? { ...server, fetch, source: 'server' } : undefined;
}

/** Whether the room embeds a call: what the lobby and the host's room tell the page. */
export async function hasEmbeddedCall(deps: InterviewsDeps, workspaceId: string): Promise<boolean> {
  return (await liveKitFor(deps, workspaceId)) !== undefined;
}

/** Who joins: `host:<link or user id>` or `candidate:<link id>`, so revoking a link names the participant to remove. */
export function callIdentity(role: LiveTokenRole, participantId: string): string {
  return `${role}:${participantId}`;
}

/** What each side may do in the call: both publish camera and microphone; only the host side sends data messages. */
export function callGrant(role: LiveTokenRole, room: string): VideoGrant {
  return { room, roomJoin: true, canPublish: true, canSubscribe: true, canPublishData: role === 'host' };
}

/** A participant token for one join, named after the interview; its expiry is read back from the token itself. */
export async function mintCallToken(server: LiveKitServer, input: { room: string; role: LiveTokenRole; participantId: string; name: string }): Promise<{ url: string; token: string; expiresAt: string }> {
  const accessToken = new (liveKit().AccessToken)(server.apiKey, server.apiSecret, { identity: callIdentity(input.role, input.participantId), name: input.name, ttl: callTokenTtlSeconds });
  accessToken.addGrant(callGrant(input.role, input.room));
  const token = await accessToken.toJwt();
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp: number };
  return { url: server.url, token, expiresAt: new Date(payload.exp * 1000).toISOString() };
}

/** LiveKit's HTTP address (its RoomService speaks Twirp over HTTP) from its ws(s):// or http(s):// URL. */
export function liveKitHttpUrl(url: string): string {
  return url.replace(/^ws(s?):\/\//, 'http$1://');
}

/**
 * One RoomService call (Twirp, JSON), authorised by a one-minute admin token. It is what the SDK's RoomServiceClient
 * sends, written here because RoomServiceClient calls the global fetch, which cannot go through the outbound guard.
 */
async function callRoomService(server: LiveKitServer, method: 'RemoveParticipant' | 'DeleteRoom', grant: VideoGrant, body: Record<string, string>): Promise<void> {
  const admin = new (liveKit().AccessToken)(server.apiKey, server.apiSecret, { ttl: 60 });
  admin.addGrant(grant);
  const response = await server.fetch(`${liveKitHttpUrl(server.url)}/twirp/livekit.RoomService/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await admin.toJwt()}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  // A participant or room LiveKit does not know (never joined, already gone) is what was wanted.
  if (response.status === 404) return;
  if (!response.ok) throw new Error(`LiveKit ${method} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
}

/** Takes a participant out of the call now: a revoked token still reconnects until it is removed. */
export function removeParticipant(server: LiveKitServer, room: string, identity: string): Promise<void> {
  return callRoomService(server, 'RemoveParticipant', { roomAdmin: true, room }, { room, identity });
}

export function deleteRoom(server: LiveKitServer, room: string): Promise<void> {
  return callRoomService(server, 'DeleteRoom', { roomCreate: true }, { room });
}

/**
 * After a link is revoked or replaced: removes its holders from the call, if the room has one. A LiveKit that cannot
 * be reached is logged, not fatal: the link is revoked all the same, and the token expires within minutes.
 */
export async function removeFromCall(deps: InterviewsDeps, input: { workspaceId: string; room: string; role: LiveTokenRole; linkIds: readonly string[] }): Promise<void> {
  if (input.linkIds.length === 0) return;
  const server = await liveKitFor(deps, input.workspaceId);
  if (!server) return;
  for (const linkId of input.linkIds) {
    const identity = callIdentity(input.role, linkId);
    try {
      await removeParticipant(server, input.room, identity);
    } catch (error) {
      deps.log.warn({ err: error, room: input.room, identity }, 'could not remove a revoked participant from the LiveKit call');
    }
  }
}

/** When the host ends the room: closes the call for everyone; failures are logged. */
export async function closeCall(deps: InterviewsDeps, input: { workspaceId: string; room: string }): Promise<void> {
  const server = await liveKitFor(deps, input.workspaceId);
  if (!server) return;
  try {
    await deleteRoom(server, input.room);
  } catch (error) {
    deps.log.warn({ err: error, room: input.room }, 'could not close the LiveKit call of an ended interview');
  }
}
