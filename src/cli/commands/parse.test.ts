import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string) => `tests/fixtures/resumes/${name}`;

function parley(args: string[], unset: string[] = []): { status: number | null; stdout: string; stderr: string } {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !unset.includes(key)));
  const result = spawnSync(process.execPath, ['bin/parley.js', ...args], { cwd: root, encoding: 'utf8', timeout: 90_000, env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const llmVariables = ['LLM_PROVIDER', 'LLM_MODEL', 'LLM_BASE_URL', 'LLM_API_KEY', 'OPENAI_API_KEY', 'ANTHROPIC_API_KEY'];

type Line = { file: string; resume?: { basics?: { name?: string }; work?: unknown[] }; entities?: { type: string }[]; warnings?: string[]; error?: { code: string; message: string } };

describe('parley parse', { timeout: 180_000 }, () => {
  it('--jsonl prints one line per file, a resume or an error code, and exits non-zero when a file failed', () => {
    const run = parley(['parse', '--jsonl', fixture('social-worker.pdf'), fixture('scanned.pdf'), fixture('architect.docx')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('1 of 3 file(s) could not be read');
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Line);
    expect(lines.map((line) => line.file)).toEqual([fixture('social-worker.pdf'), fixture('scanned.pdf'), fixture('architect.docx')]);
    expect(lines[0]?.resume?.basics?.name).toBe('Rachel Goldberg');
    expect(lines[0]?.resume?.work).toHaveLength(2);
    expect(lines[0]?.entities?.some((entity) => entity.type === 'EMAIL')).toBe(true);
    expect(lines[0]?.warnings).toEqual([]);
    expect(lines[1]?.error?.code).toBe('no_text_layer');
    expect(lines[2]?.resume?.basics?.name).toBe('Elena Rossi');
  });

  it('--json prints an array and the default prints a readable summary', () => {
    const json = parley(['parse', '--json', fixture('electrician.txt')]);
    expect(json.status).toBe(0);
    const parsed = JSON.parse(json.stdout) as Line[];
    expect(parsed.map((line) => line.resume?.basics?.name)).toEqual(["Patrick O'Brien"]);
    const summary = parley(['parse', fixture('chef.pdf')]);
    expect(summary.status).toBe(0);
    expect(summary.stdout).toContain('Antoine Dubois — Sous Chef');
    expect(summary.stdout).toContain('work: Chef de Partie at Hotel Carlton (2015 – 2019)');
  });

  it('fails clearly on a missing file, no files, or an unconfigured LLM engine', () => {
    const missing = parley(['parse', 'no-such-resume.pdf']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('file not found: no-such-resume.pdf');
    const none = parley(['parse']);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain("missing required argument 'files'");
    const llm = parley(['parse', '--engine', 'llm', fixture('chef.pdf')], llmVariables);
    expect(llm.status).toBe(1);
    expect(llm.stderr).toContain('--engine llm needs an LLM');
  });
});
