import type { LibraryNoun, LibrarySearch } from '#web/features/career/api/library-api.ts';

/** Query keys of the career area; they nest, so invalidating `all` refreshes every list and page. */
export const careerKeys = {
  all: ['career'] as const,
  library: ['career', 'library'] as const,
  list: (noun: LibraryNoun, search: LibrarySearch) => ['career', 'library', noun, search] as const,
  skill: (skillId: string) => ['career', 'library', 'skill', skillId] as const,
  conversations: ['career', 'conversations'] as const,
  conversationPage: (page: number) => ['career', 'conversations', 'page', page] as const,
  conversation: (id: string) => ['career', 'conversations', id] as const,
  postings: (page: number) => ['career', 'postings', page] as const,
  analyses: ['career', 'analyses'] as const,
  analysisPage: (page: number) => ['career', 'analyses', 'page', page] as const,
  analysis: (id: string) => ['career', 'analyses', id] as const,
  comparison: (id: string, otherId: string) => ['career', 'analyses', 'compare', id, otherId] as const,
  home: ['career', 'home'] as const,
  importProposal: ['career', 'import', 'cv'] as const,
};
