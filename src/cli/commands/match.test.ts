import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function parley(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['bin/parley.js', ...args], { cwd: root, encoding: 'utf8', timeout: 90_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

type MatchLine = { file: string; score: number; matched: string[]; error?: { code: string } };

const resumes = ['registered-nurse.docx', 'software-engineer.txt', 'accountant.pdf', 'corrupt.pdf'].map((name) => `tests/fixtures/resumes/${name}`);

describe('parley match', { timeout: 180_000 }, () => {
  it('--jsonl prints one line per resume, and an error line for a file that cannot be read', () => {
    const run = parley(['match', '--job', 'tests/fixtures/jobs/registered-nurse-icu.txt', '--jsonl', '--blind', ...resumes]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as MatchLine);
    expect(lines.map((line) => line.file)).toEqual(resumes);
    const [nurse, engineer] = lines as [MatchLine, MatchLine];
    expect(Object.keys(nurse)).toEqual(['file', 'score', 'recommendation', 'matched', 'missing', 'additional', 'components']);
    expect(nurse.score).toBeGreaterThan(engineer.score);
    expect(nurse.matched).toEqual(expect.arrayContaining(['Registered Nurse', 'Basic Life Support']));
    expect(lines[3]).toEqual({ file: resumes[3], error: { code: 'unreadable_document', message: expect.any(String) } });
  });

  it('prints a ranked table without --jsonl', () => {
    const run = parley(['match', '--job', 'tests/fixtures/jobs/staff-accountant.txt', ...resumes.slice(0, 3)]);
    expect(run.status).toBe(0);
    const rows = run.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^rank\s+score\s+recommendation\s+file/);
    expect(rows[1]).toMatch(/^1\s+\d+\s+.*accountant\.pdf/);
  });

  it('fails clearly on a missing job file, a missing --job, or an unknown engine', () => {
    const noJob = parley(['match', '--job', 'nope.txt', resumes[0] as string]);
    expect(noJob.status).toBe(1);
    expect(noJob.stderr).toContain('cannot read the job file nope.txt');
    expect(parley(['match', resumes[0] as string]).stderr).toContain("required option '--job <file>' not specified");
    expect(parley(['match', '--job', 'x', '--engine', 'gpt', 'y']).stderr).toContain("argument 'gpt' is invalid");
  });
});
