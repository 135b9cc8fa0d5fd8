import type { DraftJob } from '#shared/contracts/hiring.ts';
import { authorize, type Caller } from '#server/platform/access/index.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';

const requirementCue = /\b(experience|years?|skills?|knowledge|proficien\w*|familiar\w*|degree|certifi\w*|must|required|preferred|bonus|nice to have|fluent|licen[cs]e\w*)\b/i;

function asSentence(bullet: string): string {
  const trimmed = bullet.replace(/^[-*•\s]+/, '').trim();
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/**
 * The draft: the recruiter's bullets sorted under two plain-text headings (the description is a plain text field, so
 * no Markdown). It adds nothing the bullets did not say: no title line (the title is its own field), no company facts,
 * benefits or salary, and no list of skills the bullets already name; a section without bullets is left out.
 */
export function writeJobDescription(bullets: readonly string[]): string {
  const sentences = bullets.map(asSentence);
  const asks = sentences.filter((sentence) => requirementCue.test(sentence));
  const duties = sentences.filter((sentence) => !requirementCue.test(sentence));
  const parts: string[] = [];
  if (duties.length > 0) parts.push(['What you will do', ...duties.map((line) => `- ${line}`)].join('\n'));
  if (asks.length > 0) parts.push(['What you need', ...asks.map((line) => `- ${line}`)].join('\n'));
  return parts.join('\n\n');
}

export async function draftJob(deps: HiringDeps, caller: Caller, workspaceId: string, body: { title: string; bullets: string[] }): Promise<DraftJob> {
  await authorize(deps.db, caller, { kind: 'workspace', id: workspaceId }, 'write');
  const description = writeJobDescription(body.bullets);
  const requirements = await deps.ai.parseRequirements({ title: body.title, description }, { userId: caller.userId, workspaceId });
  return { title: body.title.trim(), description, requirements };
}
