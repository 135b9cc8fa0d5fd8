export { recordAudit, type RequestOrigin } from './record-audit.ts';
