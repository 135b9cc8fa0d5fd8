import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Powerful browser features: the microphone and the camera only for Parley's own pages (voice practice records there,
 * the interview room's embedded call films there, decision 042), everything else of the kind for no page at all, and
 * never for a page of another site framed in ours.
 */
export const permissionsPolicy = 'camera=(self), display-capture=(), geolocation=(), microphone=(self), payment=(), usb=()';

/**
 * The server's LiveKit (decision 042) as the browser reaches it: `livekit-client` opens its signalling websocket at the
 * ws(s) URL and asks the same host over http(s) (connection checks, LiveKit Cloud's region list), so both origins.
 */
export function liveKitOrigins(url: string | undefined): string[] {
  if (!url) return [];
  const { host, protocol } = new URL(url);
  const secure = protocol === 'wss:' || protocol === 'https:';
  return secure ? [`wss://${host}`, `https://${host}`] : [`ws://${host}`, `http://${host}`];
}

/**
 * Helmet with a CSP that the built Vite app and the Swagger UI at /api/docs both live with: scripts only from our
 * origin (neither uses inline script), inline styles allowed (Mantine and Swagger set style attributes),
 * images from anywhere over https (avatars are URLs), websockets for live interviews and the server's LiveKit. HSTS and
 * upgrade-insecure-requests only when the public URL is https, so a plain-http LAN install keeps working. The referrer
 * goes to our own origin only (`same-origin`: links out say nothing of where they came from, and the browser still sends
 * the Origin header our CSRF guard checks). Helmet has no Permissions-Policy, so a hook adds it (decision 037).
 */
export async function registerSecurityHeaders(app: FastifyInstance, publicUrl: string, options: { liveKitUrl?: string } = {}): Promise<void> {
  const https = publicUrl.startsWith('https://');
  await app.register(helmet, {
    global: true,
    hsts: https ? { maxAge: 180 * 24 * 60 * 60, includeSubDomains: false } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'ws:', 'wss:', ...liveKitOrigins(options.liveKitUrl)],
        mediaSrc: ["'self'", 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
  });
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('permissions-policy', permissionsPolicy);
  });
}
