import { z } from 'zod';
import { parseAllowRule, splitAllowList } from '#server/platform/outbound/allow-rules.ts';
import { reminderOffsetsSchema, scorecardReminderHoursSchema } from '#shared/contracts/interview-settings.ts';
import { llmProviderChoices, signupPolicies, type LlmProviderChoice } from '#shared/vocabulary.ts';

/**
 * Every installation setting, in one place (decision 015). To add one: an entry below with its schema (whose messages
 * are the rule a bad value is refused with), its default, its environment variable and how that variable's text becomes
 * a value. The variable, when set, wins over the stored value; the admin page shows which one applies.
 */

type SettingDefinition<T> = {
  description: string;
  /** What a valid value is, in words: shown on the admin page and in a refusal. */
  rule: string;
  schema: z.ZodType<T>;
  default: T;
  env: string;
  /** The variable's text as a value, before the schema checks it. */
  fromEnv: (raw: string) => unknown;
};

function defineSetting<T>(definition: SettingDefinition<T>): SettingDefinition<T> {
  return definition;
}

const allowEntry = z.string().superRefine((value, context) => {
  const rule = parseAllowRule(value);
  if ('error' in rule) context.addIssue({ code: 'custom', message: rule.error });
});

const price = z.number({ error: 'must be a price in US dollars per million tokens' }).min(0, 'must be 0 or more').max(10_000, 'must be at most 10,000');
const modelPrices = z
  .record(z.string().min(1, 'must name a model').max(200, 'must be a model name of at most 200 characters'), z.object({ inputPerMillion: price, outputPerMillion: price }).strict(), {
    error: 'must map model names to { inputPerMillion, outputPerMillion } in US dollars',
  })
  .refine((table) => Object.keys(table).length <= 200, 'must have at most 200 models');

const kib = 1024;
const mib = 1024 * 1024;

/** A size limit in bytes. */
function byteCount(min: number, max: number) {
  return z.number({ error: 'must be a number of bytes' }).int('must be a whole number of bytes').min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);
}

/** A retention period: whole days (or hours), 0 meaning "keep for ever" where the setting allows it. */
function period(unit: string, min: number, max: number) {
  return z
    .number({ error: `must be a number of ${unit}` })
    .int(`must be a whole number of ${unit}`)
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);
}

