import type { Db } from '#server/db/client.ts';
import { AppError } from '#server/platform/errors.ts';
import type { PanelRole } from '#shared/vocabulary.ts';
import { findMembersByEmail, type NewPanelist } from './scheduling.repo.ts';
import { canonicalZone } from './wall-clock.ts';

type PanelInput = { email: string; name?: string | undefined; role?: PanelRole | undefined; timeZone?: string | undefined };

/** The panel as stored: addresses lower-cased and unique, workspace members linked to their accounts, zones checked. */
export async function resolvePanel(db: Db, workspaceId: string, input: readonly PanelInput[], candidateEmail: string): Promise<NewPanelist[]> {
  const seen = new Set<string>();
  const panel = input.map((entry, index) => {
    const email = entry.email.toLowerCase();
    if (seen.has(email)) throw new AppError('bad_request', `panel.${index}.email: ${email} is on the panel twice.`);
    if (email === candidateEmail.toLowerCase()) throw new AppError('bad_request', `panel.${index}.email: the candidate cannot sit on their own panel.`);
    seen.add(email);
    return { ...entry, email, timeZone: entry.timeZone ? canonicalZone(entry.timeZone, `panel.${index}.timeZone`) : null };
  });
  const members = new Map((await findMembersByEmail(db, workspaceId, panel.map((p) => p.email))).map((member) => [member.email.toLowerCase(), member]));
  return panel.map((entry) => {
    const member = members.get(entry.email);
    return { email: entry.email, name: entry.name ?? member?.name ?? null, role: entry.role ?? 'interviewer', userId: member?.userId ?? null, timeZone: entry.timeZone };
  });
}
