import dns from 'node:dns';
import net from 'node:net';
import { Agent, buildConnector, fetch as undiciFetch, type Dispatcher } from 'undici';
import { judgeAddress } from './address-rules.ts';
import { parseAllowRule, type AllowRule } from './allow-rules.ts';

/**
 * The outbound guard (decision 015). Every URL a user or a workspace supplies — a stored key's base URL, a job page to
 * import — is fetched through `guard.fetch`: the host is resolved and the address actually connected to is checked at
 * connect time, for the first request and for every redirect (undici follows them through the same dispatcher), so a
 * name resolving to a private address, or a public page redirecting to 127.0.0.1, is refused.
 */

export type LookupAddress = { address: string; family: number };
/** Resolves a host name to its addresses (dns.lookup with all: true); tests inject one that maps test names. */
export type Lookup = (hostname: string) => Promise<LookupAddress[]>;

export type OutboundGuardOptions = {
  /** The administrator's allow-list (the `outbound.allow` setting, or OUTBOUND_ALLOW), read at each check. */
  allowList: () => Promise<readonly string[]>;
  lookup?: Lookup;
  /** Connect timeout in milliseconds. */
  connectTimeoutMs?: number;
};

export type OutboundGuard = {
  /** fetch(), through the guarded dispatcher: what AI providers, speech providers and page imports are given. */
  fetch: typeof fetch;
  /** Checks a URL before it is stored (a key's base URL): its scheme, and the addresses its host resolves to now. */
  checkUrl: (url: string, options?: { schemes?: readonly string[] }) => Promise<void>;
  /**
   * The checked address to connect to for a connection fetch cannot make (a speech provider's WebSocket): every address
   * the name resolves to must pass, and the caller connects to the one returned, so no second lookup can answer otherwise.
   */
  resolve: (hostname: string) => Promise<LookupAddress>;
  close: () => Promise<void>;
};

const howToAllow =
  'An administrator can allow a host or range of your own network under Settings → Administration → Settings (outbound.allow) (or with the OUTBOUND_ALLOW variable).';

/** A refused outbound request: its message says which rule and how an administrator allows it. */
export class OutboundRefusedError extends Error {
  override readonly name = 'OutboundRefusedError';
  constructor(
    readonly rule: string,
    message: string,
  ) {
    super(message);
  }
}

function refusal(host: string, address: string, rule: string): OutboundRefusedError {
  const where = host === address ? address : `${host} (${address})`;
  return new OutboundRefusedError(rule, `Parley does not connect to ${where}: it is ${rule}. ${howToAllow}`);
}

const systemLookup: Lookup = async (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

function bareHost(hostname: string): string {
  const lower = hostname.toLowerCase().replace(/\.$/, '');
  return lower.startsWith('[') && lower.endsWith(']') ? lower.slice(1, -1) : lower;
}

export function createOutboundGuard(options: OutboundGuardOptions): OutboundGuard {
  const lookup = options.lookup ?? systemLookup;

  async function rules(): Promise<AllowRule[]> {
    return (await options.allowList()).map(parseAllowRule).filter((rule): rule is AllowRule => !('error' in rule));
  }

  /** The address to connect to: every address the name resolves to must pass, so no answer can slip through. */
  async function resolveChecked(hostname: string): Promise<string> {
    return (await resolveCheckedAddress(hostname)).address;
  }

  async function resolveCheckedAddress(hostname: string): Promise<LookupAddress> {
    const host = bareHost(hostname);
    const allow = await rules();
    const addresses = net.isIP(host) ? [{ address: host, family: net.isIP(host) }] : await lookup(host);
    if (addresses.length === 0) throw new Error(`${host} has no address`);
    for (const { address } of addresses) {
      const verdict = judgeAddress(host, address, allow);
      if (!verdict.allowed) throw refusal(host, address, verdict.rule);
    }
    return addresses[0]!;
  }

  const baseConnect = buildConnector({ timeout: options.connectTimeoutMs ?? 10_000 });
  const connect: buildConnector.connector = (connectOptions, callback) => {
    const host = bareHost(connectOptions.hostname);
    resolveChecked(host).then(
      (address) => {
        const servername = connectOptions.servername ?? (net.isIP(host) ? undefined : host);
        baseConnect({ ...connectOptions, hostname: address, ...(servername ? { servername } : {}) }, callback);
      },
      (error: Error) => callback(error, null),
    );
  };
  const dispatcher: Dispatcher = new Agent({ connect });

  const guardedFetch = ((input: Parameters<typeof undiciFetch>[0], init?: Parameters<typeof undiciFetch>[1]) => {
    const url = new URL(typeof input === 'string' ? input : 'href' in input ? input.href : input.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return Promise.reject(new OutboundRefusedError('scheme', `Parley only calls http:// and https:// URLs, not ${url.protocol}//.`));
    }
    return undiciFetch(input, { ...init, dispatcher });
  }) as unknown as typeof fetch;

  return {
    fetch: guardedFetch,
    async checkUrl(raw, checkOptions) {
      const schemes = checkOptions?.schemes ?? ['http:', 'https:'];
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        throw new OutboundRefusedError('url', `"${raw}" is not a URL.`);
      }
      if (!schemes.includes(url.protocol)) {
        throw new OutboundRefusedError('scheme', `Parley only calls ${schemes.map((scheme) => `${scheme}//`).join(' and ')} URLs, not ${url.protocol}//.`);
      }
      try {
        let timer: NodeJS.Timeout | undefined;
        const slowDns = new Promise<never>((_resolve, reject) => {
          timer = setTimeout(() => reject(new Error('no DNS answer in time')), 5000);
        });
        await Promise.race([resolveChecked(url.hostname), slowDns]).finally(() => clearTimeout(timer));
      } catch (error) {
        // A name that does not resolve now cannot be judged; the connect-time check judges it when it is used.
        if (error instanceof OutboundRefusedError) throw error;
      }
    },
    resolve: resolveCheckedAddress,
    close: () => dispatcher.close(),
  };
}
