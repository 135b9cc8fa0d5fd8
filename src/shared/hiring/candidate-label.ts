import type { CandidateRow } from '#shared/contracts/hiring.ts';

type Labelled = Pick<CandidateRow, 'id' | 'name' | 'fileName' | 'masked'>;

/** A stable stand-in for a candidate whose details are hidden: the same in the list, compare and the profile. */
function anonymousLabel(candidateId: string): string {
  return `Candidate ${candidateId.replace(/-/g, '').slice(0, 6).toUpperCase()}`;
}

/** What a visible candidate whose CV gave no name is called; the file name is shown beside it. */
export const nameNotFound = 'Name not found';

/**
 * What the UI calls a candidate; under blind screening only the anonymous label, whatever else is known. A CV with no
 * name found says so (never a heading or a title in its place); `candidateLongLabel` adds the file to tell such apart.
 */
export function candidateLabel(candidate: Labelled): string {
  if (candidate.masked) return anonymousLabel(candidate.id);
  return candidate.name ?? nameNotFound;
}

/** The label with the file name when no name was found: "Name not found (cv-17.pdf)", for titles and button names. */
export function candidateLongLabel(candidate: Labelled): string {
  const label = candidateLabel(candidate);
  return !candidate.masked && !candidate.name && candidate.fileName ? `${label} (${candidate.fileName})` : label;
}
