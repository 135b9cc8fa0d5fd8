import { performance } from 'node:perf_hooks';
import type { z } from 'zod';
import { generateStructured, LlmCallError } from '#server/ai/providers/index.ts';
import type { AiUsageEvent, RecordUsage } from '#server/ai/usage/usage-event.ts';
import type { Config } from '#server/config.ts';
import { AppError } from '#server/platform/errors.ts';
import type { Logger } from '#server/platform/logger.ts';
import { createCredentialResolver, type CredentialSource, type LlmCredentials, type ResolveCredentials } from './credentials.ts';
import { describeIssues } from './describe-issues.ts';
import type { EngineSelection } from './engine-selection.ts';
import { streamWithFallback, type AiTextStream, type TextStreamRequest } from './engine-stream.ts';
import { createOfflineContext } from './offline-context.ts';
import { withOutputSchema } from './prompt-format.ts';
import type { AiTask, AnyAiTask, TaskInput, TaskOutput } from './task.ts';
import type { AiMeta, AiResult, AiRunContext } from './types.ts';

/** What `meta.fallbackReason` says when a budget stopped an LLM call. */
export const budgetReachedReason = 'budget reached';

/** Whether the budgets that cover a call (the workspace's; the user's own key's) are used up. */
export type CheckBudget = (ctx: { userId?: string; workspaceId?: string; source: CredentialSource; keyId?: string }) => Promise<{ reached: boolean }>;

export type AiEngineDeps = {
  config: Pick<Config, 'llm' | 'keys'> & Partial<Pick<Config, 'documentParse'>>;
  log: Logger;
  /** Defaults to the server's configuration only; the app passes one that reads user and workspace keys first. */
  resolveCredentials?: ResolveCredentials;
  /** Defaults to recording nothing (the CLI has no database). */
  recordUsage?: RecordUsage;
  /** Asked before an LLM call: at a budget the offline engine answers (decision 039). Defaults to no budgets. */
  checkBudget?: CheckBudget;
  /** The only clock of the engine and its tasks (recency, tenures, usage rows): the process's, or a test's fixed one. */
  clock: { now: () => Date };
  /** Defaults to config.llm.timeoutMs. */
  timeoutMs?: number;
  /** Retries of a rate-limited or failing provider call before falling back; default 1. */
  maxRetries?: number;
};

/** A task seen without its particular schemas, inside the engine only. */
type ErasedTask = AiTask<z.ZodType, z.ZodType, unknown, z.ZodType>;

export type AiEngine = {
  run<T extends AnyAiTask>(task: T, input: TaskInput<T>, ctx?: AiRunContext): Promise<AiResult<TaskOutput<T>>>;
  /**
   * One task over many inputs for one caller, in order: the engine is chosen once and the calls' usage is booked in one
   * write (one row per call, as `run` books them); each LLM call falls back to the offline engine on its own.
   */
  runEach<T extends AnyAiTask>(task: T, inputs: readonly TaskInput<T>[], ctx?: AiRunContext): Promise<AiResult<TaskOutput<T>>[]>;
  streamText(request: TextStreamRequest, ctx?: AiRunContext): AiTextStream;
  /** Which engine a call with this context would use (for a settings page or a CLI warning). */
  selectEngine(ctx?: AiRunContext): Promise<EngineSelection>;
};

