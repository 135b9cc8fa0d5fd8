import { describe, expect, it } from 'vitest';
import { noteLive } from './note-live.ts';

const chunk = `Interviewer: Tell me about your last role, and did you grow revenue by 50%?
Candidate: I was the team lead at Acme for two years. We grew revenue by 30% after I launched the new pricing page. I mostly used React and Python.`;

describe('noteLive', () => {
  const { notes } = noteLive({ chunk, context: { jobDescription: 'Requirements: React, Kubernetes' } });

  it('quotes only the candidate, verbatim', () => {
    for (const note of notes) {
      if (!note.quote) continue;
      expect(chunk).toContain(note.quote);
      expect(note.quote).not.toMatch(/^Interviewer|50%/);
    }
  });

  it('notes claims to verify: titles and figures', () => {
    const claims = notes.filter((note) => note.kind === 'claim');
    expect(claims.map((note) => note.quote)).toEqual(expect.arrayContaining(['I was the team lead at Acme for two years.', 'We grew revenue by 30% after I launched the new pricing page.']));
    expect(claims.find((note) => note.quote?.includes('team lead'))?.text).toMatch(/title/);
  });

  it('notes key points and suggests follow-ups, including required skills not yet discussed', () => {
    expect(notes.find((note) => note.kind === 'key_point')?.text).toMatch(/React/);
    const followUps = notes.filter((note) => note.kind === 'follow_up').map((note) => note.text);
    expect(followUps.some((text) => text.includes('Kubernetes'))).toBe(true);
    expect(followUps.some((text) => /measured/.test(text))).toBe(true);
  });

  it('does not repeat notes already taken, and takes none from an empty chunk', () => {
    const again = noteLive({ chunk, context: { jobDescription: 'Requirements: React, Kubernetes', previousNotes: notes.map((note) => note.text) } });
    expect(again.notes.length).toBeLessThan(notes.length);
    expect(noteLive({ chunk: '' }).notes).toEqual([]);
  });

  it('asks for the outcome when the candidate describes actions without a result', () => {
    const result = noteLive({ chunk: 'I reorganised the stock room and I trained two new staff on the till.' });
    expect(result.notes.some((note) => note.kind === 'follow_up' && /outcome/.test(note.text))).toBe(true);
  });

  it('notes organisations named by the candidate as claims, and does not treat a bare year as a figure', () => {
    const text = 'Candidate: I joined Goldman Sachs in 2019 and later worked for the World Health Organization.';
    const result = noteLive({ chunk: text });
    const claims = result.notes.filter((note) => note.kind === 'claim').map((note) => note.text);
    expect(claims).toEqual(expect.arrayContaining([expect.stringContaining('Goldman Sachs'), expect.stringContaining('World Health Organization')]));
    expect(claims.some((claim) => claim.includes('figure'))).toBe(false);
    for (const note of result.notes) if (note.quote) expect(text).toContain(note.quote);
  });
});
