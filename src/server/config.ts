import { availableParallelism } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { parseSettingOverrides, type SettingOverrides } from '#server/modules/settings/registry.ts';

/** The only reader of process.env. Everything else receives a frozen Config. */

const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === '' ? undefined : value));

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

/** A flag whose absence means "decide from the other settings". */
const optionalFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((value) => (value === undefined || value === '' ? undefined : value === '1' || value === 'true' || value === 'yes'));

const port = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(0, 'must be between 0 and 65535')
  .max(65535, 'must be between 0 and 65535');

const positiveInt = z.coerce.number({ error: 'must be a number' }).int('must be a whole number').positive('must be positive');

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/.+/.test(value), 'must be a postgres:// or postgresql:// URL');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  PORT: port.default(3000),
  PUBLIC_URL: z.url({ error: 'must be a URL such as https://parley.example.com' }).optional(),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  DATABASE_URL: postgresUrl.optional().or(z.literal('').transform(() => undefined)),
  DATABASE_POOL_SIZE: positiveInt.default(10),
  /** How long a request waits for a free database connection before it is told 503 "busy, try again" (decision 053). */
  DATABASE_POOL_WAIT_MS: positiveInt.default(5000),
  SERVER_SECRET: z.string().min(32, 'must be at least 32 characters').optional().or(z.literal('').transform(() => undefined)),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: booleanFlag,
  RUN_WORKERS: booleanFlag.default(true),
  SMTP_URL: optionalString.pipe(z.url({ error: 'must be an smtp:// or smtps:// URL' }).optional()),
  MAIL_FROM: z.string().trim().default('Parley <parley@localhost>'),
  LLM_PROVIDER: z.enum(['openai', 'anthropic', 'openai-compatible']).optional(),
  LLM_MODEL: optionalString,
  LLM_BASE_URL: optionalString.pipe(z.url({ error: 'must be a URL' }).optional()),
  LLM_API_KEY: optionalString,
  LLM_TIMEOUT_MS: positiveInt.default(30000),
  OPENAI_API_KEY: optionalString,
  ANTHROPIC_API_KEY: optionalString,
  DEEPGRAM_API_KEY: optionalString,
  LIVEKIT_URL: optionalString.pipe(z.url({ protocol: /^(wss?|https?)$/, error: 'must be a LiveKit server URL such as wss://livekit.example.com' }).optional()),
  LIVEKIT_API_KEY: optionalString,
  LIVEKIT_API_SECRET: optionalString,
  EMBEDDING_MODEL: optionalString,
  EMBEDDING_BASE_URL: optionalString.pipe(z.url({ error: 'must be a URL' }).optional()),
  EMBEDDING_API_KEY: optionalString,
  STT_PROVIDER: z.enum(['openai', 'deepgram', 'offline']).optional(),
  STT_MODEL: optionalString,
  STT_BASE_URL: optionalString.pipe(z.url({ error: 'must be a URL' }).optional()),
  STT_MAX_BYTES: positiveInt.default(25 * 1024 * 1024),
  STT_TIMEOUT_MS: positiveInt.default(60000),
  STT_OFFLINE_CONCURRENCY: positiveInt.optional(),
  GOOGLE_CLIENT_ID: optionalString,
  GOOGLE_CLIENT_SECRET: optionalString,
  MICROSOFT_CLIENT_ID: optionalString,
  MICROSOFT_CLIENT_SECRET: optionalString,
  CHROMIUM_PATH: optionalString,
  DOCUMENT_PARSE_TIMEOUT_MS: positiveInt.default(20_000),
  DOCUMENT_PARSE_MEMORY_MB: positiveInt.default(256),
  STORAGE_DIR: optionalString,
  STORAGE_DRIVER: optionalString.pipe(z.enum(['local', 's3'], { error: 'must be local or s3' }).optional()),
  S3_ENDPOINT: optionalString.pipe(z.url({ protocol: /^https?$/, error: 'must be a URL such as https://s3.example.com' }).optional()),
  S3_REGION: optionalString,
  S3_BUCKET: optionalString,
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  S3_FORCE_PATH_STYLE: optionalFlag,
  AUTH_RATE_LIMIT_PER_MINUTE: positiveInt.default(20),
});

