import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function parley(args: string[], input = ''): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['bin/parley.js', ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('parley skills', { timeout: 180_000 }, () => {
  it('--jsonl answers each {"id","text"} line with its skills and offsets', () => {
    const input = [JSON.stringify({ id: 'a', text: 'JS, k8s and Postgres' }), JSON.stringify({ id: 2, text: 'I excel at Excel' })].join('\n');
    const run = parley(['skills', '--jsonl'], `${input}\n`);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id?: unknown; skills?: unknown; error?: { code: string } });
    expect(lines).toEqual([
      {
        id: 'a',
        skills: [
          { start: 0, end: 2, text: 'JS', name: 'JavaScript', kind: 'knowledge' },
          { start: 4, end: 7, text: 'k8s', name: 'Kubernetes', kind: 'knowledge' },
          { start: 12, end: 20, text: 'Postgres', name: 'PostgreSQL', kind: 'knowledge' },
        ],
      },
      { id: 2, skills: [{ start: 11, end: 16, text: 'Excel', name: 'Microsoft Excel', kind: 'knowledge' }] },
    ]);
  });

  it('--jsonl marks duties and knowledge as phrases at their boundaries; --no-phrases keeps taxonomy names only', () => {
    const text = 'Prepare journal entries and reconcile general ledger accounts on a monthly basis.';
    const run = parley(['skills', '--jsonl'], `${JSON.stringify({ id: 'p', text })}\n`);
    expect(run.status).toBe(0);
    const spans = (JSON.parse(run.stdout) as { skills: { text: string }[] }).skills.map((skill) => skill.text);
    expect(spans).toEqual(['Prepare journal entries', 'reconcile general ledger accounts']);
    const names = parley(['skills', '--jsonl', '--no-phrases'], `${JSON.stringify({ id: 'p', text })}\n`);
    expect((JSON.parse(names.stdout) as { skills: { text: string }[] }).skills.map((skill) => skill.text)).toEqual(['journal entries', 'general ledger']);
  });

  it('--jsonl reports a bad line, goes on, and exits non-zero', () => {
    const run = parley(['skills', '--jsonl'], `not json\n${JSON.stringify({ id: 'b', text: 'Python' })}\n`);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('line 1: expected a JSON object');
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id?: unknown; skills?: unknown; error?: { code: string } });
    expect(lines[0]?.error?.code).toBe('bad_input');
    expect(lines[1]).toEqual({ id: 'b', skills: [{ start: 0, end: 6, text: 'Python', name: 'Python', kind: 'knowledge' }] });
  });

  it('prints a table for a file and fails clearly without input', () => {
    const table = parley(['skills', 'tests/fixtures/jobs/staff-accountant.txt']);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/knowledge\s+curated\s+GAAP\s+GAAP/);
    expect(table.stdout).not.toContain(' phrase ');
    expect(parley(['skills', '--phrases', 'tests/fixtures/jobs/staff-accountant.txt']).stdout).toMatch(/\sphrase\s/);
    const missing = parley(['skills', 'tests/fixtures/jobs/nope.txt']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read tests/fixtures/jobs/nope.txt');
    expect(parley(['skills']).stderr).toContain('give a FILE to read, or --jsonl');
  });
});
