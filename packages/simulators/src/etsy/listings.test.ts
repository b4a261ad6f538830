import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../test/support.js';
import { EtsySimulator } from './simulator.js';

const app = {
  keystring: 'simkeystring',
  sharedSecret: 'simsecret',
  redirectUris: ['https://app.example/callback'],
};
const base = 'https://etsy.test';
// RFC 7636, appendix B.
const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

/**
 * Draft listings on the simulated Open API v3, the way Etsy's documentation describes the calls:
 * written here, not taken from the server's adapter.
 */
async function setup(
  scope = 'listings_r listings_w shops_r',
  shop: { withoutShippingProfile?: boolean; withoutProcessingProfile?: boolean } = {},
) {
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const sim = new EtsySimulator({ apps: [app], clock, shops: [] });
  sim.addShop({
    shopId: 41_239_001,
    userId: 81_239_001,
    shopName: 'DraftStudio',
    title: 'Drafts',
    owner: 'Ada Owner',
    listings: 3,
    ...shop,
  });
  const code = new URL(
    await sim.approve(
      `${base}/oauth/connect?${new URLSearchParams({
        response_type: 'code',
        client_id: app.keystring,
        redirect_uri: 'https://app.example/callback',
        scope,
        state: 'nonce',
        code_challenge: challenge,
        code_challenge_method: 'S256',
      })}`,
      'DraftStudio',
    ),
  ).searchParams.get('code')!;
  const issued = await sim.fetch(
    new Request(`${base}/v3/public/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: app.keystring,
        redirect_uri: 'https://app.example/callback',
        code,
        code_verifier: verifier,
      }).toString(),
    }),
  );
  const { access_token } = (await issued.json()) as { access_token: string };
  const call = async (method: string, path: string, body?: URLSearchParams | unknown) => {
    // A calm client: well within Etsy's ten calls a second.
    clock.advance(200);
    const headers: Record<string, string> = {
      'x-api-key': `${app.keystring}:${app.sharedSecret}`,
      authorization: `Bearer ${access_token}`,
    };
    let payload: string | undefined;
    if (body instanceof URLSearchParams) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      payload = body.toString();
    } else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await sim.fetch(
      new Request(`${base}/v3/application${path}`, { method, headers, body: payload ?? null }),
    );
    return { status: res.status, body: (await res.json()) as any };
  };
  return { sim, call, shopId: 41_239_001 };
}

const draftForm = (profiles: { shipping: number; readiness: number }, extra = {}) =>
  new URLSearchParams({
    quantity: '999',
    title: 'Harbour at dusk',
    description: 'An A3 poster.',
    price: '24.00',
    who_made: 'i_did',
    when_made: 'made_to_order',
    taxonomy_id: '2078',
    type: 'physical',
    shipping_profile_id: String(profiles.shipping),
    readiness_state_id: String(profiles.readiness),
    ...extra,
  });

async function profilesOf(call: Awaited<ReturnType<typeof setup>>['call'], shopId: number) {
  const shipping = await call('GET', `/shops/${shopId}/shipping-profiles`);
  const readiness = await call('GET', `/shops/${shopId}/readiness-state-definitions`);
  return {
    shipping: shipping.body.results[0]?.shipping_profile_id as number,
    readiness: readiness.body.results[0]?.readiness_state_id as number,
    raw: { shipping: shipping.body, readiness: readiness.body },
  };
}

describe('draft listings on the Etsy simulator', () => {
  it('lists shipping and processing profiles, creates a draft, and sets its inventory', async () => {
    const { sim, call, shopId } = await setup();
    const profiles = await profilesOf(call, shopId);
    expect(profiles.raw.shipping).toMatchObject({
      count: 1,
      results: [{ title: 'Standard shipping', is_deleted: false }],
    });
    expect(profiles.raw.readiness).toMatchObject({
      count: 1,
      results: [{ readiness_state: 'made_to_order', shop_id: shopId }],
    });

    const created = await call('POST', `/shops/${shopId}/listings`, draftForm(profiles));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      shop_id: shopId,
      title: 'Harbour at dusk',
      state: 'draft',
      quantity: 999,
      price: { amount: 2400, divisor: 100, currency_code: 'USD' },
      skus: [],
      when_made: 'made_to_order',
      taxonomy_id: 2078,
      shipping_profile_id: profiles.shipping,
    });
    const id = created.body.listing_id;
    // Etsy's default inventory: one product without SKU.
    const before = await call('GET', `/listings/${id}/inventory`);
    expect(before.body.products).toMatchObject([{ sku: '', property_values: [] }]);

    const inventory = await call('PUT', `/listings/${id}/inventory`, {
      products: [
        {
          sku: 'VT-ABC123',
          property_values: [],
          offerings: [
            {
              price: 26.5,
              quantity: 999,
              is_enabled: true,
              readiness_state_id: profiles.readiness,
            },
          ],
        },
      ],
      price_on_property: [],
      quantity_on_property: [],
      sku_on_property: [],
      readiness_state_on_property: [],
    });
    expect(inventory.status).toBe(200);
    expect(inventory.body.products).toMatchObject([
      {
        sku: 'VT-ABC123',
        offerings: [{ price: { amount: 2650, divisor: 100 }, quantity: 999, is_enabled: true }],
      },
    ]);

    // Drafts are listed apart from the active listings, with their inventory.
    const drafts = await call('GET', `/shops/${shopId}/listings?state=draft&includes=Inventory`);
    expect(drafts.body.count).toBe(1);
    expect(drafts.body.results[0]).toMatchObject({
      listing_id: id,
      state: 'draft',
      skus: ['VT-ABC123'],
      price: { amount: 2650 },
      inventory: { products: [{ sku: 'VT-ABC123' }] },
    });
    const active = await call('GET', `/shops/${shopId}/listings?state=active`);
    expect(active.body.count).toBe(3);
    expect(sim.createdListings(shopId)).toHaveLength(1);
    const page = await (await sim.fetch(new Request(`${base}/shop/DraftStudio`))).text();
    expect(page).toContain('Harbour at dusk');
    expect(page).toContain('VT-ABC123');
  });

  it('refuses drafts as Etsy does, with its {error} bodies, and creates nothing', async () => {
    const { sim, call, shopId } = await setup();
    const profiles = await profilesOf(call, shopId);
    const refused = async (extra: Record<string, string>, drop?: string) => {
      const form = draftForm(profiles, extra);
      if (drop) form.delete(drop);
      const res = await call('POST', `/shops/${shopId}/listings`, form);
      expect(res.status).toBe(400);
      return res.body.error as string;
    };
    expect(await refused({}, 'description')).toBe('Missing required parameter: description.');
    expect(await refused({ price: '0' })).toBe('price must be between 0.20 and 50000.00 USD.');
    expect(await refused({ title: 'Sale: 50% off: today' })).toBe(
      'title may use the : character only once.',
    );
    expect(await refused({ when_made: 'yesterday' })).toContain('when_made must be one of');
    expect(await refused({}, 'shipping_profile_id')).toBe(
      'shipping_profile_id is required for physical listings.',
    );
    expect(await refused({ shipping_profile_id: '1' })).toBe(
      'Shipping profile 1 does not exist in this shop.',
    );
    expect(await refused({}, 'readiness_state_id')).toBe(
      'readiness_state_id is required for physical listings.',
    );
    // Form fields only: a JSON body carries none of them.
    const json = await call(
      'POST',
      `/shops/${shopId}/listings`,
      Object.fromEntries(draftForm(profiles)),
    );
    expect(json).toMatchObject({
      status: 400,
      body: { error: 'Missing required parameter: quantity.' },
    });
    expect(sim.createdListings(shopId)).toEqual([]);

    const { body: listing } = await call('POST', `/shops/${shopId}/listings`, draftForm(profiles));
    const badInventory = await call('PUT', `/listings/${listing.listing_id}/inventory`, {
      products: [
        {
          sku: 'VT-1',
          property_values: [],
          offerings: [{ price: 5, quantity: 1, is_enabled: true }],
        },
      ],
    });
    expect(badInventory).toMatchObject({
      status: 400,
      body: {
        error: 'products[0].offerings[0].readiness_state_id is required for physical listings.',
      },
    });
  });

  it('needs listings_w to write, and a shipping profile the owner can add later', async () => {
    const readOnly = await setup('listings_r shops_r');
    const profiles = await profilesOf(readOnly.call, readOnly.shopId);
    expect(
      await readOnly.call('POST', `/shops/${readOnly.shopId}/listings`, draftForm(profiles)),
    ).toEqual({ status: 403, body: { error: 'Missing required scope: listings_w' } });

    const bare = await setup(undefined, { withoutShippingProfile: true });
    expect((await bare.call('GET', `/shops/${bare.shopId}/shipping-profiles`)).body).toEqual({
      count: 0,
      results: [],
    });
    const profile = bare.sim.addShippingProfile('DraftStudio');
    const listed = await bare.call('GET', `/shops/${bare.shopId}/shipping-profiles`);
    expect(listed.body.results[0].shipping_profile_id).toBe(profile.shipping_profile_id);
  });
});
