import net from 'node:net';
import type { Request } from 'express';

/**
 * TRUST_PROXY is the number of reverse proxies in front of the API that append to X-Forwarded-For
 * (`true` = 1 and `false` = 0, as before). Express then takes the address that many hops from the socket,
 * so a client can prepend whatever it likes to the header and still not choose its own address.
 */
export function parseTrustProxy(value: string | undefined): number {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '' || v === 'false') return 0;
  if (v === 'true') return 1;
  if (/^\d{1,2}$/.test(v)) return Number(v);
  throw new Error(`TRUST_PROXY must be a number of proxy hops (0–99), true or false, not "${value}"`);
}

/** The client address as Express resolved it through the trusted hops; IPv4-mapped IPv6 shown as IPv4. */
export function clientIp(req: Pick<Request, 'ip' | 'socket'>): string | null {
  const ip = req.ip ?? req.socket?.remoteAddress ?? null;
  if (!ip) return null;
  return ip.startsWith('::ffff:') && net.isIPv4(ip.slice(7)) ? ip.slice(7) : ip;
}

/** Expands an IPv6 address to its eight 16-bit groups. */
function ipv6Groups(ip: string): string[] {
  const [head, tail] = ip.split('::');
  const parts = (s: string | undefined) => (s ? s.split(':') : []);
  const h = parts(head);
  const t = parts(tail);
  const missing = 8 - h.length - t.length;
  return [...h, ...Array.from({ length: tail === undefined ? 0 : missing }, () => '0'), ...t].map((g) => g.padStart(4, '0'));
}

/**
 * What a per-client limit counts: an IPv4 address, or the /64 network of an IPv6 address (one subscriber usually
 * holds a whole /64, so counting single addresses would let it rotate). No address → one shared bucket.
 */
export function clientKey(ip: string | null): string {
  if (!ip) return 'unknown';
  const bare = ip.split('%')[0];
  if (net.isIPv6(bare)) return `${ipv6Groups(bare).slice(0, 4).join(':')}::/64`;
  return bare;
}
