import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';
import { BadUserInputError } from '../../common/errors';
import type { Context, OutboundTargets, PinnedTarget } from '../../context';

/**
 * Where webhooks (and any other call to a member-given URL) may go. A member admin chooses
 * the URL, and the server makes the request from inside its own network, so without a rule
 * any admin could make it POST to the cloud metadata service, the database, or anything
 * else on the operator's private network (SSRF).
 *
 * The rule: the URL's host is read as the WHATWG URL parser reads it (so `167772161`,
 * `0xa9fea9fe`, `012.0.0.1` and `127.1` are the addresses they stand for), a host name is
 * resolved, and every address it resolves to must be public unicast: IPv4 outside
 * loopback, private (RFC 1918), link-local, carrier-grade NAT, unspecified, broadcast,
 * multicast and reserved ranges; IPv6 in global unicast (2000::/3) outside ipaddr.js's
 * special ranges, with IPv4-mapped addresses judged as the IPv4 address they carry.
 * `CROSSDESK_WEBHOOK_ALLOW` (CIDRs and host names) lets named on-premises receivers
 * through. `localhost` / `127.0.0.1` (also over plain http) are allowed when the server
 * itself listens on loopback (a developer's machine) or the setting names them.
 *
 * The check runs when a webhook is created or its URL changed, and again before every
 * delivery; the delivery then connects to exactly the addresses checked (`pinnedLookup`),
 * so a DNS answer that changes between check and connect (rebinding) cannot redirect it.
 */

/** The operator's exceptions (`CROSSDESK_WEBHOOK_ALLOW`), parsed. */
export interface TargetAllowList {
  /** The setting's entries as written (for logs and errors). */
  entries: string[];
  cidrs: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]>;
  /** Lower-case host names whose every address is allowed. */
  hosts: Set<string>;
}

/** Resolves a host name to its addresses (the system resolver by default; tests give a fake DNS). */
export type ResolveHost = (hostname: string) => Promise<string[]>;

export const systemResolveHost: ResolveHost = async (hostname) => (await dns.promises.lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,62})(?:\.[a-z0-9_](?:[a-z0-9_-]{0,62}))*\.?$/;

/** Reads `CROSSDESK_WEBHOOK_ALLOW`: comma-separated CIDRs (`10.20.0.0/16`, `fd00::/8`), addresses and host names. Throws naming a bad entry. */
export function parseTargetAllowList(raw: string | undefined): TargetAllowList {
  const list: TargetAllowList = { entries: [], cidrs: [], hosts: new Set() };
  for (const entry of (raw ?? '').split(',').map((e) => e.trim()).filter(Boolean)) {
    list.entries.push(entry);
    const bare = entry.replace(/^\[(.*)\]$/, '$1');
    if (entry.includes('/')) {
      try {
        list.cidrs.push(ipaddr.parseCIDR(entry));
      } catch {
        throw new Error(`CROSSDESK_WEBHOOK_ALLOW: "${entry}" is not a CIDR (e.g. 10.20.0.0/16 or fd00::/8)`);
      }
    } else if (net.isIP(bare)) {
      const address = ipaddr.parse(bare);
      list.cidrs.push([address, address.kind() === 'ipv4' ? 32 : 128]);
    } else if (HOST_NAME.test(entry.toLowerCase())) {
      list.hosts.add(entry.toLowerCase().replace(/\.$/, ''));
    } else {
      throw new Error(`CROSSDESK_WEBHOOK_ALLOW: "${entry}" is neither a CIDR, an address nor a host name`);
    }
  }
  return list;
}

/** Whether the server's own listening interface is loopback only (`HOST=127.0.0.1`, `localhost`, `::1`). */
export function listensOnLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  return net.isIP(host) ? ipaddr.parse(host).range() === 'loopback' : false;
}

/** A target refused, with the reason a person can act on. */
export class TargetRefusedError extends Error {}

const RANGE_NAMES: Record<string, string> = {
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address (cloud metadata lives there)',
  loopback: 'a loopback address',
  carrierGradeNat: 'a carrier-grade NAT address',
  private: 'a private (RFC 1918) address',
  reserved: 'a reserved address',
  uniqueLocal: 'an IPv6 unique-local address',
  deprecatedSiteLocal: 'an IPv6 site-local address',
  ipv4Mapped: 'an IPv4-mapped address',
  rfc6145: 'an IPv4-translated address',
  rfc6052: 'a NAT64 address',
  '6to4': 'a 6to4 address',
  teredo: 'a Teredo address',
  discard: 'a discard-only address',
};

const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);

