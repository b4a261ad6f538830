import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { developmentSimulators } from '@vitrine/simulators';
import { afterAll, describe, expect, it } from 'vitest';
import { systemClock } from '../src/clock.js';
import { startNodeServer } from '../src/node/server.js';
import { seedDemo } from '../src/seed/demo.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** `vitrine-server dev`: the demo provider's orders go to the production simulator and back. */
describe('production in development', () => {
  it('submits the demo provider’s orders to the simulator, which moves them by button and timer', async () => {
    const data = mkdtempSync(join(tmpdir(), 'vitrine-prod-dev-'));
    dirs.push(data);
    const server = await startNodeServer({
      port: 0,
      dataDir: data,
      dev: true,
      standIns: developmentSimulators,
      jobsIntervalMs: 50,
      log: () => {},
    });
    const simulator = server.standIns!.production;
    try {
      const { secretKey } = await seedDemo(server.db, systemClock);
      const call = async (method: string, path: string, body?: unknown) => {
        const res = await fetch(`${server.url}${path}`, {
          method,
          headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
          ...(body ? { body: JSON.stringify(body) } : {}),
        });
        return { status: res.status, body: await res.json() };
      };
      const statusOf = async (id: string) =>
        (await call('GET', `/v1/orders/${id}`)).body.fulfillmentStatus as string;
      const waitFor = async (check: () => Promise<boolean>) => {
        for (let i = 0; i < 600 && !(await check()); i++) {
          await new Promise((r) => setTimeout(r, 50));
        }
        expect(await check()).toBe(true);
      };
      // Development's timer is for people; this test moves orders itself first.
      simulator.setAutoAdvance(null);

      expect((await call('GET', '/v1/production')).body).toMatchObject({
        kind: 'gelatoconnect',
        isDefault: true,
        gelatoconnect: {
          orderUrl: `${server.url}/sim/production/api/vitrine-print/${simulator.connector.id}/order`,
        },
      });
      const client = (await call('POST', '/v1/clients', { name: 'Dev Bakery' })).body;
      const store = (
        await call('POST', `/v1/clients/${client.id}/stores`, { platform: 'manual', name: 'M' })
      ).body;
      const placed = await call('POST', `/v1/stores/${store.id}/orders`, {
        orderReferenceId: 'DEV-1',
        currency: 'EUR',
        shippingAddress: {
          firstName: 'Ana',
          lastName: 'Silva',
          addressLine1: 'Rua Augusta 100',
          city: 'Lisboa',
          postCode: '1100-053',
          country: 'PT',
          email: 'ana@example.com',
        },
        items: [
          {
            itemReferenceId: 'DEV-1-1',
            productUid: 'flat_product_pf_a3_pt_200-gsm-poster-paper-matt_cl_4-0_ver',
            quantity: 2,
            files: [{ type: 'default', url: 'https://files.example.com/poster.pdf' }],
          },
        ],
      });
      expect(placed.status).toBe(201);
      // The job interval submits it.
      await waitFor(async () => (await statusOf(placed.body.id)) === 'passed');
      const page = await (await fetch(`${server.url}/sim/production/`)).text();
      expect(page).toContain('DEV-1');
      const gcId = simulator.order('DEV-1')!.id;
      expect(page).toContain(`/sim/production/orders/${gcId}/advance`);

      // The page's button, as a browser presses it: GelatoConnect posts back "passed", then
      // "in production".
      for (let i = 0; i < 2; i++) {
        const pressed = await fetch(`${server.url}/sim/production/orders/${gcId}/advance`, {
          method: 'POST',
          redirect: 'manual',
        });
        expect(pressed.status).toBe(303);
        expect(decodeURIComponent(pressed.headers.get('location')!)).toContain(
          'the postback was answered 200',
        );
      }
      expect(await statusOf(placed.body.id)).toBe('in_production');

      // The timer takes it the rest of the way.
      simulator.setAutoAdvance(50);
      await waitFor(async () => (await statusOf(placed.body.id)) === 'delivered');
      const done = (await call('GET', `/v1/orders/${placed.body.id}`)).body;
      expect(done.tracking).toEqual([
        {
          code: simulator.order('DEV-1')!.tracking!.trackingCode,
          url: expect.stringMatching(new RegExp(`^${server.url}/sim/production/track/GC`)),
        },
      ]);
      expect((await fetch(done.tracking[0].url)).status).toBe(200);
    } finally {
      await server.close();
    }
    // Closing the server stops the simulator's timer.
    expect(simulator.autoAdvanceMs).toBeNull();
  }, 180_000);
});
