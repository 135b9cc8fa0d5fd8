/**
 * The server names the field of a 400 first: `startsAt: … does not exist in …` from a rule, or
 * `Invalid request: body.panel.0.email: must be an email address; …` from the schema. This maps each message to its
 * field (`startsAt`, `panel.0.email`) so a form can show it beside that field.
 */
export function fieldErrors(error: Error | null | undefined): Record<string, string> {
  if (!error) return {};
  const text = error.message;
  const parts = text.startsWith('Invalid request: ') ? text.slice('Invalid request: '.length).split('; ') : [text];
  const errors: Record<string, string> = {};
  for (const part of parts) {
    const match = /^([A-Za-z][\w.]*): ([\s\S]+)$/.exec(part);
    if (!match?.[1] || !match[2]) continue;
    const field = match[1].replace(/^(body|querystring|params)\./, '');
    errors[field] ??= match[2];
  }
  return errors;
}

/** The message of a field, or of any field under it (`panel` holds `panel.0.email`). */
export function errorFor(errors: Record<string, string>, field: string): string | undefined {
  if (errors[field]) return errors[field];
  const nested = Object.entries(errors).find(([key]) => key.startsWith(`${field}.`));
  return nested ? `${nested[0]}: ${nested[1]}` : undefined;
}
