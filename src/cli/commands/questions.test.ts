import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function parley(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['bin/parley.js', ...args, '--engine', 'offline'], { cwd: root, encoding: 'utf8', timeout: 90_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('parley questions', { timeout: 120_000 }, () => {
  it('--json prints N distinct questions personalised by the job and the resume', () => {
    const run = parley(['questions', '--role', 'Account Executive', '--type', 'mixed', '--count', '8', '--job', 'tests/fixtures/jobs/account-executive.txt', '--resume', 'tests/fixtures/resumes/sales-manager.pdf', '--json']);
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.profession).toBe('sales');
    expect(output.questions).toHaveLength(8);
    expect(new Set(output.questions.map((question: { id: string }) => question.id)).size).toBe(8);
    const sources = output.questions.map((question: { basedOn?: { source: string } }) => question.basedOn?.source);
    expect(sources).toContain('resume');
    expect(sources).toContain('job_description');
  });

  it('prints a readable list by default, and accepts a JSON Resume file', () => {
    const run = parley(['questions', '--role', 'Data Analyst', '--type', 'technical', '--count', '3', '--resume', 'tests/fixtures/resumes/data-analyst.resume.json']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^3 questions · profession: data/);
    expect(run.stdout).toMatch(/^1\. /m);
    expect(run.stdout).toContain('a strong answer shows:');
  });

  it('fails clearly on bad input, listing the valid choices', () => {
    const badType = parley(['questions', '--role', 'Nurse', '--type', 'trivia']);
    expect(badType.status).toBe(1);
    expect(badType.stderr).toContain('unknown interview type "trivia"; valid types: behavioural, technical, situational, hr_screening, system_design, mixed');
    expect(parley(['questions', '--role', 'Nurse', '--count', '0']).stderr).toContain('--count must be a whole number from 1 to 30');
    expect(parley(['questions', '--role', 'Nurse', '--job', 'missing.txt']).stderr).toContain('the job file missing.txt does not exist');
  });
});