export type Config = Readonly<{
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  /** Origins whose pages may change state: PUBLIC_URL, or this machine's loopback names when it is not set. */
  trustedOrigins: readonly string[];
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  databasePoolWaitMs: number;
  serverSecret: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  trustProxy: boolean;
  runWorkers: boolean;
  mail: Readonly<{ smtpUrl: string | undefined; from: string }>;
  llm: Readonly<{
    provider: 'openai' | 'anthropic' | 'openai-compatible' | undefined;
    model: string | undefined;
    baseUrl: string | undefined;
    apiKey: string | undefined;
    timeoutMs: number;
  }>;
  keys: Readonly<{ openai: string | undefined; anthropic: string | undefined; deepgram: string | undefined }>;
  /** The server's LiveKit (LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET): a call embedded in the interview room. */
  liveKit: Readonly<{ url: string; apiKey: string; apiSecret: string }> | undefined;
  /** The embedding provider of semantic search (OpenAI's /v1/embeddings protocol); undefined: full-text search only. */
  embeddings: Readonly<{ model: string; baseUrl: string; apiKey: string | undefined }> | undefined;
  /** Speech-to-text with the server's key (OPENAI_API_KEY / DEEPGRAM_API_KEY) when a user brings none. */
  speech: Readonly<{
    /** 'offline': the offline rough draft (pocketsphinx) for everyone without a key of their own. */
    provider: 'openai' | 'deepgram' | 'offline' | undefined;
    model: string | undefined;
    baseUrl: string | undefined;
    maxBytes: number;
    timeoutMs: number;
    /** How many offline transcriptions run at once (each takes a core and ~120 MB); more wait in a short queue. */
    offlineConcurrency: number;
  }>;
  oauth: Readonly<{
    google: Readonly<{ clientId: string; clientSecret: string }> | undefined;
    microsoft: Readonly<{ clientId: string; clientSecret: string }> | undefined;
  }>;
  /** Where uploaded files (CVs) live: a local folder (DATA_DIR/storage by default) or an S3-compatible bucket. */
  storage: StorageConfig;
  /** The deadline and heap cap of the worker that takes one PDF or DOCX apart (decision 038). */
  documentParse: Readonly<{ timeoutMs: number; maxMemoryMb: number }>;
  /** Per-IP limit on the sensitive auth endpoints (sign-in, sign-up, reset, 2FA codes). */
  authRateLimitPerMinute: number;
  /** Installation settings fixed by their environment variables (SIGNUP_POLICY, UPLOAD_MAX_FILE_BYTES, LLM_MODEL, …): these win over stored values. */
  settingOverrides: SettingOverrides;
}>;

export type StorageConfig =
  | Readonly<{ driver: 'local'; dir: string }>
  | Readonly<{
      driver: 's3';
      bucket: string;
      region: string;
      /** Unset: AWS S3 itself; otherwise MinIO, Ceph, Cloudflare R2 or any S3-compatible server. */
      endpoint: string | undefined;
      accessKeyId: string;
      secretAccessKey: string;
      /** `host/bucket/key` URLs instead of `bucket.host/key` (MinIO, Ceph and most self-hosted servers need it). */
      forcePathStyle: boolean;
    }>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment once. Throws a ConfigError whose message names every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      const raw = env[name];
      const shown = raw === undefined ? '' : ` (got "${name.includes('SECRET') || name.includes('KEY') ? '…' : raw}")`;
      return `${name} ${issue.message}${shown}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const settings = parseSettingOverrides(env);
  if (settings.problems.length > 0) throw new ConfigError(`Invalid configuration: ${settings.problems.join('; ')}`);
  const pair = (id: string | undefined, secret: string | undefined) =>
    id && secret ? Object.freeze({ clientId: id, clientSecret: secret }) : undefined;
  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    trustedOrigins: Object.freeze(
      e.PUBLIC_URL ? [new URL(e.PUBLIC_URL).origin] : ['localhost', '127.0.0.1', '[::1]'].map((host) => `http://${host}:${e.PORT}`),
    ),
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    databasePoolWaitMs: e.DATABASE_POOL_WAIT_MS,
    serverSecret: e.SERVER_SECRET,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    runWorkers: e.RUN_WORKERS,
    mail: Object.freeze({ smtpUrl: e.SMTP_URL, from: e.MAIL_FROM }),
    llm: Object.freeze({
      provider: e.LLM_PROVIDER,
      model: e.LLM_MODEL,
      baseUrl: e.LLM_BASE_URL,
      apiKey: e.LLM_API_KEY,
      timeoutMs: e.LLM_TIMEOUT_MS,
    }),
    keys: Object.freeze({ openai: e.OPENAI_API_KEY, anthropic: e.ANTHROPIC_API_KEY, deepgram: e.DEEPGRAM_API_KEY }),
    liveKit: liveKitConfig(e),
    embeddings: embeddingsConfig(e),
    speech: Object.freeze({
      provider: e.STT_PROVIDER,
      model: e.STT_MODEL,
      baseUrl: e.STT_BASE_URL,
      maxBytes: e.STT_MAX_BYTES,
      timeoutMs: e.STT_TIMEOUT_MS,
      offlineConcurrency: e.STT_OFFLINE_CONCURRENCY ?? Math.min(2, availableParallelism()),
    }),
    oauth: Object.freeze({
      google: pair(e.GOOGLE_CLIENT_ID, e.GOOGLE_CLIENT_SECRET),
      microsoft: pair(e.MICROSOFT_CLIENT_ID, e.MICROSOFT_CLIENT_SECRET),
    }),
    storage: storageConfig(e),
    documentParse: Object.freeze({ timeoutMs: e.DOCUMENT_PARSE_TIMEOUT_MS, maxMemoryMb: e.DOCUMENT_PARSE_MEMORY_MB }),
    authRateLimitPerMinute: e.AUTH_RATE_LIMIT_PER_MINUTE,
    settingOverrides: settings.overrides,
  });
}

