import { AppError } from '#server/platform/errors.ts';

export function notFound(what: string): AppError {
  return new AppError('not_found', `No such ${what} in your career library.`);
}

/** A reorder list names each entry once; duplicates are refused before anything is read. */
export function checkDistinct(ids: string[]): void {
  if (new Set(ids).size !== ids.length) throw new AppError('validation_failed', 'body.ids: each id may appear once');
}
