export { createMailer, type CalendarPart, type Mailer, type OutgoingMail } from './mailer.ts';
export { findOutboxPage, type OutboxRow } from './outbox.repo.ts';
export { renderPasswordResetMail, renderVerificationMail, renderWorkspaceInvitationMail, type RenderedMail } from './mail-templates.ts';
