import ipaddr from 'ipaddr.js';
import { normalise, type AllowRule } from './allow-rules.ts';

/**
 * Which addresses a URL given by a user or a workspace may reach (decision 015): public unicast only, unless an
 * administrator allowed the host or range. The ranges are ipaddr.js's names (`range()`), told in words.
 */
const refusedRanges: Record<string, string> = {
  unspecified: 'an unspecified address',
  broadcast: 'the broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address (169.254.0.0/16, fe80::/10), where cloud metadata services live',
  loopback: 'a loopback address (this server itself)',
  carrierGradeNat: 'a carrier-grade NAT address (100.64.0.0/10)',
  private: 'a private network address (RFC 1918: 10/8, 172.16/12, 192.168/16)',
  uniqueLocal: 'a private network address (RFC 4193 unique-local, fc00::/7)',
  reserved: 'a reserved address',
  benchmarking: 'a benchmarking address',
  amt: 'a reserved address',
  as112: 'a reserved address',
  as112v6: 'a reserved address',
  deprecated: 'a deprecated address',
  orchid2: 'a reserved address',
  droneRemoteIdProtocolEntityTags: 'a reserved address',
  rfc6145: 'an IPv6 translation address (it carries an IPv4 address)',
  rfc6052: 'an IPv6 translation address (NAT64, it carries an IPv4 address)',
  '6to4': 'a 6to4 address (it carries an IPv4 address)',
  teredo: 'a Teredo address (it carries an IPv4 address)',
  discard: 'a discard-only address',
};

export type AddressVerdict = { allowed: true } | { allowed: false; rule: string };

/** Whether a host (name as written in the URL, lower case) and the address it resolved to may be reached. */
export function judgeAddress(host: string, address: string, allow: readonly AllowRule[]): AddressVerdict {
  if (!ipaddr.isValid(address)) return { allowed: false, rule: `"${address}" is not an IP address` };
  const parsed = normalise(ipaddr.parse(address));
  if (allow.some((rule) => allows(rule, host, parsed))) return { allowed: true };
  const range = parsed.range();
  if (range === 'unicast') return { allowed: true };
  return { allowed: false, rule: refusedRanges[range] ?? `an address in the ${range} range` };
}

function allows(rule: AllowRule, host: string, address: ipaddr.IPv4 | ipaddr.IPv6): boolean {
  switch (rule.kind) {
    case 'host':
      return host === rule.name;
    case 'domain':
      return host.endsWith(rule.suffix);
    case 'range': {
      const [base, bits] = rule.range;
      return base.kind() === address.kind() && address.match(base, bits);
    }
  }
}