/** Why an address is not public unicast, or null when it is. */
export function nonPublicReason(address: string): string | null {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6 = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    const inner = (parsed as ipaddr.IPv6).toIPv4Address();
    const why = nonPublicReason(inner.toString());
    return why ? `an IPv4-mapped form of ${why}` : null;
  }
  const range = parsed.range();
  if (parsed.kind() === 'ipv4') return range === 'unicast' ? null : (RANGE_NAMES[range] ?? `a special-purpose (${range}) address`);
  parsed = parsed as ipaddr.IPv6;
  if (range === 'unicast' && parsed.match(GLOBAL_UNICAST_V6)) return null;
  return RANGE_NAMES[range] ?? (range === 'unicast' ? 'an IPv6 address outside global unicast' : `a special-purpose (${range}) address`);
}

function allowedByList(list: TargetAllowList, hostname: string, address: string): boolean {
  if (list.hosts.has(hostname)) return true;
  let parsed: ipaddr.IPv4 | ipaddr.IPv6 = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return list.cidrs.some(([net, bits]) => net.kind() === parsed.kind() && parsed.match(net, bits));
}

/** The URL's host as connected to: lower case, IPv6 without brackets, no trailing dot. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '').toLowerCase();
}

/**
 * The target rule as a service: `check(url)` parses, resolves and checks, and answers the
 * addresses to connect to (all of them checked); it throws TargetRefusedError otherwise.
 */
export function createOutboundTargets(options: { allow: TargetAllowList; serverOnLoopback: boolean; resolve?: ResolveHost }): OutboundTargets {
  const resolve = options.resolve ?? systemResolveHost;
  const { allow } = options;
  /** localhost / 127.0.0.1 may be used: the server is on loopback itself, or the operator named them. */
  const loopbackNamed = (host: string) =>
    options.serverOnLoopback || allow.hosts.has(host) || (host === 'localhost' ? allow.hosts.has('127.0.0.1') || allowedByList(allow, host, '127.0.0.1') : allowedByList(allow, host, host));
  return {
    async check(raw: string): Promise<PinnedTarget> {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        throw new TargetRefusedError('is not a URL');
      }
      if (url.username || url.password) throw new TargetRefusedError('must not hold credentials');
      const host = hostOf(url);
      const loopbackHost = LOOPBACK_HOSTS.has(host) && loopbackNamed(host);
      if (url.protocol === 'http:') {
        if (!LOOPBACK_HOSTS.has(host)) throw new TargetRefusedError('must be https (plain http only for localhost or 127.0.0.1)');
        if (!loopbackHost) throw new TargetRefusedError(`http://${host} is allowed only when this server listens on loopback or CROSSDESK_WEBHOOK_ALLOW names it`);
      } else if (url.protocol !== 'https:') {
        throw new TargetRefusedError('must be an https URL');
      }
      if (!host) throw new TargetRefusedError('has no host');
      let addresses: string[];
      if (net.isIP(host)) addresses = [host];
      else {
        try {
          addresses = await resolve(host);
        } catch (err) {
          const code = (err as { code?: string }).code;
          throw new TargetRefusedError(`host ${host} does not resolve${code && code !== 'ENOTFOUND' ? ` (${code})` : ''}`);
        }
        if (!addresses.length) throw new TargetRefusedError(`host ${host} does not resolve`);
      }
      const pinned: PinnedTarget['addresses'] = [];
      for (const address of addresses) {
        if (!net.isIP(address)) throw new TargetRefusedError(`host ${host} resolves to something that is not an address`);
        const why = nonPublicReason(address);
        if (why && !(loopbackHost && ipaddr.parse(address).range() === 'loopback') && !allowedByList(allow, host, address)) {
          const what = net.isIP(host) ? `${address} is ${why}` : `host ${host} resolves to ${address}, ${why}`;
          throw new TargetRefusedError(`${what}: webhooks reach public addresses only (the operator can let on-premises receivers through with CROSSDESK_WEBHOOK_ALLOW)`);
        }
        pinned.push({ address, family: net.isIPv6(address) ? 6 : 4 });
      }
      return { url, addresses: pinned };
    },
  };
}

/**
 * A `lookup` for `http.request` / `net.connect` that answers only the addresses checked,
 * whatever the name: the connection goes where the check looked, not where DNS says now.
 */
export function pinnedLookup(target: PinnedTarget): net.LookupFunction {
  return ((_hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    const family = typeof options === 'object' ? options.family : undefined;
    const wanted = target.addresses.filter((a) => !family || family === 0 || a.family === family || (family as unknown) === `IPv${a.family}`);
    const list = wanted.length ? wanted : target.addresses;
    if (typeof options === 'object' && options.all) callback(null, list);
    else callback(null, list[0].address, list[0].family);
  }) as unknown as net.LookupFunction;
}

/** Checks a webhook URL for a create or an update: BAD_USER_INPUT on `url` naming the reason. */
export async function requireAllowedTarget(ctx: Context, url: string): Promise<void> {
  try {
    await ctx.services.outbound.check(url);
  } catch (err) {
    if (err instanceof TargetRefusedError) throw new BadUserInputError([{ path: 'url', message: err.message }]);
    throw err;
  }
}
