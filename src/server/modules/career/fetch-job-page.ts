import { OutboundRefusedError, type OutboundGuard } from '#server/platform/outbound/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { maxJobPageBytes } from '#shared/contracts/career-jobs.ts';

/** How long a job page may take to arrive, headers and body together. */
export const jobPageTimeoutMs = 10_000;

const refused = (message: string) => new AppError('validation_failed', `body.url: ${message}`);

/** The guard's refusal inside undici's "fetch failed" (a redirect hop refused at connect time arrives as its cause). */
function refusalOf(error: unknown): OutboundRefusedError | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (current instanceof OutboundRefusedError) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The body as text, read chunk by chunk and given up as soon as it passes the size limit. */
async function readCapped(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxJobPageBytes) throw refused(`the page is larger than ${maxJobPageBytes / 1_000_000} MB; save only the job page and upload it`);
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxJobPageBytes) {
      await reader.cancel();
      throw refused(`the page is larger than ${maxJobPageBytes / 1_000_000} MB; save only the job page and upload it`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Fetches a job page a user named, only through the outbound guard (decision 015): http(s) only, the address of the
 * first request and of every redirect checked at connect time, at most `maxJobPageBytes` and `jobPageTimeoutMs`, HTML
 * only. Nothing of the page runs: the text is handed to the reader, which only parses. Refusals are 400s on body.url.
 */
export async function fetchJobPage(outbound: OutboundGuard, url: string): Promise<{ html: string; finalUrl: string }> {
  const signal = AbortSignal.timeout(jobPageTimeoutMs);
  try {
    const response = await outbound.fetch(url, { redirect: 'follow', signal, headers: { accept: 'text/html,application/xhtml+xml' } });
    if (!response.ok) {
      await response.body?.cancel();
      throw refused(`the page answered ${response.status}; save it from your browser and upload it, or paste its text`);
    }
    const type = response.headers.get('content-type') ?? '';
    if (type && !/html|xml/i.test(type)) {
      await response.body?.cancel();
      throw refused(`the address gives ${type.split(';')[0]}, not a web page`);
    }
    return { html: await readCapped(response), finalUrl: response.url || url };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const refusal = refusalOf(error);
    if (refusal) throw refused(refusal.message);
    if (signal.aborted) throw refused(`the page did not arrive within ${jobPageTimeoutMs / 1000} seconds; save it from your browser and upload it`);
    const reason = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw refused(`the page could not be fetched (${reason}); save it from your browser and upload it, or paste its text`);
  }
}
