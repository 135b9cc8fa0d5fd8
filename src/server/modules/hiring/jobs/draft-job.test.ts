import { describe, expect, it } from 'vitest';
import { writeJobDescription } from './draft-job.ts';

describe('writeJobDescription', () => {
  it('fills the template with the given bullets and skills only', () => {
    const text = writeJobDescription('Data Analyst', ['build dashboards in Tableau', '3+ years of experience with SQL'], { must: ['SQL', 'Tableau'], nice: [] });
    expect(text).toBe(
      ['# Data Analyst', '## What you will do', '- Build dashboards in Tableau.', '## Requirements', '- 3+ years of experience with SQL.', '## Required skills', '- SQL\n- Tableau'].join('\n\n'),
    );
  });

  it('leaves out sections it has nothing for rather than inventing them', () => {
    const text = writeJobDescription('Chef', ['Run the pastry section'], { must: [], nice: [] });
    expect(text).toBe('# Chef\n\n## What you will do\n\n- Run the pastry section.');
    expect(text).not.toMatch(/benefit|salary|company|we offer/i);
  });
});
