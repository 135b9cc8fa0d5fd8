export { findPasswordProblem, maxPasswordLength, minPasswordLength } from '#shared/password-rules.ts';
