import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
const bin = path.join(projectRoot, 'bin/parley.js');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'parley-data-'));
}

/** The environment of a child process: the parent's minus anything that would change which database it uses. */
export function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  delete base.SERVER_SECRET;
  return { ...base, LOG_LEVEL: 'warn', ...env };
}

export type CommandResult = { code: number | null; stdout: string; stderr: string };

/** Runs `parley ARGS` to completion; `stdin`, when given, is written to its standard input. */
export async function runParley(args: string[], env: Record<string, string> = {}, stdin?: string): Promise<CommandResult> {
  const child = spawn(process.execPath, [bin, ...args], { cwd: projectRoot, env: childEnv(env), stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
  if (stdin !== undefined) child.stdin?.end(stdin);
  return collect(child);
}

/** Starts `parley ARGS` with its standard input open, for commands that read stdin as it arrives. */
export function spawnParley(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [bin, ...args], { cwd: projectRoot, env: childEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
}

function collect(child: ChildProcess): Promise<CommandResult> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

export type ParleyWorker = { child: ChildProcess; output(): string; stop(signal?: NodeJS.Signals): Promise<CommandResult> };

/** Starts `parley worker` (no HTTP port: a caller sees it working through the database or the fakes it calls). */
export function startParleyWorker(env: Record<string, string>): ParleyWorker {
  const child = spawn(process.execPath, [bin, 'worker'], { cwd: projectRoot, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  const done = collect(child);
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  return {
    child,
    output: () => log,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return done;
    },
  };
}

export type ParleyServer = { url: string; dataDir: string; child: ChildProcess; output(): string; stop(signal?: NodeJS.Signals): Promise<CommandResult> };

/** Starts `parley start` on a free port and waits until /api/health answers. */
export async function startParleyServer(env: Record<string, string> = {}, timeoutMs = 60_000): Promise<ParleyServer> {
  const port = await freePort();
  const dataDir = env.DATA_DIR ?? tempDataDir();
  // BENCH_CPU_PROF_DIR=folder writes the server's V8 CPU profile there when it stops (NODE_OPTIONS refuses --cpu-prof).
  const profile = process.env.BENCH_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, bin, 'start'], {
    cwd: projectRoot,
    env: childEnv({ PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${port}`, DATA_DIR: dataDir, ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const done = collect(child);
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`parley start exited early (${child.exitCode}):\n${log}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (Date.now() >= deadline) {
    child.kill('SIGKILL');
    throw new Error(`parley start did not answer within ${timeoutMs} ms:\n${log}`);
  }
  return {
    url,
    dataDir,
    child,
    output: () => log,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      return done;
    },
  };
}
