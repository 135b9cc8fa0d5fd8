import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureSkills } from '#server/ai/offline/quality/measure.ts';
import { qualityRoot, splits } from '#server/ai/offline/quality/score.ts';
import { extractSkillSpans, extractSkills } from './extract-skills.ts';

const spans = (text: string) => extractSkillSpans(text).map((mention) => mention.text);

describe('skill phrases (decision 050)', () => {
  it('reads imperative duties as verb phrases, split at "and" + a verb, without trailing adverbs or adjuncts', () => {
    expect(spans('Handle cash and process credit card payments accurately.')).toEqual(['Handle cash', 'process credit card payments']);
    expect(spans('- Coordinate inbound and outbound shipments with carriers and warehouse staff')).toEqual(['Coordinate inbound and outbound shipments']);
    expect(spans('Plan and execute preventive maintenance on production equipment.')).toEqual(['Plan and execute preventive maintenance']);
    expect(spans('Respond to customer inquiries by phone and email.')).toEqual(['Respond to customer inquiries']);
  });

  it('reads duties after "you will", "ability to" and -ing verbs after "experience" or "include"', () => {
    expect(spans('You will manage stakeholder relationships across finance, legal and operations.')).toEqual(['manage stakeholder relationships']);
    expect(spans('The ideal candidate is able to work independently under pressure.')).toEqual(['work independently']);
    expect(spans('Responsibilities include preparing monthly financial statements.')).toEqual(['preparing monthly financial statements']);
  });

  it('reads knowledge lists after a cue, dropping how-much words and a generic setting', () => {
    expect(spans('Solid understanding of accounting principles and IFRS is required.')).toEqual(['accounting principles', 'IFRS']);
    expect(spans('Knowledge of FMLA, ADA and state labor laws.')).toEqual(['FMLA', 'ADA', 'state labor laws']);
    expect(spans('Previous experience in a fine dining environment is an advantage.')).toEqual(['fine dining']);
  });

  it('keeps generic objects, the offer and the company out', () => {
    expect(spans('Join a fast-growing team that values curiosity.')).toEqual([]);
    expect(spans('We offer competitive pay, tuition reimbursement and a generous PTO policy.')).toEqual([]);
    expect(spans('You will have the opportunity to travel and meet clients across Europe.')).toEqual([]);
    expect(spans('Must be flexible to work weekends and holidays.')).toEqual([]);
    expect(spans('Our mission is to improve the lives of millions of people.')).toEqual([]);
    expect(spans('Grow your career with a global leader.')).toEqual([]);
    expect(spans('Visit our careers page for more information.')).toEqual([]);
  });

  it('gives a phrase that lists several taxonomy names way to the names; a phrase holding one name is named after it', () => {
    expect(spans('Operate forklifts and pallet jacks safely.')).toEqual(['Operate forklifts', 'pallet jacks']);
    const [care] = extractSkillSpans('Document patient care in the chart.');
    expect(care).toMatchObject({ text: 'Document patient care', source: 'phrase', name: 'Patient care' });
  });

  it('offsets are the phrase as written, and the plain name extractor is unchanged', () => {
    const text = 'Prepare journal entries and reconcile general ledger accounts.';
    for (const mention of extractSkillSpans(text)) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(extractSkills(text).every((mention) => mention.source !== 'phrase')).toBe(true);
    expect(extractSkillSpans(text)).toEqual(extractSkillSpans(text));
  });

  // The floor is the figure reached when decision 050 landed (tests/fixtures/quality/floors.json, `skills`).
  const floors = JSON.parse(readFileSync(new URL('floors.json', qualityRoot), 'utf8')) as Record<string, { skills: { precision: number; recall: number; f1: number } }>;
  for (const split of splits) {
    it(`${split}: span precision, recall and F1 stay at their floors`, () => {
      const measured = measureSkills(split);
      const floor = floors[split]?.skills;
      expect(floor).toBeDefined();
      expect(measured.precision).toBeGreaterThanOrEqual((floor?.precision ?? 1) - 0.0005);
      expect(measured.recall).toBeGreaterThanOrEqual((floor?.recall ?? 1) - 0.0005);
      expect(measured.f1).toBeGreaterThanOrEqual((floor?.f1 ?? 1) - 0.0005);
    });
  }
});
