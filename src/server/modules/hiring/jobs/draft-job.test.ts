import { describe, expect, it } from 'vitest';
import { writeJobDescription } from './draft-job.ts';

describe('writeJobDescription', () => {
  it('sorts the bullets under plain-text headings, with no Markdown and no skill list of its own', () => {
    const text = writeJobDescription(['build dashboards in Tableau', '3+ years of experience with SQL', 'Nice to have: dbt']);
    expect(text).toBe(['What you will do', '- Build dashboards in Tableau.', '', 'What you need', '- 3+ years of experience with SQL.', '- Nice to have: dbt.'].join('\n'));
    expect(text).not.toMatch(/^#|\*\*|Required skills/m);
  });

  it('adds nothing the bullets did not say', () => {
    const bullets = ['Run the pastry section', 'Order ingredients for the week'];
    const text = writeJobDescription(bullets);
    expect(text).toBe('What you will do\n- Run the pastry section.\n- Order ingredients for the week.');
    const words = (value: string) => new Set(value.toLowerCase().match(/\p{L}+/gu));
    const said = words(bullets.join(' '));
    expect([...words(text)].filter((word) => !said.has(word))).toEqual(['what', 'you', 'will', 'do']);
  });
});
