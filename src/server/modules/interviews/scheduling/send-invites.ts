import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { inviteMail, type MailPurpose, type Recipient } from './invite-mails.ts';
import { findUserContact, type InterviewRow, type PanelRow } from './scheduling.repo.ts';

export type InviteAudience = { interview: InterviewRow; panel: readonly PanelRow[]; organizer: { name: string; email: string } | undefined };

/** A panelist's zone: their own setting if they have an account and one, else the zone given for them, else the booking's. */
async function zoneOf(deps: InterviewsDeps, panelist: PanelRow, fallback: string): Promise<string> {
  if (panelist.userId) {
    const user = await findUserContact(deps.db, panelist.userId);
    if (user?.timeZone) return user.timeZone;
  }
  return panelist.timeZone ?? fallback;
}

export async function recipientsOf(deps: InterviewsDeps, interview: InterviewRow, panel: readonly PanelRow[]): Promise<{ candidate: Recipient; panel: Recipient[] }> {
  const candidate: Recipient = { email: interview.candidateEmail, name: interview.candidateName, timeZone: interview.candidateTimeZone ?? interview.timeZone, userId: null };
  const panelists = await Promise.all(
    panel.map(async (panelist) => ({ email: panelist.email, name: panelist.name, userId: panelist.userId, timeZone: await zoneOf(deps, panelist, interview.timeZone) })),
  );
  return { candidate, panel: panelists };
}

/** Mails the candidate and every panelist (after the change committed); the mailer records each and never throws. */
export async function sendToEveryone(deps: InterviewsDeps, audience: InviteAudience, purpose: MailPurpose, links: { candidateLink?: string; hostLink?: string } = {}) {
  const organizer = audience.organizer ?? { name: 'Parley', email: 'noreply@parley.invalid' };
  const context = { interview: audience.interview, panel: audience.panel, organizer, stamp: deps.now() };
  const { candidate, panel } = await recipientsOf(deps, audience.interview, audience.panel);
  await deps.mailer.sendMail(inviteMail(context, links.candidateLink ? { ...candidate, personalLink: links.candidateLink } : candidate, purpose));
  for (const panelist of panel) {
    await deps.mailer.sendMail(inviteMail(context, links.hostLink ? { ...panelist, personalLink: links.hostLink } : panelist, purpose));
  }
}

/** Mails one removed panelist a CANCEL naming only them. */
export async function sendRemoval(deps: InterviewsDeps, audience: InviteAudience, removed: readonly PanelRow[]) {
  const organizer = audience.organizer ?? { name: 'Parley', email: 'noreply@parley.invalid' };
  const context = { interview: audience.interview, panel: audience.panel, organizer, stamp: deps.now() };
  const { panel } = await recipientsOf(deps, audience.interview, removed);
  for (const panelist of panel) await deps.mailer.sendMail(inviteMail(context, panelist, { kind: 'removed' }));
}
