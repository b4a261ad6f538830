import * as oauth from 'oauth4webapi';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { EtsySimulator } from './simulator.js';

/**
 * Etsy's OAuth 2.0 with PKCE driven by a standards-following client (`oauth4webapi`), and its
 * webhooks checked with the Standard Webhooks reference library: neither knows the simulator.
 */
const app = {
  keystring: 'librarykeystring',
  sharedSecret: 'librarysecret',
  title: 'Print Partner',
  redirectUris: ['https://app.example/callback'],
  webhookSecret: `whsec_${btoa('a-webhook-signing-key-of-32-bytes')}`,
};
const base = 'https://etsy.test';
const redirectUri = 'https://app.example/callback';

const etsy: oauth.AuthorizationServer = {
  issuer: 'https://www.etsy.com',
  authorization_endpoint: 'https://www.etsy.com/oauth/connect',
  token_endpoint: 'https://api.etsy.com/v3/public/oauth/token',
};
const client: oauth.Client = { client_id: app.keystring };

/** `https://www.etsy.com/…` and `https://api.etsy.com/…` → the simulator, mounted at `base`. */
const atSimulator = (url: string | URL) => {
  const { pathname, search } = new URL(url);
  return `${base}${pathname}${search}`;
};

function setup() {
  const received: Request[] = [];
  // The real clock: the webhook library checks timestamps against it.
  const sim = new EtsySimulator({
    apps: [app],
    fetch: async (request) => {
      received.push(request);
      return new Response('{}');
    },
  });
  const options = {
    [oauth.customFetch]: (url: string, init: RequestInit) =>
      sim.fetch(new Request(atSimulator(url), init)),
  };
  /** The owner allows access; the app checks the redirect back and exchanges the code. */
  const connect = async (scope: string, verifier = oauth.generateRandomCodeVerifier()) => {
    const state = oauth.generateRandomState();
    const authorize = new URL(etsy.authorization_endpoint!);
    for (const [name, value] of Object.entries({
      response_type: 'code',
      client_id: client.client_id,
      redirect_uri: redirectUri,
      scope,
      state,
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    })) {
      authorize.searchParams.set(name, value);
    }
    const landing = new URL(await sim.approve(atSimulator(authorize)));
    const params = oauth.validateAuthResponse(etsy, client, landing, state);
    return { params, verifier };
  };
  const exchange = async (params: URLSearchParams, verifier: string) =>
    oauth.processAuthorizationCodeResponse(
      etsy,
      client,
      await oauth.authorizationCodeGrantRequest(
        etsy,
        client,
        oauth.None(),
        params,
        redirectUri,
        verifier,
        options,
      ),
    );
  const me = async (accessToken: string) => {
    const res = await sim.fetch(
      new Request(`${base}/v3/application/users/me`, {
        headers: {
          'x-api-key': `${app.keystring}:${app.sharedSecret}`,
          authorization: `Bearer ${accessToken}`,
        },
      }),
    );
    return { status: res.status, body: (await res.json()) as any };
  };
  return { sim, received, options, connect, exchange, me };
}

describe('Etsy OAuth with PKCE through oauth4webapi', () => {
  it('authorizes, exchanges the code with its verifier, and refreshes with single-use refresh tokens', async () => {
    const { connect, exchange, me, options } = setup();
    const { params, verifier } = await connect('transactions_r shops_r');
    const tokens = await exchange(params, verifier);
    expect(tokens.token_type.toLowerCase()).toBe('bearer');
    expect(tokens.expires_in).toBe(3600);
    expect(tokens.refresh_token).toBeTruthy();
    const who = await me(tokens.access_token);
    expect(who.status).toBe(200);
    // Etsy access tokens start with the user's id.
    expect(tokens.access_token.startsWith(`${who.body.user_id}.`)).toBe(true);

    const renewed = await oauth.processRefreshTokenResponse(
      etsy,
      client,
      await oauth.refreshTokenGrantRequest(
        etsy,
        client,
        oauth.None(),
        tokens.refresh_token!,
        options,
      ),
    );
    expect(renewed.access_token).not.toBe(tokens.access_token);
    expect(renewed.refresh_token).not.toBe(tokens.refresh_token);
    expect((await me(renewed.access_token)).status).toBe(200);
    // The old refresh token was good for one renewal.
    const again = oauth.processRefreshTokenResponse(
      etsy,
      client,
      await oauth.refreshTokenGrantRequest(
        etsy,
        client,
        oauth.None(),
        tokens.refresh_token!,
        options,
      ),
    );
    await expect(again).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses a code exchanged with another verifier, and the same code twice', async () => {
    const { connect, exchange } = setup();
    const { params } = await connect('listings_r');
    await expect(exchange(params, oauth.generateRandomCodeVerifier())).rejects.toMatchObject({
      error: 'invalid_grant',
    });
    const second = await connect('listings_r');
    await exchange(second.params, second.verifier);
    await expect(exchange(second.params, second.verifier)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
  });

  it('returns a refusal as access_denied with the state, which the client reports', async () => {
    const { sim } = setup();
    const state = oauth.generateRandomState();
    const authorize = new URL(etsy.authorization_endpoint!);
    authorize.search = new URLSearchParams({
      response_type: 'code',
      client_id: client.client_id,
      redirect_uri: redirectUri,
      scope: 'listings_r',
      state,
      code_challenge: await oauth.calculatePKCECodeChallenge(oauth.generateRandomCodeVerifier()),
      code_challenge_method: 'S256',
    }).toString();
    const landing = new URL(await sim.deny(atSimulator(authorize)));
    expect(() => oauth.validateAuthResponse(etsy, client, landing, state)).toThrow(
      expect.objectContaining({ error: 'access_denied' }),
    );
  });

  it('signs order.paid so that the Standard Webhooks library verifies it, and not once altered', async () => {
    const { sim, received } = setup();
    sim.addWebhookEndpoint('https://app.example/hooks');
    await sim.addReceipt('InkwellPrintStudio', { listingIndex: 1 });
    const hook = received.shift()!;
    const body = await hook.text();
    const headers = Object.fromEntries(hook.headers);
    const verified = new Webhook(app.webhookSecret).verify(body, headers);
    expect(verified).toMatchObject({ event_type: 'order.paid' });
    expect(() =>
      new Webhook(app.webhookSecret).verify(body.replace('order.paid', 'order.paix'), headers),
    ).toThrow();
    expect(() =>
      new Webhook(`whsec_${btoa('another-key-of-the-same-length!!!')}`).verify(body, headers),
    ).toThrow();
  });
});
