export { auditRoutes } from './audit.routes.ts';
export { recordAudit, type RequestOrigin } from './record-audit.ts';
