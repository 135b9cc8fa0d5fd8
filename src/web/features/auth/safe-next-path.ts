/** Where to go after signing in: only paths on this site, so a crafted ?next= cannot send the user elsewhere. */
export function safeNextPath(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
