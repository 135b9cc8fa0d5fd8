import type { SessionFilter } from '#web/features/practice/api/practice-api.ts';

/** Every practice query lives under ['practice', kind, ...]. */
export const practiceKeys = {
  allSessions: ['practice', 'sessions'] as const,
  sessions: (filter: SessionFilter) => ['practice', 'sessions', filter] as const,
  session: (sessionId: string) => ['practice', 'session', sessionId] as const,
  report: (sessionId: string) => ['practice', 'report', sessionId] as const,
  progress: ['practice', 'progress'] as const,
  speechAvailability: ['speech', 'availability'] as const,
};
