import ipaddr from 'ipaddr.js';
import { readAtMost } from '../streams.js';

/**
 * The one door for every call this server makes to an address it was given by someone else
 * (platform stores, print files, postback endpoints). Outside development it refuses plain HTTP,
 * addresses inside private, loopback, link-local or metadata networks (also when a public name
 * resolves to one, and on every redirect hop), and redirects to them; every attempt has a
 * timeout, and bodies are read with a size cap (`readCapped`).
 */

export type OutboundFetch = (request: Request) => Promise<Response>;

export interface OutboundPolicy {
  /** Private and loopback targets are fine (development, with simulators on localhost). */
  allowPrivateNetworks: boolean;
  /** Origins reached over plain HTTP besides HTTPS ones (a local simulator). */
  insecureOrigins?: readonly string[];
  /** Addresses this server answers itself, in process (platform stand-ins it mounts). */
  inProcess?: (url: URL) => boolean;
  /**
   * The addresses a host name resolves to. Node resolves with DNS; runtimes without DNS (the
   * browser, tests with in-process platforms) check literal addresses only.
   */
  resolveHost?: (hostname: string) => Promise<string[]>;
  /** Redirect hops followed, each checked like the first address. */
  maxRedirects?: number;
  /** How long one request may take, redirects included. */
  timeoutMs?: number;
}

/** Why the guard refused an address. */
export class OutboundRefused extends Error {
  readonly reason: 'scheme' | 'address' | 'redirect';
  constructor(reason: OutboundRefused['reason'], message: string) {
    super(message);
    this.name = 'OutboundRefused';
    this.reason = reason;
  }
}

/** Unicast addresses on the public internet are the only ones allowed outside development. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === 'unicast';
}

// IPv6 literals come bracketed (`[::1]`); a trailing dot names the same host.
const hostOf = (url: URL) => url.hostname.replace(/[[\]]/g, '').replace(/\.$/, '');

/** Throws `OutboundRefused` unless the policy lets this server call `url`. */
export async function checkOutboundUrl(url: URL, policy: OutboundPolicy): Promise<void> {
  if (policy.inProcess?.(url)) return;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new OutboundRefused('scheme', `Only http(s) addresses are called, not ${url.protocol}`);
  }
  if (
    url.protocol === 'http:' &&
    !policy.allowPrivateNetworks &&
    !policy.insecureOrigins?.includes(url.origin)
  ) {
    throw new OutboundRefused('scheme', 'Only https addresses are called.');
  }
  if (policy.allowPrivateNetworks) return;
  const host = hostOf(url);
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal')) {
    throw new OutboundRefused('address', `${host} is not a public address.`);
  }
  if (ipaddr.isValid(host)) {
    if (!isPublicAddress(host)) {
      throw new OutboundRefused('address', `${host} is not a public address.`);
    }
    return;
  }
  if (!policy.resolveHost) return;
  let addresses: string[];
  try {
    addresses = await policy.resolveHost(host);
  } catch {
    // An unknown name is a network failure for the caller, not a refusal.
    throw new TypeError(`${host} could not be resolved`);
  }
  if (addresses.length === 0 || !addresses.every(isPublicAddress)) {
    throw new OutboundRefused('address', `${host} resolves to an address that is not public.`);
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Wraps a fetch so that every request (and every redirect it leads to) passes the policy.
 * Redirects are followed here, by hand, so that each hop is checked before it is called.
 */
export function guardedFetch(base: OutboundFetch, policy: OutboundPolicy): OutboundFetch {
  const maxRedirects = policy.maxRedirects ?? 3;
  return async (request) => {
    const deadline = AbortSignal.timeout(policy.timeoutMs ?? 30_000);
    const signal = AbortSignal.any([deadline, request.signal]);
    let current = new Request(request, { redirect: 'manual', signal });
    for (let hop = 0; ; hop++) {
      await checkOutboundUrl(new URL(current.url), policy);
      const response = await base(current);
      if (!REDIRECTS.has(response.status)) return response;
      const location = response.headers.get('location');
      if (!location) return response;
      await response.body?.cancel();
      if (hop >= maxRedirects) {
        throw new OutboundRefused('redirect', `More than ${maxRedirects} redirects.`);
      }
      const next = new URL(location, current.url);
      // A redirect keeps the method and body only for 307/308, as browsers do.
      const keep = response.status === 307 || response.status === 308;
      if (keep && current.body) {
        throw new OutboundRefused('redirect', 'A request with a body is not redirected.');
      }
      current = new Request(next, {
        method: keep ? current.method : current.method === 'HEAD' ? 'HEAD' : 'GET',
        headers: sameOrigin(next, current.url) ? current.headers : withoutCredentials(current),
        redirect: 'manual',
        signal,
      });
    }
  };
}

const sameOrigin = (next: URL, previous: string) => next.origin === new URL(previous).origin;

/** Credentials meant for one host never travel to another one. */
function withoutCredentials(request: Request): Headers {
  const headers = new Headers(request.headers);
  for (const name of ['authorization', 'cookie', 'x-api-key', 'x-shopify-access-token']) {
    headers.delete(name);
  }
  return headers;
}

/** A body too large for what the caller expects. */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`The answer is larger than ${limit} bytes.`);
    this.name = 'BodyTooLarge';
  }
}

/**
 * Reads at most `limit` bytes of a body (`limit` + 1 tells "larger"); stops reading and
 * releases the connection as soon as the cap is passed.
 */
export async function readCapped(response: Response, limit: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel();
    throw new BodyTooLarge(limit);
  }
  const bytes = await readAtMost(response.body, limit);
  if (!bytes) throw new BodyTooLarge(limit);
  return bytes;
}
