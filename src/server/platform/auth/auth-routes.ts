import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authConfigSchema } from '#shared/contracts/auth-config.ts';
import type { Config } from '#server/config.ts';
import { authRateLimit } from '#server/platform/security/index.ts';
import { clientIpHeader, type Auth } from './create-auth.ts';
import { minPasswordLength } from './password-policy.ts';
import { copySetCookies, toFetchHeaders } from './request-headers.ts';

export type AuthRoutesOptions = { auth: Auth; config: Pick<Config, 'publicUrl' | 'oauth' | 'mail'>; authRateLimitPerMinute: number };

const skippedHeaders = new Set(['set-cookie', 'content-length', 'content-encoding', 'transfer-encoding', 'connection']);

/** better-auth's errors are `{code, message}`; ours are `{error:{code,message}}`. Both shapes are sent, so its client still reads them. */
function normalizeErrorBody(text: string, requestId: string): string {
  try {
    const parsed = JSON.parse(text) as unknown;
    if (!parsed || typeof parsed !== 'object' || 'error' in parsed) return text;
    const { code, message, ...rest } = parsed as { code?: unknown; message?: unknown };
    const error = {
      code: typeof code === 'string' ? code.toLowerCase() : 'auth_error',
      message: typeof message === 'string' ? message : 'The request was refused.',
      requestId,
      ...rest,
    };
    return JSON.stringify({ ...parsed, error });
  } catch {
    return text;
  }
}

async function forwardToAuth(auth: Auth, publicUrl: string, request: FastifyRequest, reply: FastifyReply) {
  const headers = toFetchHeaders(request.headers);
  headers.set(clientIpHeader, request.ip);
  headers.delete('content-length');
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== undefined;
  const body = hasBody ? (typeof request.body === 'string' ? request.body : JSON.stringify(request.body)) : undefined;
  const response = await auth.handler(new Request(new URL(request.url, publicUrl), { method: request.method, headers, body }));
  reply.status(response.status);
  response.headers.forEach((value, name) => {
    if (!skippedHeaders.has(name)) reply.header(name, value);
  });
  copySetCookies(response.headers, reply);
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.includes('application/json') ?? false;
  return reply.send(response.status >= 400 && isJson ? normalizeErrorBody(text, String(request.id)) : text);
}

/** Mounts better-auth under /api/auth/* (rate-limited per IP on the sensitive endpoints) and says which sign-in methods exist. */
export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, { auth, config, authRateLimitPerMinute }) => {
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    schema: { hide: true },
    config: { public: true, rateLimit: authRateLimit(authRateLimitPerMinute) },
    handler: (request, reply) => forwardToAuth(auth, config.publicUrl, request, reply),
  });

  app.get(
    '/api/auth-config',
    {
      config: { public: true },
      schema: { tags: ['auth'], summary: 'Which sign-in methods this installation offers', security: [], response: { 200: authConfigSchema } },
    },
    async () => ({
      emailPassword: true as const,
      socialProviders: [...(config.oauth.google ? ['google' as const] : []), ...(config.oauth.microsoft ? ['microsoft' as const] : [])],
      emailDelivery: config.mail.smtpUrl ? ('smtp' as const) : ('outbox' as const),
      passwordMinLength: minPasswordLength,
      twoFactor: true as const,
    }),
  );
};
