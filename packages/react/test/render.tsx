import { render } from '@testing-library/react';
import { createVitrine } from '@vitrine/sdk';
import type { TestServer } from '@vitrine/server/testing';
import axe from 'axe-core';
import type { ReactElement, ReactNode } from 'react';
import { VitrineProvider, type VitrineProviderProps } from '../src/index.js';

/** Renders under a provider whose SDK talks to the real in-process server with a provider session. */
export function renderWithServer(
  server: TestServer,
  ui: ReactElement,
  options: Partial<Omit<VitrineProviderProps, 'client' | 'children'>> & {
    secretKey?: string;
    /** Act as this client user instead of the provider. */
    as?: { clientId: string; userId: string };
    /** The widgets' way to the server, e.g. one that drops some requests; the server's by default. */
    fetch?: TestServer['fetch'];
  } = {},
) {
  const { secretKey = server.provider.secretKey, as, fetch, ...providerProps } = options;
  const keyClient = createVitrine({ baseUrl: server.baseUrl, secretKey }, { fetch: server.fetch });
  // Like a host portal: its backend mints short-lived sessions; the browser never holds the key.
  const client = createVitrine(
    {
      baseUrl: server.baseUrl,
      session: () =>
        keyClient.sessions.create(as ? { scope: 'client', ...as } : { scope: 'provider' }),
    },
    { fetch: fetch ?? server.fetch },
  );
  return {
    client,
    ...render(
      <VitrineProvider client={client} {...providerProps}>
        {ui}
      </VitrineProvider>,
    ),
  };
}

/**
 * A `wrapper` for `renderHook`: hooks run under a provider whose SDK talks to the real server with
 * a provider session (or a client user's, with `as`), as widgets do.
 */
export function serverWrapper(
  server: TestServer,
  options: { as?: { clientId: string; userId: string } } = {},
) {
  const keyClient = createVitrine(
    { baseUrl: server.baseUrl, secretKey: server.provider.secretKey },
    { fetch: server.fetch },
  );
  const client = createVitrine(
    {
      baseUrl: server.baseUrl,
      session: () =>
        keyClient.sessions.create(
          options.as ? { scope: 'client', ...options.as } : { scope: 'provider' },
        ),
    },
    { fetch: server.fetch },
  );
  return {
    client,
    wrapper: ({ children }: { children: ReactNode }) => (
      <VitrineProvider client={client}>{children}</VitrineProvider>
    ),
  };
}

/** axe-core over the rendered document; returns the violations' ids and targets. */
export async function axeViolations(container: Element = document.body) {
  const result = await axe.run(container, { rules: { region: { enabled: false } } });
  return result.violations.map((v) => ({
    id: v.id,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/** The API as the provider's backend calls it (secret key), answering parsed JSON. */
export function providerApi(server: TestServer) {
  return async (method: string, path: string, body?: unknown) => {
    const res = await server.fetch(`${server.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${server.provider.secretKey}`,
        'content-type': 'application/json',
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return res.json() as Promise<any>;
  };
}

/** Accepts the invitation last emailed to `email`, as the invited person would. */
export const acceptInvite = async (server: TestServer, email: string) =>
  server.fetch(`${server.baseUrl}/v1/invitations/${await server.inviteToken(email)}/accept`, {
    method: 'POST',
  });
