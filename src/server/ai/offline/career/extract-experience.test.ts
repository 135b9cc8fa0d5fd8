import { describe, expect, it } from 'vitest';
import type { ConversationMessage } from '#shared/ai/career.ts';
import { extractExperience } from './extract-experience.ts';

const nurse: ConversationMessage[] = [
  { role: 'assistant', content: 'Tell me about something you improved at work. For example, did you cut costs by 50%?' },
  { role: 'user', content: "In 2022 I was a charge nurse on a busy surgical ward at St Mary's. Handovers were taking over 45 minutes and things got missed." },
  { role: 'assistant', content: 'What did you do about it?' },
  { role: 'user', content: 'My goal was to make handovers faster and safer. I introduced an SBAR handover sheet and trained 20 nurses over three weeks. Handover time dropped to 20 minutes and incident reports fell by half within six months.' },
];

const developer: ConversationMessage[] = [
  { role: 'user', content: 'At my last company I rebuilt our checkout in React and TypeScript. Conversion went up 12% in the first quarter.' },
  { role: 'assistant', content: 'Great, what else?' },
  { role: 'user', content: 'I also set up automated tests with Cypress, which cut release bugs a lot.' },
];

const userText = (messages: ConversationMessage[]): string => messages.filter((m) => m.role === 'user').map((m) => m.content).join('\n');

describe('extractExperience', () => {
  it('finds a STAR story in the user’s own words', () => {
    const experience = extractExperience({ messages: nurse });
    expect(experience.star.situation).toContain('charge nurse');
    expect(experience.star.task).toMatch(/^My goal was/);
    expect(experience.star.action).toMatch(/^I introduced an SBAR handover sheet/);
    expect(experience.star.result).toMatch(/^Handover time dropped/);
    for (const quote of Object.values(experience.star)) if (quote) expect(userText(nurse)).toContain(quote);
    expect(experience.missing).toEqual([]);
  });

  it('writes resume bullets that start with the action verb and keep the result', () => {
    const experience = extractExperience({ messages: nurse });
    expect(experience.bullets[0]?.text).toBe('Introduced an SBAR handover sheet and trained 20 nurses over three weeks — handover time dropped to 20 minutes and incident reports fell by half within six months');
    for (const bullet of experience.bullets) expect(userText(nurse)).toContain(bullet.source.split(' Handover')[0]);
    expect(experience.title).toMatch(/^Introduced an SBAR handover sheet/);
  });

  it('lists dates and durations with the sentence that says them, never from the assistant', () => {
    const experience = extractExperience({ messages: nurse });
    expect(experience.timeline.map((item) => item.text)).toEqual(expect.arrayContaining(['2022', '20 minutes']));
    for (const item of experience.timeline) expect(userText(nurse)).toContain(item.quote);
    expect(JSON.stringify(experience)).not.toContain('50%');
  });

  it('lists the skills shown, with a quote', () => {
    const experience = extractExperience({ messages: developer });
    expect(experience.skills.map((skill) => skill.name)).toEqual(expect.arrayContaining(['React', 'TypeScript']));
    for (const skill of experience.skills) expect(userText(developer)).toContain(skill.quote);
    expect(experience.bullets.map((bullet) => bullet.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Rebuilt our checkout in React and TypeScript — conversion went up 12%/), expect.stringMatching(/^Set up automated tests with Cypress/)]),
    );
  });

  it('asks for what the story lacks', () => {
    const experience = extractExperience({ messages: [{ role: 'user', content: 'I helped with the rota sometimes.' }] });
    expect(experience.missing.join(' ')).toMatch(/result/i);
    expect(experience.star.result).toBeNull();
  });
});
