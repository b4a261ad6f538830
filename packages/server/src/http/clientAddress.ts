import type { AppConfig } from '../config.js';

/**
 * The address a request comes from, for rate limits. The socket's peer, unless proxies in front
 * are trusted: then the forwarding header is read from the right, one entry per trusted hop,
 * because each proxy appends the address it saw and anything further left is the client's word.
 */
export function clientAddressOf(
  request: Request,
  config: Pick<AppConfig, 'clientAddress' | 'trustProxyHops' | 'proxyHeader'>,
): string {
  const peer = normalize(config.clientAddress?.(request));
  if (config.trustProxyHops <= 0) return peer ?? 'unknown';
  const forwarded = (request.headers.get(config.proxyHeader) ?? '')
    .split(',')
    .map((part) => normalize(part))
    .filter((part): part is string => Boolean(part));
  const chain = peer ? [...forwarded, peer] : forwarded;
  const index = chain.length - 1 - config.trustProxyHops;
  return chain[Math.max(0, index)] ?? 'unknown';
}

function normalize(address: string | undefined): string | undefined {
  const trimmed = address?.trim().toLowerCase();
  if (!trimmed) return undefined;
  // IPv4 peers of a dual-stack socket arrive as `::ffff:1.2.3.4`.
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed;
}
