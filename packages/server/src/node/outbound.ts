import { lookup } from 'node:dns';
import { promisify } from 'node:util';
import { Agent, fetch as undiciFetch } from 'undici';
import { isPublicAddress, type OutboundFetch } from '../outbound/guard.js';

const lookupAll = promisify(lookup);

/** Every address a host name resolves to, as the connection would pick from. */
export async function resolveHost(hostname: string): Promise<string[]> {
  const found = await lookupAll(hostname, { all: true });
  return found.map((a) => a.address);
}

/**
 * A fetch whose connections can only reach public addresses: the check runs again in the
 * connection's own DNS lookup, so a name that resolves to a public address when checked and to a
 * private one a moment later (DNS rebinding) still cannot reach the private network.
 */
export function publicOnlyFetch(
  /** Which resolved addresses a connection may use (public ones; tests widen it to loopback). */
  allowed: (address: string) => boolean = isPublicAddress,
): OutboundFetch {
  const dispatcher = new Agent({
    connect: {
      lookup(hostname, options, callback) {
        lookup(hostname, { ...options, all: true }, (error, addresses) => {
          // Stryker disable next-line StringLiteral: no address is read when an error is passed
          if (error) return callback(error, '', 4);
          const list = addresses as unknown as { address: string; family: number }[];
          const safe = list.filter((a) => allowed(a.address));
          // Stryker disable next-line ConditionalExpression: a lookup with no address is an error (above), so the list is never empty here
          if (safe.length === 0 || safe.length !== list.length) {
            // Stryker disable next-line StringLiteral: no address is read when an error is passed
            return callback(new Error(`${hostname} is not a public address`), '', 4);
          }
          if ((options as { all?: boolean }).all) return callback(null, safe as never, 4);
          return callback(null, safe[0]!.address, safe[0]!.family);
        });
      },
    },
  });
  return async (request) => {
    const body =
      request.method === 'GET' || request.method === 'HEAD'
        ? undefined
        : await request.arrayBuffer();
    const response = await undiciFetch(request.url, {
      method: request.method,
      headers: [...request.headers],
      body,
      redirect: request.redirect,
      signal: request.signal,
      dispatcher,
    });
    // undici's Response is the platform's own class under another name: hand back a global one.
    const empty = [101, 204, 205, 304].includes(response.status);
    return new Response(empty ? null : (response.body as ReadableStream<Uint8Array> | null), {
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers],
    });
  };
}
