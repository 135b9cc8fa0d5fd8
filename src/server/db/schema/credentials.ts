import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { checkOneOf, createdAt, primaryId, timestamptz, updatedAt } from './columns.ts';
import { workspaces } from './workspaces.ts';
import { type CredentialCheckStatus, credentialCheckStatuses, type CredentialProvider, credentialProviders } from '#shared/vocabulary.ts';

export { type CredentialCheckStatus, credentialCheckStatuses, type CredentialProvider, credentialProviders };

/**
 * Bring-your-own provider keys (seed 001 user_api_keys, one row per provider instead of one column per provider).
 * The secret is AES-256-GCM ciphertext under a key derived from the server secret and `salt`; for LiveKit the
 * secret is the JSON {url, apiKey, apiSecret}. Owned by a user or by a workspace, never both.
 */
export const providerCredentials = pgTable(
  'provider_credentials',
  {
    id: primaryId(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    workspaceId: uuid('workspace_id').references(() => workspaces.id, { onDelete: 'cascade' }),
    provider: text('provider').$type<CredentialProvider>().notNull(),
    /** Not secret: where an openai-compatible server listens. */
    baseUrl: text('base_url'),
    /** Optional default model for this provider. */
    model: text('model'),
    ciphertext: text('ciphertext').notNull(),
    nonce: text('nonce').notNull(),
    salt: text('salt').notNull(),
    authTag: text('auth_tag').notNull(),
    /** The last four characters, to recognise a key without decrypting it. */
    last4: text('last4'),
    checkedAt: timestamptz('checked_at'),
    checkStatus: text('check_status').$type<CredentialCheckStatus>().notNull().default('unchecked'),
    checkMessage: text('check_message'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    check('provider_credentials_one_owner_check', sql`(${table.userId} is null) <> (${table.workspaceId} is null)`),
    unique('provider_credentials_user_provider_unique').on(table.userId, table.provider),
    unique('provider_credentials_workspace_provider_unique').on(table.workspaceId, table.provider),
    index('provider_credentials_workspace_id_idx').on(table.workspaceId),
    checkOneOf('provider_credentials_provider_check', table.provider, credentialProviders),
    checkOneOf('provider_credentials_check_status_check', table.checkStatus, credentialCheckStatuses),
  ],
);