export const settingDefinitions = {
  'interviews.reminder-offsets': defineSetting({
    description:
      'When interview reminders go out, in minutes before the start (e-mail to everyone, in-app to those with an account). A workspace owner may set their own.',
    rule: 'a list of up to 10 whole minutes, each from 1 to 20160 (14 days), no repeats; empty: no reminders',
    schema: reminderOffsetsSchema,
    default: [1440, 60] as number[],
    env: 'INTERVIEW_REMINDER_MINUTES',
    fromEnv: (raw) => raw.split(',').map((minutes) => (minutes.trim() === '' ? Number.NaN : Number(minutes.trim()))),
  }),
  'interviews.scorecard-reminder-hours': defineSetting({
    description:
      'Hours after an interview ends at which each panelist who has not submitted a scorecard is reminded (in-app, once). A workspace owner may set their own.',
    rule: 'a whole number of hours from 0 to 336; 0 sends no such reminder',
    schema: scorecardReminderHoursSchema,
    default: 24,
    env: 'INTERVIEW_SCORECARD_REMINDER_HOURS',
    fromEnv: Number,
  }),
  'ai.default-provider': defineSetting<LlmProviderChoice>({
    description:
      "Which of the installation's own LLM keys answers users and workspaces without a key of their own. auto: the OpenAI key (OPENAI_API_KEY), else the Anthropic one; openai-compatible needs LLM_BASE_URL and a default model. Read before every call: a change applies at once.",
    rule: `one of ${llmProviderChoices.join(', ')}`,
    schema: z.enum(llmProviderChoices, { error: `must be one of ${llmProviderChoices.join(', ')}` }),
    default: 'auto',
    env: 'LLM_PROVIDER',
    fromEnv: (raw) => raw.trim().toLowerCase(),
  }),
  'ai.default-model': defineSetting({
    description:
      "The model the installation's own LLM key is called with. Empty: the provider's small default (gpt-4.1-mini, claude-haiku-4-5). Stored keys name their own model. Read before every call: a change applies at once.",
    rule: 'a model name of at most 200 characters (letters, digits and - _ . : / @), or empty for the provider\'s default',
    schema: z
      .string({ error: 'must be a model name' })
      .trim()
      .max(200, 'must be at most 200 characters')
      .regex(/^[\w.:/@-]*$/, 'must be a model name of letters, digits and - _ . : / @'),
    default: '',
    env: 'LLM_MODEL',
    fromEnv: (raw) => raw,
  }),
  'uploads.max-file-bytes': defineSetting({
    description: 'The largest single CV: an upload to a profile, each file of a screening batch, each file inside a ZIP. A larger one is refused (413) naming this limit.',
    rule: `a whole number of bytes from ${kib} (1 KB) to ${100 * mib} (100 MB)`,
    schema: byteCount(kib, 100 * mib),
    default: 10 * mib,
    env: 'UPLOAD_MAX_FILE_BYTES',
    fromEnv: Number,
  }),
  'uploads.batch-max-files': defineSetting({
    description: 'The most CVs in one screening batch, after ZIPs are expanded. A larger batch is refused (413) naming this limit.',
    rule: 'a whole number from 1 to 5000',
    schema: z.number({ error: 'must be a number of files' }).int('must be a whole number of files').min(1, 'must be at least 1').max(5000, 'must be at most 5000'),
    default: 500,
    env: 'BATCH_MAX_FILES',
    fromEnv: Number,
  }),
  'uploads.batch-max-bytes': defineSetting({
    description: 'The largest total size of one screening batch (a ZIP may be this large). A larger batch is refused (413) naming this limit.',
    rule: `a whole number of bytes from ${mib} (1 MB) to ${2048 * mib} (2 GB)`,
    schema: byteCount(mib, 2048 * mib),
    default: 200 * mib,
    env: 'BATCH_MAX_BYTES',
    fromEnv: Number,
  }),
  'uploads.attachment-max-bytes': defineSetting({
    description: 'The largest screenshot or file attached to a support ticket. A larger one is refused (413) naming this limit.',
    rule: `a whole number of bytes from ${kib} (1 KB) to ${100 * mib} (100 MB)`,
    schema: byteCount(kib, 100 * mib),
    default: 10 * mib,
    env: 'SUPPORT_ATTACHMENT_MAX_BYTES',
    fromEnv: Number,
  }),
  'practice.idle-timeout-minutes': defineSetting({
    description: 'A practice interview with no activity for this long is ended as timed out the next time it is opened or answered.',
    rule: 'a whole number of minutes from 5 to 10080 (a week)',
    schema: period('minutes', 5, 10_080),
    default: 120,
    env: 'PRACTICE_IDLE_TIMEOUT_MINUTES',
    fromEnv: Number,
  }),
  'retention.notification-days': defineSetting({
    description: 'Notifications older than this are removed by the daily data retention job.',
    rule: 'a whole number of days from 0 to 3650; 0 keeps them for ever',
    schema: period('days', 0, 3650),
    default: 180,
    env: 'RETENTION_NOTIFICATION_DAYS',
    fromEnv: Number,
  }),
  'retention.outbox-days': defineSetting({
    description: 'Mail in the outbox (sent or kept) older than this is removed by the daily data retention job.',
    rule: 'a whole number of days from 0 to 3650; 0 keeps it for ever',
    schema: period('days', 0, 3650),
    default: 90,
    env: 'RETENTION_OUTBOX_DAYS',
    fromEnv: Number,
  }),
  'retention.closed-job-days': defineSetting({
    description: 'The candidates and CVs of a job closed (and unchanged) for this long are removed by the daily data retention job. Off by default.',
    rule: 'a whole number of days from 0 to 3650; 0 keeps them for ever',
    schema: period('days', 0, 3650),
    default: 0,
    env: 'RETENTION_CLOSED_JOB_DAYS',
    fromEnv: Number,
  }),
  'retention.unused-file-hours': defineSetting({
    description:
      'Stored files that nothing uses any more (a recorded answer never submitted, the CVs of a deleted job) are removed from storage this long after they were stored.',
    rule: 'a whole number of hours from 1 to 8760',
    schema: period('hours', 1, 8760),
    default: 24,
    env: 'RETENTION_UNUSED_FILE_HOURS',
    fromEnv: Number,
  }),
  'ai.model-prices': defineSetting({
    description:
      'What each LLM model costs, in US dollars per million tokens in and out: AI usage pages estimate costs with it and cost budgets are counted in it. A model missing here counts as free (the usage page lists it).',
    rule: 'an object of model names, each { "inputPerMillion": number, "outputPerMillion": number } in US dollars (0–10,000); at most 200 models',
    schema: modelPrices,
    // List prices at the time of writing; an administrator corrects them here.
    default: {
      'gpt-4.1': { inputPerMillion: 2, outputPerMillion: 8 },
      'gpt-4.1-mini': { inputPerMillion: 0.4, outputPerMillion: 1.6 },
      'gpt-4.1-nano': { inputPerMillion: 0.1, outputPerMillion: 0.4 },
      'gpt-4o-mini': { inputPerMillion: 0.15, outputPerMillion: 0.6 },
      'claude-haiku-4-5': { inputPerMillion: 1, outputPerMillion: 5 },
      'claude-sonnet-4-5': { inputPerMillion: 3, outputPerMillion: 15 },
      'text-embedding-3-small': { inputPerMillion: 0.02, outputPerMillion: 0 },
    },
    env: 'AI_MODEL_PRICES',
    fromEnv: parseJsonOrText,
  }),
  'signup.policy': defineSetting({
    description: 'Who may create an account. The first account, which becomes the administrator, may always be created.',
    rule: `one of ${signupPolicies.join(', ')}: anyone may sign up, only people holding an invitation (to a workspace or from an administrator), or nobody`,
    schema: z.enum(signupPolicies, { error: `must be one of ${signupPolicies.join(', ')}` }),
    default: 'open',
    env: 'SIGNUP_POLICY',
    fromEnv: (raw) => raw.trim().toLowerCase(),
  }),
  'outbound.allow': defineSetting({
    description:
      'Hosts and address ranges on your own network that URLs given by users and workspaces may reach (an Ollama server, a local speech server). Everything private, loopback or link-local is refused otherwise.',
    rule: 'a list of host names (gpu-box), domains (*.lan), addresses (192.168.1.20) or ranges (10.0.0.0/8, fd00::/8); at most 100',
    schema: z.array(allowEntry, { error: 'must be a list of hosts or address ranges' }).max(100, 'must have at most 100 entries'),
    default: [] as string[],
    env: 'OUTBOUND_ALLOW',
    fromEnv: splitAllowList,
  }),
};

