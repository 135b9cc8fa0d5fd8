import type { Resume } from '#shared/ai/resume.ts';
import type { CandidateProfile, CandidateRow, Evidence, Recommendation } from '#shared/contracts/hiring.ts';
import { maskText, type PersonalMarkers } from './blind-mode.ts';
import type { CandidateRecord } from './candidates.repo.ts';

type ResumeView = { rawText: string | null; entities: { type: string; text: string; start: number | null; end: number | null; confidence: number }[] };

const personalEntityTypes = new Set(['PERSON', 'EMAIL', 'PHONE', 'URL', 'LOCATION']);

/** Blind screening hides personal details until the team shortlists the candidate. */
export function isMasked(record: CandidateRecord, blind: boolean): boolean {
  return blind && record.status !== 'shortlisted';
}

export function toCandidateRow(record: CandidateRecord, blind: boolean): CandidateRow {
  const masked = isMasked(record, blind);
  return {
    id: record.id,
    name: masked ? null : record.name,
    fileName: masked ? null : record.fileName,
    score: record.overallScore,
    recommendation: (record.recommendation as Recommendation | null) ?? null,
    matched: record.matchedSkills,
    missing: record.missingSkills,
    additional: record.additionalSkills,
    status: record.status,
    statusReason: record.statusReason,
    masked,
  };
}

function markersOf(record: CandidateRecord, resume: ResumeView | undefined): PersonalMarkers {
  const spans = (resume?.entities ?? []).filter((entity) => personalEntityTypes.has(entity.type) && entity.start !== null && entity.end !== null);
  return { name: record.name, email: record.email, phone: record.phone, spans: spans.map((span) => ({ start: span.start!, end: span.end! })) };
}

function blindProfile(profile: Resume, markers: PersonalMarkers): Record<string, unknown> {
  const { basics, ...rest } = profile;
  const mask = (value: string | undefined) => (value ? maskText(value, { ...markers, spans: [] }) : undefined);
  return { ...rest, basics: { label: mask(basics?.label), summary: mask(basics?.summary) } };
}

/** A work entry without where it was, and with the candidate's name masked in its text. */
function withoutPlace(entry: unknown, hide: (value: string) => string): unknown {
  if (!entry || typeof entry !== 'object') return entry;
  const { location: _location, ...rest } = entry as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [key, typeof value === 'string' ? hide(value) : Array.isArray(value) ? (value as unknown[]).map((item) => (typeof item === 'string' ? hide(item) : item)) : value]),
  );
}

function skillsOf(profile: Resume): string[] {
  return (profile.skills ?? []).flatMap((skill) => [skill.name, ...(skill.keywords ?? [])]);
}

export function toCandidateProfile(record: CandidateRecord, resume: ResumeView | undefined, blind: boolean): CandidateProfile {
  const masked = isMasked(record, blind);
  const markers = markersOf(record, resume);
  const text = resume?.rawText ?? '';
  const profile = record.profile as Resume;
  // Entity spans are offsets into the CV text only; other texts are masked by name, email, phone and patterns.
  const { spans: _spans, ...literalMarkers } = markers;
  const hide = (value: string) => (masked ? maskText(value, literalMarkers) : value);
  return {
    ...toCandidateRow(record, blind),
    jobId: record.jobId,
    email: masked ? null : record.email,
    phone: masked ? null : record.phone,
    location: masked ? null : record.location,
    profile: masked ? blindProfile(profile, markers) : profile,
    experience: masked ? record.experience.map((entry) => withoutPlace(entry, hide)) : record.experience,
    education: record.education,
    skills: skillsOf(profile),
    entities: (resume?.entities ?? [])
      .filter((entity) => !(masked && personalEntityTypes.has(entity.type)))
      .map((entity) => ({ ...entity, text: hide(entity.text) })),
    missingNiceToHave: record.missingNiceToHaveSkills,
    components: record.scoreComponents as CandidateProfile['components'],
    reasoning: (record.rankReasoning ?? '').split('\n').filter(Boolean).map(hide),
    evidence: (record.evidence as Evidence[]).map((item) => ({ ...item, lineText: hide(item.lineText), text: hide(item.text) })),
    text: masked ? maskText(text, markers) : text,
  };
}
