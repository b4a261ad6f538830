import { EtsySimulator } from './etsy/simulator.js';
import { PresseroSimulator } from './pressero/simulator.js';
import { ProductionSimulator } from './production/simulator.js';
import { ShopifySimulator } from './shopify/simulator.js';
import { WooCommerceSimulator } from './woocommerce/simulator.js';

/** What a development server tells its simulators (`startNodeServer`'s stand-in context). */
export interface DevelopmentContext {
  /** Where the server is reached, e.g. `http://localhost:4000`. */
  publicUrl: string;
  /** A secret the server keeps in its data folder, generated on first use. */
  secret(name: string): string;
  /** Reaches the server itself in process, anything else over the network. */
  fetch(request: Request): Promise<Response>;
}

/** A path on the server and who answers it (and everything under it). */
export interface SimulatorMount {
  path: string;
  fetch(request: Request): Promise<Response>;
}

/** The simulators as a development server mounts them, and the adapter options they imply. */
export interface DevelopmentSimulators {
  mounts: SimulatorMount[];
  /** Adapter options pointing at the mounted simulators (a real app configured instead wins). */
  platforms: {
    shopify: { apiKey: string; apiSecret: string; adminUrl: string; shopDomain: string };
    etsy: {
      keystring: string;
      sharedSecret: string;
      webhookSecret: string;
      oauthUrl: string;
      apiUrl: string;
    };
    pressero: {
      subscriberId: string;
      consumerId: string;
      adminUrl: string;
      /** The simulated subscriber's "Shipped" item status. */
      shippedStatusId: string;
    };
    /** WooCommerce stores are addresses, so its adapter only has to accept the local plain HTTP. */
    woocommerce: { allowInsecureHosts: string[] };
  };
  /**
   * The production connection of providers without one of their own: the production simulator's
   * order address and API key, and the token of the server's status address it posts back to.
   */
  productionConnection: { orderUrl: string; apiKey: string; statusToken: string };
  /** What to try, for the server's start-up banner. */
  banner: string[];
  /** Stops the production simulator's timer. */
  close(): void;
  shopify: ShopifySimulator;
  etsy: EtsySimulator;
  pressero: PresseroSimulator;
  woocommerce: WooCommerceSimulator;
  production: ProductionSimulator;
}

const SIM_SHOPIFY = '/sim/shopify';
const SIM_ETSY = '/sim/etsy';
const SIM_PRESSERO = '/sim/pressero';
const SIM_WOOCOMMERCE = '/sim/woocommerce';
const SIM_PRODUCTION = '/sim/production';
/** How often the production simulator moves open orders a step in development. */
const DEV_PRODUCTION_STEP_MS = 20_000;

/**
 * Shopify, Etsy, Pressero and WooCommerce simulators for a development server, under `/sim/*`,
 * and the production simulator (GelatoConnect's order intake) every provider without a production
 * connection of its own submits to, moving orders along on a timer.
 * App credentials are fixed or kept in the server's data folder, and tokens and keys are signed
 * with kept secrets, so stores connected in development keep working across restarts. Pass it
 * to `startNodeServer({ standIns: developmentSimulators })`; `vitrine-server dev` does.
 */
