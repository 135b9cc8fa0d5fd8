import type { CandidateRow } from '#shared/contracts/hiring.ts';

type Labelled = Pick<CandidateRow, 'id' | 'name' | 'fileName' | 'masked'>;

/** A stable stand-in for a candidate whose details are hidden: the same in the list, compare and the profile. */
function anonymousLabel(candidateId: string): string {
  return `Candidate ${candidateId.replace(/-/g, '').slice(0, 6).toUpperCase()}`;
}

/** What the UI calls a candidate; under blind screening only the anonymous label, whatever else is known. */
export function candidateLabel(candidate: Labelled): string {
  if (candidate.masked) return anonymousLabel(candidate.id);
  return candidate.name ?? candidate.fileName ?? anonymousLabel(candidate.id);
}
