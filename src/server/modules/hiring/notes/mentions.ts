export type Mentionable = { userId: string; name: string; email: string };

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when `text` holds `@handle` as a whole: not followed by a letter, a digit or more of an address. */
function mentions(text: string, handle: string): boolean {
  if (!handle.trim()) return false;
  return new RegExp(`(^|[^\\p{L}\\p{N}_.@])@${escapeForPattern(handle.trim())}(?![\\p{L}\\p{N}_@]|\\.[\\p{L}\\p{N}])`, 'iu').test(text);
}

/**
 * The members a note mentions, by `@Full Name` or `@email` (any case), in the order of the members given. Only members
 * of the workspace can be mentioned: anything else after an @ is plain text.
 */
export function findMentions(text: string, members: readonly Mentionable[]): Mentionable[] {
  return members.filter((member) => mentions(text, member.email) || mentions(text, member.name));
}
