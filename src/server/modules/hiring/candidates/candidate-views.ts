import { createPersonalDataMasker, maskPersonalData, personalDetailsOf, type PersonalDataMasker, type TextSpan } from '#server/ai/index.ts';
import type { Resume } from '#shared/ai/resume.ts';
import type { CandidateProfile, CandidateRow, Evidence, Recommendation } from '#shared/contracts/hiring.ts';
import { isPlaceName } from '#shared/text/place-names.ts';
import { repairMojibake } from '#shared/text/repair-mojibake.ts';
import { revealsIdentity } from '#shared/hiring/stages.ts';
import type { CandidateRecord, CandidateRowRecord } from './candidates.repo.ts';

type ResumeView = { rawText: string | null; entities: { type: string; text: string; start: number | null; end: number | null; confidence: number }[] };

const personalEntityTypes = new Set(['PERSON', 'EMAIL', 'PHONE', 'URL', 'LOCATION']);

/** Blind screening hides personal details until the team moves the candidate forward (shortlist or a later stage). */
export function isMasked(record: Pick<CandidateRowRecord, 'status'>, blind: boolean): boolean {
  return blind && !revealsIdentity(record.status);
}

export function toCandidateRow(record: CandidateRowRecord, blind: boolean): CandidateRow {
  const masked = isMasked(record, blind);
  // A reason written while the candidate was shown (shortlisted, then rejected) may name them.
  const reason = masked && record.statusReason ? maskPersonalData(record.statusReason, { name: record.name, email: record.email, phone: record.phone }) : record.statusReason;
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
    statusReason: reason,
    masked,
  };
}

/** The one blind-screening masker for this candidate: what the record, the parsed profile and its entities say about them. */
function maskerOf(record: CandidateRecord, resume: ResumeView | undefined): PersonalDataMasker {
  const parsed = personalDetailsOf(record.profile, resume?.entities ?? []);
  const others = [...(parsed.others ?? []), parsed.name, parsed.email, parsed.phone, record.location];
  return createPersonalDataMasker({ name: record.name, email: record.email, phone: record.phone, others });
}

/** Offsets of the personal entities in the CV text. */
function personalSpans(resume: ResumeView | undefined): TextSpan[] {
  const spans = (resume?.entities ?? []).filter((entity) => personalEntityTypes.has(entity.type) && entity.start !== null && entity.end !== null);
  return spans.map((span) => ({ start: span.start!, end: span.end! }));
}

/** Keys that locate or link a person (JSON Resume names them alike at every level); references name people who know them. */
const personalKeys = new Set(['url', 'location', 'address', 'email', 'phone', 'profiles', 'references']);

/** A profile part without links, places and references, and with the candidate's name and contacts masked in every text. */
function withoutPersonal(value: unknown, hide: (text: string) => string): unknown {
  if (typeof value === 'string') return hide(value);
  if (Array.isArray(value)) return value.map((item) => withoutPersonal(item, hide));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !personalKeys.has(key)).map(([key, item]) => [key, withoutPersonal(item, hide)]));
}

function blindProfile(profile: Resume, hide: (text: string) => string): Record<string, unknown> {
  const { basics, ...rest } = profile;
  return { ...(withoutPersonal(rest, hide) as Record<string, unknown>), basics: { label: basics?.label && hide(basics.label), summary: basics?.summary && hide(basics.summary) } };
}

function skillsOf(profile: Resume): string[] {
  return (profile.skills ?? []).flatMap((skill) => [skill.name, ...(skill.keywords ?? [])]);
}

/** Every text of a stored profile part with mis-encoded separators put right (CVs screened before they were repaired on reading). */
function repaired(value: unknown): unknown {
  if (typeof value === 'string') return repairMojibake(value);
  if (Array.isArray(value)) return value.map(repaired);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, repaired(item)]));
}

/** A job whose title was read as a place ("State" from "Company Name – City, State") shows the place as its location, and no title. */
function withoutPlaceTitle(entry: unknown): unknown {
  if (!entry || typeof entry !== 'object') return entry;
  const { position, ...rest } = entry as { position?: unknown; location?: unknown };
  if (typeof position !== 'string' || !isPlaceName(position)) return entry;
  return { ...rest, location: typeof rest.location === 'string' && rest.location ? rest.location : position };
}

export function toCandidateProfile(record: CandidateRecord, resume: ResumeView | undefined, blind: boolean): CandidateProfile {
  const masked = isMasked(record, blind);
  const mask = maskerOf(record, resume);
  const text = resume?.rawText ?? '';
  const profile = repaired(record.profile) as Resume;
  const experience = record.experience.map((entry) => withoutPlaceTitle(repaired(entry)));
  const education = record.education.map(repaired);
  // Entity spans are offsets into the CV text only; other texts are masked by the person's details and patterns.
  const hide = (value: string) => (masked ? mask(value) : value);
  return {
    ...toCandidateRow(record, blind),
    jobId: record.jobId,
    email: masked ? null : record.email,
    phone: masked ? null : record.phone,
    location: masked ? null : record.location,
    profile: masked ? blindProfile(profile, hide) : profile,
    experience: masked ? experience.map((entry) => withoutPersonal(entry, hide)) : experience,
    education: masked ? education.map((entry) => withoutPersonal(entry, hide)) : education,
    skills: skillsOf(profile),
    entities: (resume?.entities ?? [])
      .filter((entity) => !(masked && personalEntityTypes.has(entity.type)))
      .map((entity) => ({ ...entity, text: hide(entity.text) })),
    missingNiceToHave: record.missingNiceToHaveSkills,
    components: record.scoreComponents as CandidateProfile['components'],
    reasoning: (record.rankReasoning ?? '').split('\n').filter(Boolean).map((line) => hide(repairMojibake(line))),
    evidence: (record.evidence as Evidence[]).map((item) => ({ ...item, lineText: hide(repairMojibake(item.lineText)), text: hide(item.text) })),
    text: masked ? mask(text, personalSpans(resume)) : text,
  };
}
