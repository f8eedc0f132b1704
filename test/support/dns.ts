import { systemResolveHost, type ResolveHost } from '../../src/modules/webhooks/webhook-target';

/** A public address the tests' names resolve to (no test connects to it). */
export const PUBLIC_ADDRESS = '93.184.215.14';

/**
 * A DNS for tests (the machines running them may have none): `*.example.com` and
 * `*.example` resolve to a public address, names in `names` to what they say (a function
 * is asked at each lookup: a name can change its answer, as in DNS rebinding), and
 * anything else goes to the system resolver (`localhost` from /etc/hosts).
 */
export function fakeDns(names: Record<string, string[] | (() => string[])> = {}): ResolveHost & { lookups: string[] } {
  const lookups: string[] = [];
  const resolve = async (hostname: string) => {
    lookups.push(hostname);
    const entry = names[hostname];
    if (entry) return typeof entry === 'function' ? entry() : entry;
    if (hostname === 'example.com' || hostname.endsWith('.example.com') || hostname.endsWith('.example')) return [PUBLIC_ADDRESS];
    return systemResolveHost(hostname);
  };
  return Object.assign(resolve, { lookups });
}
