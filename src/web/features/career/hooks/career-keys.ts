import type { LibraryNoun, LibrarySearch } from '#web/features/career/api/library-api.ts';

/** Query keys of the career area; they nest, so invalidating `all` refreshes every list and page. */
export const careerKeys = {
  all: ['career'] as const,
  library: ['career', 'library'] as const,
  list: (noun: LibraryNoun, search: LibrarySearch) => ['career', 'library', noun, search] as const,
  skill: (skillId: string) => ['career', 'library', 'skill', skillId] as const,
};
