import { describe, expect, it } from 'vitest';
import { rankSkillGaps, type AnalysedJob } from './rank-skill-gaps.ts';

const job = (id: string, askedLevel: AnalysedJob['askedLevel'], matched: string[], gaps: [string, boolean][]): AnalysedJob => ({
  id,
  title: id,
  askedLevel,
  matchScore: 50,
  matched: matched.map((skill) => ({ skill, required: true })),
  gaps: gaps.map(([skill, required]) => ({ skill, required, kind: 'knowledge', nextSteps: [] })),
});

describe('ranking skill gaps across target postings', () => {
  it('ranks by how many postings ask and how far the user is, a level below counting less than missing', () => {
    const jobs = [
      job('a', 'advanced', ['Python'], [['Kafka', true]]),
      job('b', 'advanced', ['Python'], [['Kafka', true], ['Terraform', false]]),
      job('c', null, [], [['Kafka', false]]),
    ];
    const gaps = rankSkillGaps(jobs, [{ title: 'Python', skillLevel: 'beginner' }]);
    expect(gaps.map((gap) => [gap.skill, gap.status, gap.jobCount, gap.priority])).toEqual([
      ['Kafka', 'missing', 3, 4],
      ['Python', 'below', 2, 2.01],
      ['Terraform', 'missing', 1, 1],
    ]);
    expect(gaps[1]).toMatchObject({ yourLevel: 'beginner', askedLevel: 'advanced', distance: 0.67 });
  });

  it('calls nothing a gap when the level is unknown or high enough, or the skill is in the library under that name', () => {
    const jobs = [job('a', 'advanced', ['SQL', 'Excel'], [['sql', true]])];
    expect(rankSkillGaps(jobs, [{ title: 'SQL', skillLevel: null }, { title: 'Excel', skillLevel: 'expert' }])).toEqual([]);
  });
});
