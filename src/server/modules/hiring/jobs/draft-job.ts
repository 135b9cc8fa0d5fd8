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
 * The offline draft: a fixed template filled only with what the recruiter wrote and the skills parsed from it. It
 * invents nothing (no company facts, benefits or salary): sections without bullets are left out.
 */
export function writeJobDescription(title: string, bullets: readonly string[], skills: { must: string[]; nice: string[] }): string {
  const sentences = bullets.map(asSentence);
  const asks = sentences.filter((sentence) => requirementCue.test(sentence));
  const duties = sentences.filter((sentence) => !requirementCue.test(sentence));
  const parts = [`# ${title.trim()}`];
  if (duties.length > 0) parts.push('## What you will do', duties.map((line) => `- ${line}`).join('\n'));
  if (asks.length > 0) parts.push('## Requirements', asks.map((line) => `- ${line}`).join('\n'));
  if (skills.must.length > 0) parts.push('## Required skills', skills.must.map((skill) => `- ${skill}`).join('\n'));
  if (skills.nice.length > 0) parts.push('## Nice to have', skills.nice.map((skill) => `- ${skill}`).join('\n'));
  return parts.join('\n\n');
}

export async function draftJob(deps: HiringDeps, caller: Caller, workspaceId: string, body: { title: string; bullets: string[] }): Promise<DraftJob> {
  await authorize(deps.db, caller, { kind: 'workspace', id: workspaceId }, 'write');
  const ctx = { userId: caller.userId, workspaceId };
  const fromBullets = await deps.ai.parseRequirements({ title: body.title, description: body.bullets.join('\n') }, ctx);
  const description = writeJobDescription(body.title, body.bullets, { must: fromBullets.mustHaveSkills, nice: fromBullets.niceToHaveSkills });
  const requirements = await deps.ai.parseRequirements({ title: body.title, description }, ctx);
  return { title: body.title.trim(), description, requirements };
}
