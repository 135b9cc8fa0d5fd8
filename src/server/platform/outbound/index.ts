export { judgeAddress, type AddressVerdict } from './address-rules.ts';
export { parseAllowRule, splitAllowList, type AllowRule } from './allow-rules.ts';
export { createOutboundGuard, OutboundRefusedError, type Lookup, type OutboundGuard, type OutboundGuardOptions } from './outbound-guard.ts';
