import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { requireHost, type Participant } from './room.service.ts';
import { findTranscript } from './room.repo.ts';

export type ExportSegment = { seq: number; speaker: 'host' | 'candidate'; text: string; startMs: number | null; endMs: number | null };
const speakerName = { host: 'Host', candidate: 'Candidate' } as const;

function clock(ms: number, separator: '.' | ','): string {
  const pad = (value: number, size = 2) => String(value).padStart(size, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}${separator}${pad(ms % 1000, 3)}`;
}

/**
 * Times for every segment: its own when it has them; a typed segment without times starts where the one before ended
 * and lasts a reading pace (about 3 words a second, at least 2 s), so cues never overlap or run backwards.
 */
function timed(segments: readonly ExportSegment[]): (ExportSegment & { start: number; end: number })[] {
  let cursor = 0;
  return segments.map((segment) => {
    const words = segment.text.split(/\s+/).filter(Boolean).length;
    const start = Math.max(segment.startMs ?? cursor, cursor);
    const end = Math.max(segment.endMs ?? start + Math.max(2000, Math.round((words / 3) * 1000)), start + 1);
    cursor = end;
    return { ...segment, start, end };
  });
}

/** The transcript as plain text: one paragraph per segment, with its time and speaker. */
export function transcriptText(title: string, segments: readonly ExportSegment[]): string {
  const lines = timed(segments).map((segment) => `[${clock(segment.start, '.').slice(0, 8)}] ${speakerName[segment.speaker]}: ${segment.text}`);
  return `${title}\n\n${lines.join('\n\n')}\n`;
}

/** The transcript as WebVTT (W3C): a header, then one cue per segment with a voice span naming the speaker. */
export function transcriptVtt(segments: readonly ExportSegment[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/-->/g, '--&gt;');
  const cues = timed(segments).map(
    (segment) => `${segment.seq}\n${clock(segment.start, '.')} --> ${clock(segment.end, '.')}\n<v ${speakerName[segment.speaker]}>${escape(segment.text.replace(/\r?\n+/g, ' '))}</v>`,
  );
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

export async function exportTranscript(deps: InterviewsDeps, participant: Participant | undefined, interviewId: string, format: 'txt' | 'vtt'): Promise<string> {
  const { live } = await requireHost(deps, participant, interviewId);
  const segments = await findTranscript(deps.db, live.id);
  return format === 'txt' ? transcriptText(live.title, segments) : transcriptVtt(segments);
}
