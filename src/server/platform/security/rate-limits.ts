import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '#server/db/client.ts';
import { AppError } from '#server/platform/errors.ts';
import { createSharedLimitStore } from './shared-limit-store.ts';

/** The better-auth endpoints worth guessing at: credentials, codes and mail senders. */
const sensitiveAuthPaths = [
  '/api/auth/sign-in/',
  '/api/auth/sign-up/',
  '/api/auth/request-password-reset',
  '/api/auth/forget-password',
  '/api/auth/reset-password',
  '/api/auth/change-password',
  '/api/auth/send-verification-email',
  '/api/auth/two-factor/',
];

export function isSensitiveAuthRequest(request: Pick<FastifyRequest, 'method' | 'url'>): boolean {
  return request.method === 'POST' && sensitiveAuthPaths.some((prefix) => request.url.startsWith(prefix));
}

/**
 * Registers @fastify/rate-limit without a global limit; routes opt in through `config.rateLimit`. The counts live in
 * PostgreSQL (`limit_counters`, decision 037), so every process of an installation enforces the same limit.
 */
export async function registerRateLimits(app: FastifyInstance, deps: { db: Db; now: () => Date }): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    store: createSharedLimitStore(deps),
    errorResponseBuilder: (_request, context) =>
      new AppError('rate_limited', `Too many requests from your address. Try again in ${Math.ceil(context.ttl / 1000)} seconds.`, {
        retryAfterSeconds: Math.ceil(context.ttl / 1000),
      }),
  });
}

/** Per-IP limit for the sensitive auth endpoints; other auth requests (session reads, sign-out) pass freely. */
export function authRateLimit(maxPerMinute: number) {
  return {
    max: maxPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request: FastifyRequest) => request.ip,
    allowList: (request: FastifyRequest) => !isSensitiveAuthRequest(request),
  };
}
