import ipaddr from 'ipaddr.js';

/**
 * An administrator's exception to the outbound guard (decision 015): an address range (`10.0.0.0/8`, `fd00::/8`), one
 * address (`192.168.1.20`), a host name (`gpu-box`, `ollama.lan`) or every name under a domain (`*.lan`).
 */
export type AllowRule =
  | { kind: 'range'; text: string; range: [ipaddr.IPv4 | ipaddr.IPv6, number] }
  | { kind: 'host'; text: string; name: string }
  | { kind: 'domain'; text: string; suffix: string };

const hostLabel = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

function isHostName(value: string): boolean {
  return value.length <= 253 && value.split('.').every((label) => hostLabel.test(label));
}

/** The rule a text names, or a message saying what it must look like. */
export function parseAllowRule(raw: string): AllowRule | { error: string } {
  const text = raw.trim().toLowerCase();
  if (text.includes('/')) {
    try {
      const [address, bits] = ipaddr.parseCIDR(text);
      return { kind: 'range', text, range: [normalise(address), address.kind() === 'ipv6' && normalise(address).kind() === 'ipv4' ? Math.max(0, bits - 96) : bits] };
    } catch {
      return { error: `"${raw}" is not an address range such as 10.0.0.0/8 or fd00::/8` };
    }
  }
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  if (ipaddr.isValid(bare)) {
    const address = normalise(ipaddr.parse(bare));
    return { kind: 'range', text, range: [address, address.kind() === 'ipv4' ? 32 : 128] };
  }
  if (text.startsWith('*.') && isHostName(text.slice(2))) return { kind: 'domain', text, suffix: text.slice(1) };
  if (isHostName(text)) return { kind: 'host', text, name: text };
  return { error: `"${raw}" is not a host name (gpu-box, ollama.lan), a domain (*.lan), an address (192.168.1.20) or a range (10.0.0.0/8)` };
}

/** IPv4-mapped IPv6 addresses (::ffff:127.0.0.1) are the IPv4 address they carry. */
export function normalise(address: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4 | ipaddr.IPv6 {
  return address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() ? (address as ipaddr.IPv6).toIPv4Address() : address;
}

/** Splits an OUTBOUND_ALLOW value: entries separated by commas or spaces. */
export function splitAllowList(raw: string): string[] {
  return raw.split(/[\s,]+/).filter((entry) => entry !== '');
}
