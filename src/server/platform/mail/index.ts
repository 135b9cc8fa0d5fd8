export { createMailer, type CalendarPart, type Mailer, type OutgoingMail } from './mailer.ts';
export { findOutboxPage, type OutboxRow } from './outbox.repo.ts';
export { renderNotificationMail, renderPasswordResetMail, renderVerificationMail, renderWorkspaceInvitationMail, type RenderedMail } from './mail-templates.ts';