type Env = z.output<typeof envSchema>;

/** STORAGE_DRIVER, or s3 when S3_BUCKET is set; an incomplete S3 setting names the missing variable. */
function storageConfig(e: Env): StorageConfig {
  const driver = e.STORAGE_DRIVER ?? (e.S3_BUCKET ? 's3' : 'local');
  if (driver === 'local') return Object.freeze({ driver, dir: path.resolve(e.STORAGE_DIR ?? path.join(e.DATA_DIR, 'storage')) });
  const { S3_BUCKET: bucket, S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = e;
  if (!bucket || !accessKeyId || !secretAccessKey) {
    const missing = (['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((name) => !e[name]);
    throw new ConfigError(`Invalid configuration: S3 storage needs ${missing.join(', ')} (set them, or STORAGE_DRIVER=local)`);
  }
  return Object.freeze({
    driver,
    bucket,
    region: e.S3_REGION ?? 'us-east-1',
    endpoint: e.S3_ENDPOINT,
    accessKeyId,
    secretAccessKey,
    forcePathStyle: e.S3_FORCE_PATH_STYLE ?? e.S3_ENDPOINT !== undefined,
  });
}

/**
 * EMBEDDING_MODEL turns semantic search on. The key is EMBEDDING_API_KEY, else OPENAI_API_KEY — but only when the calls
 * go to OpenAI itself: the OpenAI key is never sent to another server named by EMBEDDING_BASE_URL.
 */
/** All three LiveKit variables, or none; a partial setting names what is missing. */
function liveKitConfig(e: Env): Config['liveKit'] {
  const names = ['LIVEKIT_URL', 'LIVEKIT_API_KEY', 'LIVEKIT_API_SECRET'] as const;
  const missing = names.filter((name) => !e[name]);
  if (missing.length === names.length) return undefined;
  if (missing.length > 0) throw new ConfigError(`Invalid configuration: a LiveKit server needs ${missing.join(' and ')} too`);
  return Object.freeze({ url: e.LIVEKIT_URL!.replace(/\/$/, ''), apiKey: e.LIVEKIT_API_KEY!, apiSecret: e.LIVEKIT_API_SECRET! });
}

function embeddingsConfig(e: Env): Config['embeddings'] {
  if (!e.EMBEDDING_MODEL) return undefined;
  const apiKey = e.EMBEDDING_API_KEY ?? (e.EMBEDDING_BASE_URL ? undefined : e.OPENAI_API_KEY);
  if (!e.EMBEDDING_BASE_URL && !apiKey) {
    throw new ConfigError('Invalid configuration: EMBEDDING_MODEL needs EMBEDDING_API_KEY or OPENAI_API_KEY (or EMBEDDING_BASE_URL for a local server)');
  }
  return Object.freeze({ model: e.EMBEDDING_MODEL, baseUrl: (e.EMBEDDING_BASE_URL ?? 'https://api.openai.com/v1').replace(/\/$/, ''), apiKey });
}
