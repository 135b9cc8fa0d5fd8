export { registerCsrfGuard, isSameOriginRequest } from './csrf-guard.ts';
export { authRateLimit, isSensitiveAuthRequest, registerRateLimits } from './rate-limits.ts';
export { registerSecurityHeaders } from './security-headers.ts';
export { deleteCounter, findCounter, incrementCounter, setCounter } from './limit-counters.repo.ts';
