export const minPasswordLength = 10;
export const maxPasswordLength = 128;

/** Names what is wrong with a new password, or returns undefined when it is acceptable (the server and the forms ask this). */
export function findPasswordProblem(password: unknown): string | undefined {
  if (typeof password !== 'string' || password === '') return 'The password is missing.';
  if (password.length < minPasswordLength) return `The password is too short: use at least ${minPasswordLength} characters.`;
  if (password.length > maxPasswordLength) return `The password is too long: use at most ${maxPasswordLength} characters.`;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((pattern) => pattern.test(password)).length;
  if (classes < 2) return 'The password is too weak: mix at least two of lower case, upper case, digits and symbols.';
  return undefined;
}
