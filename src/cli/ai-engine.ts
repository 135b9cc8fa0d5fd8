import pino from 'pino';
import { createAiEngine, credentialsFromConfig, type AiResult, type AnyAiTask, type EngineChoice, type TaskInput, type TaskOutput } from '#server/ai/index.ts';
import { loadConfig } from '#server/config.ts';

/** The engine behind every CLI command: the server's LLM configuration from the environment, no database, no usage rows. */
export type CliEngine = {
  /** What `--engine` asked for ('auto' when the flag was left out). */
  choice: EngineChoice;
  run<T extends AnyAiTask>(task: T, input: TaskInput<T>): Promise<AiResult<TaskOutput<T>>>;
};

export class EngineFlagError extends Error {
  override readonly name = 'EngineFlagError';
}

export type CliEngineOptions = {
  env?: NodeJS.ProcessEnv;
  /** Where the one-line "LLM failed, answered offline" notice goes; stderr by default so stdout stays machine-readable. */
  warn?: (message: string) => void;
};

/**
 * `--engine offline|llm`; without the flag, an LLM is used only when the environment configures one.
 * `--engine llm` with nothing configured is an error rather than a silent offline answer.
 */
export function createCliEngine(engineFlag: string | undefined, options: CliEngineOptions = {}): CliEngine {
  const choice = parseEngineFlag(engineFlag);
  const config = loadConfig(options.env);
  if (choice === 'llm' && !credentialsFromConfig(config)) {
    throw new EngineFlagError(
      '--engine llm needs an LLM: set LLM_PROVIDER (openai, anthropic or openai-compatible) with LLM_MODEL and LLM_API_KEY ' +
        '(or just OPENAI_API_KEY / ANTHROPIC_API_KEY); an openai-compatible server needs LLM_BASE_URL and LLM_MODEL',
    );
  }
  const warn = options.warn ?? ((message: string) => console.error(message));
  // The CLI is a composition root: the process's clock is the engine's one clock.
  const engine = createAiEngine({ config, log: pino({ level: 'silent' }), clock: { now: () => new Date() } });
  const warned = new Set<string>();
  return {
    choice,
    async run(task, input) {
      const result = await engine.run(task, input, { engine: choice });
      const reason = result.meta.fallbackReason;
      if (reason && !warned.has(reason)) {
        warned.add(reason);
        warn(`parley: the LLM (${result.meta.model ?? 'unknown model'}) failed: ${reason}; answered with the offline engine`);
      }
      return result;
    },
  };
}

export function parseEngineFlag(flag: string | undefined): EngineChoice {
  if (flag === undefined) return 'auto';
  if (flag === 'offline' || flag === 'llm') return flag;
  throw new EngineFlagError(`--engine must be "offline" or "llm" (got "${flag}")`);
}
