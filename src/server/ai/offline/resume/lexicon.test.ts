import { describe, expect, it } from 'vitest';
import { hasTitleWord } from './lexicon.ts';

describe('hasTitleWord', () => {
  it.each(['Développeur Full Stack', 'Ingénieur études', 'Personalreferentin', 'Softwareentwickler', 'Desarrollador Java', 'Payroll Specialist'])('%s is a job title', (text) => {
    expect(hasTitleWord(text)).toBe(true);
  });

  it.each(['Capgemini', 'Sopra Steria', 'Siemens AG', 'Deutschland', 'Acme Staffing Solutions'])('%s is not', (text) => {
    expect(hasTitleWord(text)).toBe(false);
  });
});
