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
const shopId = 41_239_002;

/**
 * createReceiptShipment on the simulated Open API v3 (`POST /shops/{shop_id}/receipts/
 * {receipt_id}/tracking`), as Etsy's reference describes it: written here, not taken from the
 * server's adapter.
 */
async function setup(scope = 'transactions_r transactions_w') {
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const sim = new EtsySimulator({ apps: [app], clock, shops: [] });
  sim.addShop({
    shopId,
    userId: 81_239_002,
    shopName: 'ShipStudio',
    title: 'Shipping',
    owner: 'Ada Owner',
    listings: 2,
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
      'ShipStudio',
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
  const track = async (receiptId: number, body: URLSearchParams | Record<string, unknown>) => {
    clock.advance(200);
    const form = body instanceof URLSearchParams;
    const res = await sim.fetch(
      new Request(`${base}/v3/application/shops/${shopId}/receipts/${receiptId}/tracking`, {
        method: 'POST',
        headers: {
          'x-api-key': `${app.keystring}:${app.sharedSecret}`,
          authorization: `Bearer ${access_token}`,
          'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json',
        },
        body: form ? body.toString() : JSON.stringify(body),
      }),
    );
    return { status: res.status, body: (await res.json()) as any };
  };
  return { sim, clock, track };
}

describe('receipt shipments on the Etsy simulator', () => {
  it('adds tracking to a receipt, marks it shipped and emails the buyer each time', async () => {
    const { sim, track } = await setup();
    const { receipt } = await sim.addReceipt(shopId, { listingIndex: 0 });
    const shipped = await track(receipt.receipt_id, {
      tracking_code: '9400111899223100001234',
      carrier_name: 'usps',
      send_bcc: true,
    });
    expect(shipped.status).toBe(200);
    expect(shipped.body).toMatchObject({
      receipt_id: receipt.receipt_id,
      is_shipped: true,
      status: 'completed',
      shipments: [
        {
          receipt_shipping_id: expect.any(Number),
          shipment_notification_timestamp: expect.any(Number),
          carrier_name: 'usps',
          tracking_code: '9400111899223100001234',
        },
      ],
    });
    // Older clients send form fields.
    const again = await track(
      receipt.receipt_id,
      new URLSearchParams({ tracking_code: 'SECOND-BOX', carrier_name: 'other' }),
    );
    expect(again.body.shipments).toHaveLength(2);
    expect(sim.shipmentEmails(shopId, receipt.receipt_id).map((e) => e.toSeller)).toEqual([
      true,
      false,
    ]);
  });

  it('refuses half the tracking, US orders over USD 10 without it, and cancelled receipts', async () => {
    const { sim, track } = await setup();
    const { receipt } = await sim.addReceipt(shopId, { listingIndex: 0 });
    expect(await track(receipt.receipt_id, { tracking_code: 'X1' })).toMatchObject({
      status: 400,
      body: { error: 'tracking_code and carrier_name must be given together.' },
    });
    expect(receipt.grandtotal.amount / receipt.grandtotal.divisor).toBeGreaterThan(10);
    expect((await track(receipt.receipt_id, {})).status).toBe(400);
    sim.updateReceipt(shopId, receipt.receipt_id, { status: 'canceled' });
    expect(
      (await track(receipt.receipt_id, { tracking_code: 'X1', carrier_name: 'usps' })).status,
    ).toBe(409);
    expect((await track(999, { tracking_code: 'X1', carrier_name: 'usps' })).status).toBe(404);
    expect(sim.shipmentEmails(shopId)).toEqual([]);
  });

  it('needs transactions_w', async () => {
    const { sim, track } = await setup('transactions_r');
    const { receipt } = await sim.addReceipt(shopId, { listingIndex: 0 });
    expect(await track(receipt.receipt_id, { tracking_code: 'X', carrier_name: 'usps' })).toEqual({
      status: 403,
      body: { error: 'Missing required scope: transactions_w' },
    });
  });
});
