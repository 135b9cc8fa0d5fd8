import { describe, expect, it } from 'vitest';
import { analyzeSkillGaps } from './analyze-skill-gaps.ts';

const jobs = [
  { id: 'fe', text: 'Frontend Developer\nRequirements:\n- JavaScript and TypeScript\n- React\nNice to have:\n- GraphQL' },
  { id: 'fs', text: 'Full Stack Engineer\nRequirements:\n- TypeScript\n- Node.js\n- PostgreSQL\nNice to have:\n- Docker' },
  { id: 'nurse', text: 'Registered Nurse\nRequirements:\n- Wound care\n- IV therapy' },
];

describe('analyzeSkillGaps', () => {
  const analysis = analyzeSkillGaps({ profileSkills: ['JS', 'React', 'Postgres'], jobs });

  it('scores each job by the skills the profile covers (aliases understood)', () => {
    const fe = analysis.jobs.find((job) => job.id === 'fe');
    expect(fe?.matched).toEqual(expect.arrayContaining(['JavaScript', 'React']));
    expect(fe?.gaps.map((gap) => gap.skill)).toContain('TypeScript');
    expect(analysis.jobs.find((job) => job.id === 'fs')?.matched).toContain('PostgreSQL');
    expect(analysis.jobs.find((job) => job.id === 'nurse')?.matchScore).toBe(0);
    expect(fe?.matchScore).toBeGreaterThan(analysis.jobs.find((job) => job.id === 'fs')?.matchScore ?? 100);
  });

  it('ranks gaps by how many target jobs need them', () => {
    expect(analysis.gaps[0]).toMatchObject({ skill: 'TypeScript', jobCount: 2, requiredCount: 2 });
    const counts = analysis.gaps.map((gap) => gap.requiredCount * 2 + gap.jobCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(analysis.gaps[0]?.nextSteps[0]).toMatch(/2 of 3 target jobs ask for TypeScript/);
    expect(analysis.gaps.find((gap) => gap.skill === 'GraphQL')?.requiredCount).toBe(0);
  });

  it('fills the seed 004 skill_analysis totals', () => {
    const scores = analysis.jobs.map((job) => job.matchScore);
    expect(analysis.totals).toEqual({
      total_jobs_analyzed: 3,
      total_skill_gaps: analysis.gaps.length,
      average_job_match_score: Math.round((scores.reduce((a, b) => a + b, 0) / 3) * 10) / 10,
      highest_job_match_score: Math.max(...scores),
      lowest_job_match_score: 0,
    });
  });

  it('accepts parsed jobs and a profile that already covers everything', () => {
    const result = analyzeSkillGaps({
      profileSkills: ['Excel'],
      jobs: [{ title: 'Analyst', parsed: { mustHave: [{ name: 'Microsoft Excel', kind: 'knowledge', start: 0, end: 5, text: 'Excel' }], niceToHave: [], responsibilities: [] } }],
    });
    expect(result.jobs[0]).toMatchObject({ title: 'Analyst', matchScore: 100, gaps: [] });
    expect(result.totals.total_skill_gaps).toBe(0);
  });
});
