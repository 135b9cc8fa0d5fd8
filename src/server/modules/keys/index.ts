export { createKeyStore, type KeyStore, type ProviderCredentials, type StoredLlmKey } from './key-store.ts';
export { keysRoutes } from './keys.routes.ts';
export { createKeysService, type KeysService } from './keys.service.ts';
export { rotateServerSecret, type RotationReport } from './rotate-server-secret.ts';
