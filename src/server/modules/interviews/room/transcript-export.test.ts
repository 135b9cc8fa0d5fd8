import { describe, expect, it } from 'vitest';
import { transcriptText, transcriptVtt } from './transcript-export.ts';
import { cvLineFor, isVerbatimIn } from './live-notes.ts';

const segments = [
  { seq: 1, speaker: 'host' as const, text: 'Tell me about the <billing> migration --> what changed?', startMs: null, endMs: null },
  { seq: 2, speaker: 'candidate' as const, text: 'We moved it to Kubernetes.', startMs: 65_000, endMs: 68_250 },
  { seq: 3, speaker: 'candidate' as const, text: 'It took three months.', startMs: null, endMs: null },
];

describe('transcript exports', () => {
  it('writes WebVTT cues in order that never overlap, with escaped text and voice spans', () => {
    expect(transcriptVtt(segments)).toBe(
      [
        'WEBVTT',
        '',
        '1',
        '00:00:00.000 --> 00:00:03.000',
        '<v Host>Tell me about the &lt;billing&gt; migration --&gt; what changed?</v>',
        '',
        '2',
        '00:01:05.000 --> 00:01:08.250',
        '<v Candidate>We moved it to Kubernetes.</v>',
        '',
        '3',
        '00:01:08.250 --> 00:01:10.250',
        '<v Candidate>It took three months.</v>',
        '',
      ].join('\n'),
    );
  });

  it('writes plain text with times and speakers', () => {
    expect(transcriptText('Interview: Dana', segments)).toBe(
      'Interview: Dana\n\n[00:00:00] Host: Tell me about the <billing> migration --> what changed?\n\n[00:01:05] Candidate: We moved it to Kubernetes.\n\n[00:01:08] Candidate: It took three months.\n',
    );
  });
});

describe('grounding AI notes', () => {
  const cv = 'Northwind Logistics — Senior Backend Engineer, 03/2019 – 12/2023\n- Built the invoicing service in Go and PostgreSQL, processing 40,000 invoices a day\n- Mentored three junior engineers';

  it('finds the CV line a claim is checked against, or none', () => {
    expect(cvLineFor('I built the invoicing service that processed 40,000 invoices daily', cv)).toBe('- Built the invoicing service in Go and PostgreSQL, processing 40,000 invoices a day');
    expect(cvLineFor('I managed a team of twelve designers', cv)).toBeUndefined();
    expect(cvLineFor('anything', null)).toBeUndefined();
  });

  it('keeps a quote only when it is word for word in a source', () => {
    expect(isVerbatimIn('Mentored three junior engineers', ['', cv])).toBe(true);
    expect(isVerbatimIn('Mentored five junior engineers', [cv])).toBe(false);
    expect(isVerbatimIn('  ', [cv])).toBe(false);
    expect(isVerbatimIn(undefined, [cv])).toBe(false);
  });
});
