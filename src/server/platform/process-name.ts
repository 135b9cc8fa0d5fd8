import { randomUUID } from 'node:crypto';

/**
 * This process's name among Parley's processes: every database connection it opens carries it as `application_name`,
 * so another process can tell from `pg_stat_activity` whether it is still alive (the mail outbox, decision 038).
 */
export const processName = `parley ${randomUUID().slice(0, 8)}`;
