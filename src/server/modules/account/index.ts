export { accountModules, type AccountModulesOptions } from './account-modules.ts';
export { accountRoutes } from './account.routes.ts';
export { createAccountService, type AccountService } from './account.service.ts';
