/** `parley review --jsonl`, run as users run it: the built CLI, transcripts on stdin, one JSON line out per transcript. */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { runParley, spawnParley } from '#tests/support/parley-process.ts';

type Turn = { role: 'interviewer' | 'candidate'; text: string };
const I = (text: string): Turn => ({ role: 'interviewer', text });
const C = (text: string): Turn => ({ role: 'candidate', text });

// Small talk, "mhm" between the parts of one answer, a follow-up that belongs to its question.
const strong = {
  id: 'strong',
  turns: [
    I('Hi, thanks for coming in. How are you?'),
    C("Good, thanks. A bit nervous but good."),
    I('Great. Tell me about a time you demonstrated leadership.'),
    C('Our team had no on-call process, so the same two people fixed every alert. I wrote a proposal for a rotation, got buy-in from my lead, and wrote the first eight runbooks myself.'),
    I('Mhm.'),
    C('I also set up a weekly review of every incident in Grafana.'),
    I('And what was the result?'),
    C('After three months the median time to resolve an incident went from ninety minutes to twenty-five, and nobody was paged on weekends any more.'),
    I('Right. Tell me about a time you faced a challenge in a team.'),
    C('A colleague and I disagreed on migrating our database in one cutover. I proposed we rehearse both ways on a copy of production; the cutover took eleven hours, beyond our window, so we went gradual and finished in six weeks with no downtime.'),
    I('Okay, great. Do you have any questions for me?'),
    C('Yes, what does the first month look like?'),
  ],
};
const weak = {
  id: 'weak',
  turns: [
    I('Hello, can you hear me okay?'),
    C('Yes.'),
    I('Tell me about a time you demonstrated leadership.'),
    C("Um, I don't, I don't really have, like, a leadership thing."),
    I('Mhm.'),
    C('I mean, I guess I kind of told people what to do sometimes.'),
    I('Okay. Tell me about a time you faced a challenge in a team.'),
    C('Uh, someone, like, didn\'t do their part and we, um, we just did it.'),
  ],
};

describe('parley review --jsonl', () => {
  it('rates whole transcripts, pairing multi-turn answers and follow-ups, and names the field of a bad line', async () => {
    const badRole = { id: 'bad', turns: [{ role: 'interviewer', text: 'Tell me about yourself.' }, { role: 'applicant', text: 'Hi.' }] };
    const stdin = [JSON.stringify(strong), '{not json', JSON.stringify(badRole), JSON.stringify(weak)].join('\n');
    const result = await runParley(['review', '--jsonl'], {}, `${stdin}\n`);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/line 2: not JSON/);
    expect(result.stderr).toMatch(/line 3 \(id "bad"\): field turns\.1\.role/);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.id)).toEqual(['strong', 'weak']);
    const [good, poor] = lines as { rating: number; ratingWord: string; summary: string; perQuestion: { question: string; followUps: string[]; answerTurns: number; rating: number }[] }[];
    for (const review of [good!, poor!]) {
      expect(review.rating).toBeGreaterThanOrEqual(1);
      expect(review.rating).toBeLessThanOrEqual(5);
      expect(['Needs improvement', 'Developing', 'Good', 'Strong', 'Excellent']).toContain(review.ratingWord);
      expect(review.summary).toMatch(/question/);
    }
    // Two questions each: small talk, back-channels and the closing question are not questions.
    expect(good!.perQuestion.map((item) => item.question)).toEqual(['Tell me about a time you demonstrated leadership.', 'Tell me about a time you faced a challenge in a team.']);
    expect(good!.perQuestion[0]).toMatchObject({ followUps: ['And what was the result?'], answerTurns: 3 });
    expect(poor!.perQuestion[0]).toMatchObject({ followUps: [], answerTurns: 2 });
    expect(good!.rating).toBeGreaterThan(poor!.rating + 1.5);
    expect(['Strong', 'Excellent']).toContain(good!.ratingWord);
    // Continuous, not rounded to a whole number.
    expect(Number.isInteger(good!.rating) && Number.isInteger(poor!.rating)).toBe(false);
  });

  it('answers each line as it arrives, before stdin ends', async () => {
    const child = spawnParley(['review', '--jsonl']);
    const out = createInterface({ input: child.stdout! });
    const first = once(out, 'line');
    child.stdin!.write(`${JSON.stringify(strong)}\n`);
    const [line] = (await first) as [string];
    expect(JSON.parse(line)).toMatchObject({ id: 'strong' });
    const second = once(out, 'line');
    child.stdin!.end(`${JSON.stringify(weak)}\n`);
    expect(JSON.parse(((await second) as [string])[0])).toMatchObject({ id: 'weak' });
    const [code] = (await once(child, 'close')) as [number];
    expect(code).toBe(0);
  });
});
