import type { FastifyBaseLogger } from 'fastify';
import pino, { type LoggerOptions } from 'pino';
import type { Config } from '#server/config.ts';

/** The logger every module receives: pino, typed as Fastify's logger so request loggers fit too. */
export type Logger = FastifyBaseLogger;

/** JSON logs for machines; pretty ones only when a person watches a terminal. */
/** Link secrets (`?token=…` of room and invitation links) never reach a log line. */
export function redactUrlTokens(url: string): string {
  return url.replace(/([?&](?:token|code)=)[^&#]*/gi, '$1[redacted]');
}

export function createLoggerOptions(config: Pick<Config, 'logLevel'>, isTerminal = process.stdout.isTTY): LoggerOptions {
  return {
    level: config.logLevel,
    serializers: {
      req: (request: { method?: string; url?: string; id?: unknown; host?: string; hostname?: string; ip?: string }) => ({
        method: request.method,
        url: redactUrlTokens(String(request.url ?? '')),
        id: request.id,
        host: request.host ?? request.hostname,
        remoteAddress: request.ip,
      }),
    },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.apiKey'],
      censor: '[redacted]',
    },
    ...(isTerminal ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } } : {}),
  };
}

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino(createLoggerOptions(config));
}