/** A JSON variable's value, or its raw text when it is not JSON (the schema then says what is wrong). */
function parseJsonOrText(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

export type SettingKey = keyof typeof settingDefinitions;
export type SettingValue<K extends SettingKey> = (typeof settingDefinitions)[K]['default'];
export const settingKeys = Object.keys(settingDefinitions) as SettingKey[];

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(settingDefinitions, key);
}

/** The values set by environment variables, checked; a bad one is an error naming the variable and the rule. */
export type SettingOverrides = Readonly<Partial<Record<SettingKey, unknown>>>;

export function parseSettingOverrides(env: NodeJS.ProcessEnv): { overrides: SettingOverrides; problems: string[] } {
  const overrides: Partial<Record<SettingKey, unknown>> = {};
  const problems: string[] = [];
  for (const key of settingKeys) {
    const definition: SettingDefinition<unknown> = settingDefinitions[key];
    const raw = env[definition.env];
    if (raw === undefined || raw.trim() === '') continue;
    const parsed = definition.schema.safeParse(definition.fromEnv(raw));
    if (parsed.success) overrides[key] = parsed.data;
    else problems.push(`${definition.env} ${parsed.error.issues.map((issue) => issue.message).join('; ')} (got "${raw}")`);
  }
  return { overrides: Object.freeze(overrides), problems };
}
