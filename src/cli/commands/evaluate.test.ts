import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function parley(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['bin/parley.js', ...args, '--engine', 'offline'], { cwd: root, encoding: 'utf8', timeout: 90_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('parley evaluate', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-evaluate-'));
  const strong = join(dir, 'strong.txt');
  writeFileSync(strong, 'Last year at our clinic a patient complained about waiting times. My task was to fix the booking process. I mapped the bookings in Excel and moved routine checks to the afternoon. As a result, waiting times fell from 40 to 15 minutes within a month.');
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '   ');

  it('--json prints the evaluation with STAR quotes from the answer', () => {
    const run = parley(['evaluate', '--question', 'Tell me about a time you improved a process.', '--answer', strong, '--json']);
    expect(run.status).toBe(0);
    const evaluation = JSON.parse(run.stdout);
    expect(evaluation.starCoverage).toBe(4);
    expect(evaluation.star.result).toMatch(/^As a result, waiting times fell/);
    expect(evaluation.overall).toBeGreaterThanOrEqual(4);
  });

  it('prints a readable report by default', () => {
    const run = parley(['evaluate', '--question', 'Tell me about a time you improved a process.', '--answer', strong, '--competency', 'problem_solving']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Overall: \d\/5/);
    expect(run.stdout).toMatch(/problem solving\s+\d\/5/);
    expect(run.stdout).toContain('Feedback');
  });

  it('fails clearly on a missing or an empty answer file', () => {
    expect(parley(['evaluate', '--question', 'Q', '--answer', join(dir, 'nope.txt')]).stderr).toContain('does not exist');
    const blank = parley(['evaluate', '--question', 'Q', '--answer', empty]);
    expect(blank.status).toBe(1);
    expect(blank.stderr).toContain('is empty');
  });
});
