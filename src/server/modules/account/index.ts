import type { Database } from '#server/db/client.ts';
import type { Auth } from '#server/platform/auth/index.ts';
import type { AccountDeps } from './account-deps.ts';

export type { AccountDeps } from './account-deps.ts';
export { accountRoutes } from './account.routes.ts';
export { removeAccount } from './account.service.ts';

export function createAccountDeps(runtime: { database: Database; auth: Auth; now: () => Date }): AccountDeps {
  return { db: runtime.database.db, auth: runtime.auth, now: runtime.now };
}