export function createAiEngine(deps: AiEngineDeps): AiEngine {
  const { log } = deps;
  const resolveCredentials = deps.resolveCredentials ?? createCredentialResolver({ config: deps.config });
  const now = () => deps.clock.now();
  const timeoutMs = deps.timeoutMs ?? deps.config.llm.timeoutMs;
  const maxRetries = deps.maxRetries ?? 1;
  const offlineContext = createOfflineContext({ log, now, ...(deps.config.documentParse ? { documentLimits: deps.config.documentParse } : {}) });

  async function selectEngine(ctx: AiRunContext = {}): Promise<EngineSelection> {
    const choice = ctx.engine ?? 'auto';
    if (choice === 'offline') return { engine: 'offline' };
    let credentials: LlmCredentials | undefined;
    try {
      credentials = await resolveCredentials({ userId: ctx.userId, workspaceId: ctx.workspaceId });
    } catch (error) {
      log.warn({ err: error, userId: ctx.userId, workspaceId: ctx.workspaceId }, 'could not resolve LLM credentials');
      return { engine: 'offline', fallbackReason: 'provider_error: could not read the stored key' };
    }
    if (credentials) {
      if (await budgetReached(ctx, credentials)) return { engine: 'offline', fallbackReason: budgetReachedReason };
      return { engine: 'llm', credentials };
    }
    if (choice === 'llm') {
      throw new AppError('unavailable', 'No LLM is configured: add an API key in settings or set LLM_PROVIDER and LLM_MODEL on the server');
    }
    return { engine: 'offline' };
  }

  async function budgetReached(ctx: AiRunContext, credentials: LlmCredentials): Promise<boolean> {
    if (!deps.checkBudget) return false;
    try {
      return (await deps.checkBudget({ userId: ctx.userId, workspaceId: ctx.workspaceId, source: credentials.source, keyId: credentials.keyId })).reached;
    } catch (error) {
      // A budget that cannot be read must not stop the user's request; the call goes ahead and the failure is logged.
      log.warn({ err: error, userId: ctx.userId, workspaceId: ctx.workspaceId }, 'could not check the AI budget');
      return false;
    }
  }

  function usageEvent(taskName: string, ctx: AiRunContext, meta: AiMeta, credentials: LlmCredentials | undefined): AiUsageEvent {
    return {
      userId: ctx.userId,
      workspaceId: ctx.workspaceId,
      task: taskName,
      engine: meta.engine,
      provider: meta.provider,
      model: meta.model,
      credentialSource: credentials?.source,
      credentialId: credentials?.keyId,
      inputTokens: meta.usage?.inputTokens ?? 0,
      outputTokens: meta.usage?.outputTokens ?? 0,
      latencyMs: meta.latencyMs,
      fallbackReason: meta.fallbackReason,
      at: now(),
    };
  }

  async function record(events: readonly AiUsageEvent[]): Promise<void> {
    if (!deps.recordUsage || events.length === 0) return;
    try {
      await deps.recordUsage(events);
    } catch (error) {
      // Losing usage rows must never fail the user's request.
      log.warn({ err: error, task: events[0]?.task, calls: events.length }, 'could not record AI usage');
    }
  }

  async function runOffline(task: ErasedTask, input: unknown): Promise<unknown> {
    const output: unknown = await task.offline(input, offlineContext);
    const parsed = task.output.safeParse(output);
    if (!parsed.success) {
      // A bug of ours, not the caller's: a plain Error, which the error handler answers as a 500 with the request id.
      log.error({ task: task.name, issues: parsed.error.issues }, 'offline engine output broke its schema');
      throw new Error(`The offline ${task.name} produced an invalid result: ${describeIssues(parsed.error.issues)}`);
    }
    return parsed.data;
  }

  async function runLlm(task: ErasedTask, llmInput: unknown, credentials: LlmCredentials) {
    const llmSchema: z.ZodType = task.llmOutput ?? task.output;
    const prompt = withOutputSchema(llmSchema, task.prompt(llmInput));
    const response = await generateStructured({ credentials, schema: llmSchema, name: task.name, ...prompt, timeoutMs, maxRetries });
    if (!task.finishLlm) return response;
    const parsed = task.output.safeParse(task.finishLlm(response.object, llmInput));
    if (!parsed.success) throw new LlmCallError('invalid_output', describeIssues(parsed.error.issues), response.usage);
    return { ...response, object: parsed.data };
  }

  function parseInput(task: ErasedTask, rawInput: unknown): unknown {
    const parsedInput = task.input.safeParse(rawInput);
    if (!parsedInput.success) {
      // Task inputs are built by our own services from validated requests: a bad one is an internal fault (a 500 whose
      // details stay in the log), not something the caller could fix.
      throw new Error(`Invalid input for ${task.name}: ${describeIssues(parsedInput.error.issues)}`, { cause: parsedInput.error });
    }
    return parsedInput.data;
  }

  /** One call on an engine already chosen; its usage is the caller's to book. */
  async function runSelected(task: ErasedTask, input: unknown, selection: EngineSelection): Promise<AiResult<unknown>> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const { credentials } = selection;
    let fallback: Pick<AiMeta, 'provider' | 'model' | 'fallbackReason' | 'usage'> = { fallbackReason: selection.fallbackReason };

    if (credentials) {
      // Preparing the input (reading a file, measuring) is not the model's job: its errors are the caller's, on either engine.
      const llmInput: unknown = task.llmInput ? await task.llmInput(input, offlineContext) : input;
      try {
        const response = await runLlm(task, llmInput, credentials);
        return { output: response.object, meta: { engine: 'llm', provider: credentials.provider, model: response.model, latencyMs: elapsed(), usage: response.usage } };
      } catch (error) {
        const failure = error instanceof LlmCallError ? error : new LlmCallError('provider_error', describeUnexpected(error));
        log.warn({ task: task.name, provider: credentials.provider, model: credentials.model, reason: failure.reason }, 'LLM failed, using the offline engine');
        fallback = { provider: credentials.provider, model: credentials.model, fallbackReason: failure.reason, usage: failure.usage };
      }
    }

    const output = await runOffline(task, input);
    return { output, meta: { engine: 'offline', latencyMs: elapsed(), ...withoutUndefined(fallback) } };
  }

  async function run<T extends AnyAiTask>(typedTask: T, rawInput: TaskInput<T>, ctx: AiRunContext = {}): Promise<AiResult<TaskOutput<T>>> {
    const [result] = await runEach(typedTask, [rawInput], ctx);
    return result!;
  }

  async function runEach<T extends AnyAiTask>(typedTask: T, rawInputs: readonly TaskInput<T>[], ctx: AiRunContext = {}): Promise<AiResult<TaskOutput<T>>[]> {
    const task = typedTask as ErasedTask;
    const inputs = rawInputs.map((rawInput) => parseInput(task, rawInput));
    if (inputs.length === 0) return [];
    const selection = await selectEngine(ctx);
    const results: AiResult<TaskOutput<T>>[] = [];
    for (const input of inputs) results.push((await runSelected(task, input, selection)) as AiResult<TaskOutput<T>>);
    await record(results.map(({ meta }) => usageEvent(task.name, ctx, meta, selection.credentials)));
    return results;
  }

  return {
    run,
    runEach,
    selectEngine,
    streamText: (request, ctx = {}) =>
      streamWithFallback({ request, ctx, selectEngine, timeoutMs, maxRetries, log, record: (meta, credentials) => record([usageEvent(request.task, ctx, meta, credentials)]) }),
  };
}

function describeUnexpected(error: unknown): string {
  return error instanceof Error ? error.message : 'unknown error';
}

function withoutUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
