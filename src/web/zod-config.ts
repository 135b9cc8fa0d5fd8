import { z } from 'zod';

// Our CSP allows no eval (decision 037): without this, Zod probes `new Function` on its first object parse, and the
// browser reports the blocked probe as a violation although Zod falls back to parsing without it. Imported first by
// main.tsx, so it runs before any module that parses while it loads.
z.config({ jitless: true });
