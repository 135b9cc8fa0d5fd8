import type { FastifyBaseLogger } from 'fastify';
import pino, { type LoggerOptions } from 'pino';
import type { Config } from '#server/config.ts';

/** The logger every module receives: pino, typed as Fastify's logger so request loggers fit too. */
export type Logger = FastifyBaseLogger;

/** JSON logs for machines; pretty ones only when a person watches a terminal. */
export function createLoggerOptions(config: Pick<Config, 'logLevel'>, isTerminal = process.stdout.isTTY): LoggerOptions {
  return {
    level: config.logLevel,
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