export function developmentSimulators(context: DevelopmentContext): DevelopmentSimulators {
  const { publicUrl, secret } = context;
  const origin = new URL(publicUrl).origin;
  // Webhooks for this server are handed over in process; others go over the network.
  const send = (request: Request) => context.fetch(request);

  const shopifyApp = { apiKey: 'vitrine-dev-app', apiSecret: secret('shopify-simulator-secret') };
  const shopify = new ShopifySimulator({
    apps: [{ ...shopifyApp, title: 'Vitrine (development)' }],
    basePath: SIM_SHOPIFY,
    // Tokens it issued stay valid across restarts, like the shops connected with them.
    tokenSecret: secret('shopify-simulator-token-secret'),
    fetch: send,
  });

  const etsyApp = {
    keystring: 'vitrinedevkeystring',
    sharedSecret: secret('etsy-simulator-secret'),
    webhookSecret: `whsec_${btoa(secret('etsy-simulator-webhook-secret'))}`,
  };
  const etsy = new EtsySimulator({
    apps: [{ ...etsyApp, title: 'Vitrine (development)' }],
    basePath: SIM_ETSY,
    tokenSecret: secret('etsy-simulator-token-secret'),
    fetch: send,
  });

  // A fixed licence: stores connected in development keep working across restarts.
  const licence = {
    subscriberId: '5e1f0000-0000-4000-a000-000000000001',
    consumerId: '5e1f0000-0000-4000-a000-000000000002',
  };
  const pressero = new PresseroSimulator({
    ...licence,
    basePath: SIM_PRESSERO,
    tokenSecret: secret('pressero-simulator-token-secret'),
    fetch: send,
  });

  // WooCommerce stores are addresses the owner types, so the simulator's stores simply live at
  // `{publicUrl}/sim/woocommerce/{store}`; the adapter may reach that host over plain HTTP.
  const woocommerce = new WooCommerceSimulator({
    origin,
    basePath: SIM_WOOCOMMERCE,
    // Keys its stores issued stay valid across restarts, like the stores connected with them.
    keySecret: secret('woocommerce-simulator-key-secret'),
    fetch: send,
  });

  // GelatoConnect's order intake: the connector's key and the server's status token are kept, so
  // orders submitted before a restart still report back to the right address.
  const statusToken = secret('production-simulator-status-token');
  const production = new ProductionSimulator({
    origin,
    basePath: SIM_PRODUCTION,
    connectors: [
      {
        id: '7a1c0000-0000-4000-8000-000000000001',
        name: 'Vitrine (development)',
        apiKey: `vitrine-dev:${secret('production-simulator-api-secret')}`,
        postbackUrl: `${publicUrl}/v1/hooks/production/${statusToken}`,
      },
    ],
    autoAdvanceMs: DEV_PRODUCTION_STEP_MS,
    fetch: send,
  });

  const printShop = woocommerce.urlOf('print-shop');
  return {
    mounts: [
      { path: SIM_SHOPIFY, fetch: (request) => shopify.fetch(request) },
      { path: SIM_ETSY, fetch: (request) => etsy.fetch(request) },
      { path: SIM_PRESSERO, fetch: (request) => pressero.fetch(request) },
      { path: SIM_WOOCOMMERCE, fetch: (request) => woocommerce.fetch(request) },
      { path: SIM_PRODUCTION, fetch: (request) => production.fetch(request) },
    ],
    platforms: {
      shopify: {
        ...shopifyApp,
        adminUrl: `${publicUrl}${SIM_SHOPIFY}/{shop}`,
        shopDomain: shopify.shopDomain,
      },
      etsy: {
        ...etsyApp,
        oauthUrl: `${publicUrl}${SIM_ETSY}`,
        apiUrl: `${publicUrl}${SIM_ETSY}/v3`,
      },
      pressero: {
        ...licence,
        adminUrl: `${publicUrl}${SIM_PRESSERO}`,
        shippedStatusId: pressero.statusId('Shipped'),
      },
      woocommerce: { allowInsecureHosts: [new URL(origin).host] },
    },
    productionConnection: {
      orderUrl: production.connector.orderUrl,
      apiKey: production.connector.apiKey,
      statusToken,
    },
    banner: [
      `Shopify shops:   ${publicUrl}${SIM_SHOPIFY}/ (connect "vitrine-demo" or "vitrine-big")`,
      `Etsy shops:      ${publicUrl}${SIM_ETSY}/ (pick "InkwellPrintStudio" or "VitrineMegaMerch")`,
      `WooCommerce:     ${publicUrl}${SIM_WOOCOMMERCE}/ (connect ${printShop}; API keys at ${printShop}/wp-admin)`,
      `Pressero sites:  ${publicUrl}${SIM_PRESSERO}/ (connect https://acme.pressero.test as admin@acme-print.test / pressero-demo)`,
      `Production:      ${publicUrl}${SIM_PRODUCTION}/ (GelatoConnect; orders move a step every ${DEV_PRODUCTION_STEP_MS / 1000} s, or by button)`,
    ],
    shopify,
    etsy,
    pressero,
    woocommerce,
    production,
    close: () => production.setAutoAdvance(null),
  };
}
