/** A rendered message: plain text for every client, simple HTML beside it. */
export type RenderedMail = { subject: string; text: string; html: string };

function escapeHtml(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

function layout(heading: string, paragraphs: string[], action: { label: string; url: string }, footer: string): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const url = escapeHtml(action.url);
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;max-width:560px;margin:auto;color:#222">
<h2>${escapeHtml(heading)}</h2>
${body}
<p><a href="${url}" style="display:inline-block;padding:10px 16px;background:#2f6fed;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p>
<p style="font-size:12px;color:#666">Or paste this link into your browser: ${url}</p>
<p style="font-size:12px;color:#666">${escapeHtml(footer)}</p>
</body></html>`;
}

export function renderVerificationMail(input: { name: string; url: string }): RenderedMail {
  const lines = [`Hello ${input.name},`, 'Please confirm your email address for Parley by opening this link:'];
  const footer = 'If you did not create a Parley account, you can ignore this message.';
  return {
    subject: 'Confirm your email address',
    text: `${lines.join('\n\n')}\n\n${input.url}\n\n${footer}\n`,
    html: layout('Confirm your email address', lines, { label: 'Confirm email', url: input.url }, footer),
  };
}

export function renderPasswordResetMail(input: { name: string; url: string }): RenderedMail {
  const lines = [`Hello ${input.name},`, 'Someone asked to reset the password of your Parley account. The link works for one hour:'];
  const footer = 'If this was not you, ignore this message: your password stays as it is.';
  return {
    subject: 'Reset your Parley password',
    text: `${lines.join('\n\n')}\n\n${input.url}\n\n${footer}\n`,
    html: layout('Reset your password', lines, { label: 'Choose a new password', url: input.url }, footer),
  };
}

export function renderWorkspaceInvitationMail(input: { workspaceName: string; inviterName: string; role: string; url: string }): RenderedMail {
  const lines = [
    `${input.inviterName} invited you to join the workspace "${input.workspaceName}" on Parley as ${input.role}.`,
    'Open this link to accept (sign in or create an account with this email address first). It works for 7 days:',
  ];
  const footer = 'If you did not expect this invitation, you can ignore it.';
  return {
    subject: `Join ${input.workspaceName} on Parley`,
    text: `${lines.join('\n\n')}\n\n${input.url}\n\n${footer}\n`,
    html: layout(`Join ${input.workspaceName}`, lines, { label: 'Accept invitation', url: input.url }, footer),
  };
}

/** A notification by mail: its title and message, and a link to what it is about (or to the app). */
export function renderNotificationMail(input: { title: string; message: string; url: string }): RenderedMail {
  const lines = [input.message];
  const footer = 'You get this because mail notifications are on. Choose which ones in Parley: Settings → Preferences.';
  return {
    subject: input.title,
    text: `${input.title}\n\n${input.message}\n\n${input.url}\n\n${footer}\n`,
    html: layout(input.title, lines, { label: 'Open in Parley', url: input.url }, footer),
  };
}
