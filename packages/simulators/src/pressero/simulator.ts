import { type Clock, systemClock } from '../clock.js';
import type { SimulatorHostOptions } from '../common.js';
import { postDelivery, randomHex, readGrant, signGrant } from '../common.js';
import { timingSafeEqual } from '../crypto.js';
import { generatedPresseroProducts, type SimPresseroProduct, stableGuid } from './data.js';
import { escapeHtml, page } from './pages.js';
import { signMessage } from './signing.js';

/**
 * A stand-in for a Pressero subscriber's admin API (`https://admin.{dc}.v6.pressero.com`): login
 * for a token with the subscriber and consumer IDs of an API licence, token validation, sites with
 * products in 0-based pages, order search and details, and `OrderPlaced` webhooks signed with
 * `MessageHash` (hex SHA-1 of the Security Key followed by the body). Paths answer in any case,
 * as Pressero's do. A control page lists the sites and places test orders.
 *
 * Where Aleyant's public material is silent, the simulator chooses, and the adapter expects, this:
 * a refused login answers 401 `{Code:401}`, a licence without API access 403; `Validate` answers
 * `{Code:200, Data:true|false}`; `GET /api/site/{domain}` returns the site record with `SiteName`;
 * a site the admin user may not open answers 403, an unknown one 404; pages hold at most 100 items.
 */
export interface PresseroSimulatorOptions extends SimulatorHostOptions {
  /** The API licence it accepts (Aleyant issues one per integration). */
  subscriberId: string;
  consumerId: string;
  admins?: readonly PresseroAdminSeed[];
  sites?: readonly PresseroSiteSeed[];
  /** Signs the tokens it issues; keep it across restarts to keep tokens valid. Random if unset. */
  tokenSecret?: string;
  /** How long a token lives (Pressero states none; long enough never to matter in a sync). */
  tokenTtlSeconds?: number;
}

export interface PresseroAdminSeed {
  username: string;
  password: string;
  /** Site domains this admin may open; every site when absent. */
  sites?: readonly string[];
}

export interface PresseroSiteSeed {
  domain: string;
  name: string;
  products: number;
  /**
   * The site's MIS ID: an external system's id for the business the site serves, which Vitrine
   * reads as the integration ID its orders name the business by.
   */
  misId?: string;
  /** The currency the site sells in (USD unless told). */
  currency?: string;
}

export interface PresseroStats {
  logins: number;
  validations: number;
  apiRequests: number;
  rateLimited: number;
  faults: number;
  deliveries: number;
}

export interface PresseroRequest {
  method: string;
  path: string;
  status: number;
}

export interface PresseroDelivery {
  messageId: string;
  site: string;
  url: string;
  body: string;
  headers: Record<string, string>;
  /** The receiver's answer (0 when unreachable). */
  status: number;
}

/**
 * An order item as `GET /api/v2/orders/{n}/items` answers it: the product ordered, its MIS ID and
 * the printer's part number, and the product's attributes flattened into
 * `ProductAttributeName{n}` / `ProductAttributeValue{n}` pairs (as Pressero's order item records
 * carry them; at most ten).
 */
export interface PresseroOrderItem {
  OrderId: string;
  OrderNumber: number;
  OrderItemId: string;
  OrderItemNumber: number;
  ProductId: string;
  ProductName: string;
  ItemName: string;
  Quantity: number;
  Price: number;
  MisId: string | null;
  PrinterPartNumber: string;
  IsApproved: boolean;
  IsDenied: boolean;
  [attribute: `ProductAttribute${'Name' | 'Value'}${number}`]: string;
}

export interface PresseroOrder {
  OrderId: string;
  OrderNumber: number;
  SiteId: string;
  SiteDomain: string;
  SiteName: string;
  PlacedDate: string;
  PONumber: string;
  IsPaid: boolean;
  Currency: string;
  OrderedByEmail: string;
  ShipTo: Record<string, string>;
  ShiptoStateProvince: string;
  ShippingMethod: string;
  Items: PresseroOrderItem[];
}

interface Site {
  seed: PresseroSiteSeed;
  id: string;
  products: SimPresseroProduct[];
  webhook: { url: string; securityKey: string } | null;
  orders: PresseroOrder[];
}

interface Grant {
  u: string;
  g: number;
  exp: number;
  n: string;
}

export const presseroDemoAdmins: readonly PresseroAdminSeed[] = [
  { username: 'admin@acme-print.test', password: 'pressero-demo' },
];

export const presseroDemoSites: readonly PresseroSiteSeed[] = [
  { domain: 'acme.pressero.test', name: 'Acme Print Portal', products: 40, misId: 'ACME-001' },
];

const PAGE_MAX = 100;
const LOG_LIMIT = 10_000;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });

const denied = () =>
  json(401, { Code: 401, Message: 'Authorization has been denied for this request.' });

type Handler = (request: Request, match: string[], url: URL) => Promise<Response> | Response;

export class PresseroSimulator {
  readonly basePath: string;
  readonly subscriberId: string;
  readonly consumerId: string;
  readonly #admins = new Map<string, PresseroAdminSeed & { generation: number }>();
  readonly #sites = new Map<string, Site>();
  readonly #clock: Clock;
  readonly #send: (request: Request) => Promise<Response>;
  readonly #tokenSecret: string;
  readonly #tokenTtl: number;
  readonly #routes: { method: string; pattern: RegExp; handle: Handler }[];
  readonly #deliveries = new Map<string, PresseroDelivery>();
  #apiAccess = true;
  #nextOrder = 10_001;
  #limits: number[] = [];
  #faults: number[] = [];
  readonly #stats: PresseroStats = {
    logins: 0,
    validations: 0,
    apiRequests: 0,
    rateLimited: 0,
    faults: 0,
    deliveries: 0,
  };
  readonly #log: PresseroRequest[] = [];

  constructor(options: PresseroSimulatorOptions) {
    this.basePath = (options.basePath ?? '').replace(/\/$/, '');
    this.subscriberId = options.subscriberId;
    this.consumerId = options.consumerId;
    this.#clock = options.clock ?? systemClock;
    this.#send = options.fetch ?? ((request) => fetch(request));
    this.#tokenSecret = options.tokenSecret ?? randomHex();
    this.#tokenTtl = options.tokenTtlSeconds ?? 24 * 3600;
    for (const admin of options.admins ?? presseroDemoAdmins) this.addAdmin(admin);
    for (const seed of options.sites ?? presseroDemoSites) this.addSite(seed);
    this.#routes = this.#api();
  }

  /** A Web-standard handler, like the admin host. */
  fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (this.basePath && !url.pathname.toLowerCase().startsWith(this.basePath.toLowerCase())) {
      return json(404, { Code: 404, Message: 'Not found' });
    }
    const path = url.pathname.slice(this.basePath.length) || '/';
    for (const route of this.#routes) {
      if (route.method !== request.method) continue;
      const match = path.match(route.pattern);
      if (match) return route.handle(request, match.slice(1).map(decodeURIComponent), url);
    }
    return json(404, {
      Code: 404,
      Message: 'No HTTP resource was found that matches the request URI.',
    });
  };

  addAdmin(admin: PresseroAdminSeed): void {
    this.#admins.set(admin.username.toLowerCase(), { ...admin, generation: 0 });
  }

  addSite(seed: PresseroSiteSeed): string {
    const domain = seed.domain.toLowerCase();
    this.#sites.set(domain, {
      seed: { ...seed, domain },
      id: stableGuid(`${domain}:site`),
      products: generatedPresseroProducts(domain, seed.products),
      webhook: null,
      orders: [],
    });
    return domain;
  }

  #site(domain: string): Site {
    const site = this.#sites.get(domain.toLowerCase());
    if (!site) throw new Error(`No simulated Pressero site ${domain}`);
    return site;
  }

  siteId(domain: string): string {
    return this.#site(domain).id;
  }

  products(domain: string): readonly SimPresseroProduct[] {
    return this.#site(domain).products;
  }

  orders(domain: string): readonly PresseroOrder[] {
    return this.#site(domain).orders;
  }

  stats(): PresseroStats {
    return { ...this.#stats };
  }

  /** Every API request answered, oldest first (the last 10,000). */
  requests(): readonly PresseroRequest[] {
    return this.#log;
  }

  /** What the owner enters in Preferences › Webhooks: the address and the Security Key. */
  configureWebhook(domain: string, webhook: { url: string; securityKey: string } | null): void {
    this.#site(domain).webhook = webhook;
  }

  webhook(domain: string): { url: string; securityKey: string } | null {
    const hook = this.#site(domain).webhook;
    return hook ? { ...hook } : null;
  }

  /** The admin's password changes: the old one is refused and every token issued dies. */
  changePassword(username: string, password: string): void {
    const admin = this.#admins.get(username.toLowerCase());
    if (!admin) throw new Error(`No simulated Pressero admin ${username}`);
    admin.password = password;
    admin.generation++;
  }

  /** Switches the subscription's API feature (off: logins answer 403). */
  setApiAccess(enabled: boolean): void {
    this.#apiAccess = enabled;
  }

  /** The next `count` requests answer 429 with `Retry-After: seconds`. */
  rateLimitNext(count: number, seconds = 2): void {
    this.#limits.push(...Array.from({ length: count }, () => seconds));
  }

  /** The next `count` requests answer `status` (an outage). */
  failNext(count: number, status = 503): void {
    this.#faults.push(...Array.from({ length: count }, () => status));
  }

  /**
   * A buyer places an order on the site: one item (a product, by index), or each of `items`, with
   * the product's attributes and the ones the buyer chose (`attributes`: a page count, a finish).
   * The order is kept (for search, details and items) and `OrderPlaced` is sent to the site's
   * webhook, signed with its Security Key.
   */
  async placeOrder(
    domain: string,
    options: {
      product?: number;
      quantity?: number;
      attributes?: Record<string, string>;
      items?: readonly {
        product: number;
        quantity?: number;
        attributes?: Record<string, string>;
      }[];
    } = {},
  ): Promise<{ order: PresseroOrder; delivery: PresseroDelivery | null }> {
    const site = this.#site(domain);
    const number = this.#nextOrder++;
    const orderId = stableGuid(`${site.seed.domain}:order:${number}:${randomHex()}`);
    const wanted = options.items ?? [
      {
        product: options.product ?? 0,
        quantity: options.quantity ?? 250,
        ...(options.attributes ? { attributes: options.attributes } : {}),
      },
    ];
    const items = wanted.map((line, n): PresseroOrderItem => {
      const product = site.products[line.product];
      if (!product) throw new Error(`No product ${line.product} on ${domain}`);
      const attributes: [string, string][] = [
        ...product.Attributes.map((a): [string, string] => ['Paper', a.AttributeValue]),
        ...Object.entries(line.attributes ?? {}),
      ].slice(0, 10);
      return {
        OrderId: orderId,
        OrderNumber: number,
        OrderItemId: stableGuid(`${orderId}:item:${n + 1}`),
        OrderItemNumber: n + 1,
        ProductId: product.ProductId,
        ProductName: product.ProductName,
        ItemName: product.ProductName,
        Quantity: line.quantity ?? 250,
        Price: product.Price,
        MisId: product.MisId,
        PrinterPartNumber: product.PrintersPartNum,
        IsApproved: true,
        IsDenied: false,
        ...Object.fromEntries(
          attributes.flatMap(([name, value], i) => [
            [`ProductAttributeName${i + 1}`, name],
            [`ProductAttributeValue${i + 1}`, value],
          ]),
        ),
      };
    });
    const order: PresseroOrder = {
      OrderId: orderId,
      OrderNumber: number,
      SiteId: site.id,
      SiteDomain: site.seed.domain,
      SiteName: site.seed.name,
      PlacedDate: this.#clock.now().toISOString(),
      PONumber: `PO-${number}`,
      IsPaid: false,
      Currency: site.seed.currency ?? 'USD',
      OrderedByEmail: `buyer@${site.seed.domain}`,
      ShipTo: {
        FirstName: 'Ann',
        LastName: 'Lee',
        Business: site.seed.name.replace(/ Print Portal$/, ' Inc.'),
        Address1: '1 Main St',
        Address2: '',
        Address3: '',
        City: 'Austin',
        Postal: '78701',
        Country: 'US',
        Phone: '+15125550100',
      },
      ShiptoStateProvince: 'TX',
      ShippingMethod: 'Ground',
      Items: items,
    };
    site.orders.push(order);
    const delivery = await this.#deliver(site, {
      Type: 10,
      TypeName: 'OrderPlaced',
      Timestamp: order.PlacedDate,
      Data: {
        OrderId: order.OrderId,
        OrderNumber: order.OrderNumber,
        OrderItemSeq: 1,
        SiteId: site.id,
      },
      SubscriberId: this.subscriberId,
      SiteId: site.id,
      MessageID: crypto.randomUUID(),
    });
    return { order, delivery };
  }

  /**
   * An approver denies items of an order (all of them unless named by number): they will not be
   * produced, and `OrderItemDenied` goes to the site's webhook for each.
   */
  async denyItems(
    domain: string,
    orderNumber: number,
    itemNumbers?: readonly number[],
  ): Promise<PresseroDelivery[]> {
    const site = this.#site(domain);
    const order = site.orders.find((o) => o.OrderNumber === orderNumber);
    if (!order) throw new Error(`No order ${orderNumber} on ${domain}`);
    const sent: PresseroDelivery[] = [];
    for (const item of order.Items) {
      if (itemNumbers && !itemNumbers.includes(item.OrderItemNumber)) continue;
      item.IsApproved = false;
      item.IsDenied = true;
      const delivery = await this.#deliver(site, {
        Type: 9,
        TypeName: 'OrderItemDenied',
        Timestamp: this.#clock.now().toISOString(),
        Data: {
          OrderId: order.OrderId,
          OrderNumber: order.OrderNumber,
          OrderItemSeq: item.OrderItemNumber,
          SiteId: site.id,
        },
        SubscriberId: this.subscriberId,
        SiteId: site.id,
        MessageID: crypto.randomUUID(),
      });
      if (delivery) sent.push(delivery);
    }
    return sent;
  }

  /** Sends a delivery again, byte for byte and with the same MessageID. */
  async redeliver(messageId: string): Promise<PresseroDelivery> {
    const delivery = this.#deliveries.get(messageId);
    if (!delivery) throw new Error(`No delivery ${messageId}`);
    const again = { ...delivery, status: await this.#post(delivery) };
    this.#deliveries.set(messageId, again);
    return again;
  }

  async #deliver(
    site: Site,
    payload: Record<string, unknown> & { MessageID: string },
  ): Promise<PresseroDelivery | null> {
    if (!site.webhook) return null;
    const body = JSON.stringify(payload);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    // Without a Security Key Pressero sends no hash.
    if (site.webhook.securityKey) {
      headers.MessageHash = await signMessage(site.webhook.securityKey, body);
    }
    const delivery: PresseroDelivery = {
      messageId: payload.MessageID,
      site: site.seed.domain,
      url: site.webhook.url,
      body,
      headers,
      status: 0,
    };
    delivery.status = await this.#post(delivery);
    this.#stats.deliveries++;
    this.#deliveries.set(delivery.messageId, delivery);
    return delivery;
  }

  #post(delivery: PresseroDelivery): Promise<number> {
    return postDelivery(this.#send, delivery.url, delivery.headers, delivery.body);
  }

  async #issue(admin: PresseroAdminSeed & { generation: number }): Promise<string> {
    const grant: Grant = {
      u: admin.username.toLowerCase(),
      g: admin.generation,
      exp: this.#clock.now().getTime() + this.#tokenTtl * 1000,
      n: randomHex().slice(0, 12),
    };
    return signGrant(this.#tokenSecret, grant);
  }

  /** The admin a token stands for, if it is genuine, unexpired and issued since the last revoke. */
  async #admin(token: string | null) {
    const grant = await readGrant<Grant>(this.#tokenSecret, token ?? '');
    if (!grant) return null;
    const admin = this.#admins.get(grant.u);
    if (!admin || admin.generation !== grant.g || grant.exp <= this.#clock.now().getTime()) {
      return null;
    }
    return admin;
  }

  /** Rate limits and outages queued by the test knobs, before anything else is looked at. */
  #interrupt(): Response | null {
    const wait = this.#limits.shift();
    if (wait !== undefined) {
      this.#stats.rateLimited++;
      return json(
        429,
        { Code: 429, Message: 'Too many requests.' },
        { 'retry-after': String(wait) },
      );
    }
    const fault = this.#faults.shift();
    if (fault !== undefined) {
      this.#stats.faults++;
      return json(fault, { Code: fault, Message: 'An error has occurred.' });
    }
    return null;
  }

  #record(request: Request, url: URL, response: Response): Response {
    if (this.#log.length >= LOG_LIMIT) this.#log.shift();
    this.#log.push({
      method: request.method,
      path: url.pathname.slice(this.basePath.length) + url.search,
      status: response.status,
    });
    return response;
  }

  /** An authenticated API call: token, then the site the admin may open. */
  #authed(
    handle: (
      request: Request,
      match: string[],
      url: URL,
      site: Site | null,
    ) => Promise<Response> | Response,
    options: { site?: boolean } = {},
  ): Handler {
    return async (request, match, url) => {
      this.#stats.apiRequests++;
      const interrupted = this.#interrupt();
      if (interrupted) return this.#record(request, url, interrupted);
      const header = request.headers.get('authorization') ?? '';
      const admin = await this.#admin(header.match(/^token\s+(\S+)$/i)?.[1] ?? null);
      if (!admin) return this.#record(request, url, denied());
      let site: Site | null = null;
      if (options.site) {
        site = this.#sites.get((match[0] ?? '').toLowerCase()) ?? null;
        if (!site) {
          return this.#record(request, url, json(404, { Code: 404, Message: 'Site not found.' }));
        }
        if (admin.sites && !admin.sites.includes(site.seed.domain)) {
          return this.#record(
            request,
            url,
            json(403, { Code: 403, Message: 'The user has no access to this site.' }),
          );
        }
      }
      return this.#record(request, url, await handle(request, match, url, site));
    };
  }

  #api(): { method: string; pattern: RegExp; handle: Handler }[] {
    const pageOf = <T>(items: readonly T[], url: URL) => {
      const number = Math.max(
        0,
        Number.parseInt(url.searchParams.get('pageNumber') ?? '0', 10) || 0,
      );
      const requested = Number.parseInt(url.searchParams.get('pageSize') ?? '20', 10) || 20;
      const size = Math.min(Math.max(1, requested), PAGE_MAX);
      return {
        Items: items.slice(number * size, number * size + size),
        PageNumber: number,
        PageSize: size,
        TotalItems: items.length,
      };
    };
    const orderBy = (number: string) => {
      for (const site of this.#sites.values()) {
        const order = site.orders.find((o) => String(o.OrderNumber) === number);
        if (order) return order;
      }
      return null;
    };
    const route = (method: string, path: string, handle: Handler) => ({
      method,
      pattern: new RegExp(`^${path}/?$`, 'i'),
      handle,
    });
    return [
      route('GET', '', () => this.#indexPage()),
      route('GET', '/sites/([^/]+)', (_r, [domain], url) =>
        this.#sitePage(domain!, url.searchParams.get('done')),
      ),
      route(
        'POST',
        '/sites/([^/]+)/(webhook|order|password|rate-limit)',
        async (request, [domain, action]) => this.#control(request, domain!, action!),
      ),
      route('POST', '/api/v2/authentication', async (request, _m, url) => {
        this.#stats.logins++;
        const interrupted = this.#interrupt();
        if (interrupted) return this.#record(request, url, interrupted);
        let body: Record<string, unknown>;
        try {
          body = (await request.json()) as Record<string, unknown>;
        } catch {
          return this.#record(
            request,
            url,
            json(400, { Code: 400, Message: 'Malformed request.' }),
          );
        }
        if (
          !this.#apiAccess ||
          body.SubscriberId !== this.subscriberId ||
          body.ConsumerID !== this.consumerId
        ) {
          return this.#record(
            request,
            url,
            json(403, {
              Code: 403,
              Message: 'The subscriber has no API access for this consumer.',
            }),
          );
        }
        const admin = this.#admins.get(String(body.UserName ?? '').toLowerCase());
        if (
          !admin ||
          typeof body.Password !== 'string' ||
          !timingSafeEqual(body.Password, admin.password)
        ) {
          return this.#record(
            request,
            url,
            json(401, { Code: 401, Message: 'Invalid user name or password.' }),
          );
        }
        return this.#record(
          request,
          url,
          json(200, { Code: 200, Message: 'Success', Data: await this.#issue(admin) }),
        );
      }),
      route('GET', '/api/v2/authentication/([^/]+)/validate', async (request, [token], url) => {
        this.#stats.validations++;
        const interrupted = this.#interrupt();
        if (interrupted) return this.#record(request, url, interrupted);
        return this.#record(
          request,
          url,
          json(200, { Code: 200, Message: 'Success', Data: Boolean(await this.#admin(token!)) }),
        );
      }),
      route(
        'GET',
        '/api/site/([^/]+)',
        this.#authed(
          (_r, _m, _u, site) =>
            json(200, {
              SiteId: site!.id,
              SiteName: site!.seed.name,
              SiteDomain: site!.seed.domain,
              MisId: site!.seed.misId ?? null,
              Currency: site!.seed.currency ?? 'USD',
              IsActive: true,
            }),
          { site: true },
        ),
      ),
      route(
        'GET',
        '/api/site/([^/]+)/products',
        this.#authed((_r, _m, url, site) => json(200, pageOf(site!.products, url)), { site: true }),
      ),
      route(
        'GET',
        '/api/site/([^/]+)/products/([^/]+)',
        this.#authed(
          (_r, [, productId], _u, site) => {
            const product = site!.products.find(
              (p) => p.ProductId.toLowerCase() === productId!.toLowerCase(),
            );
            return product
              ? json(200, product)
              : json(404, { Code: 404, Message: 'Product not found.' });
          },
          { site: true },
        ),
      ),
      route(
        'POST',
        '/api/v2/orders/search',
        this.#authed(async (request, _m, url) => {
          let filters: { Column?: string; Value?: string; Operator?: string }[];
          try {
            filters = (await request.json()) as typeof filters;
            if (!Array.isArray(filters)) throw new TypeError('not a list');
          } catch {
            return json(400, { Code: 400, Message: 'The body must be a list of filters.' });
          }
          const orders = [...this.#sites.values()]
            .flatMap((s) => s.orders)
            .filter((order) =>
              filters.every((f) => {
                const actual = String(
                  (order as unknown as Record<string, unknown>)[f.Column ?? ''] ?? '',
                );
                const wanted = String(f.Value ?? '');
                return (f.Operator ?? 'equals').toLowerCase() === 'contains'
                  ? actual.toLowerCase().includes(wanted.toLowerCase())
                  : actual.toLowerCase() === wanted.toLowerCase();
              }),
            )
            .map(({ Items, ShipTo, ...summary }) => ({ ...summary, ItemCount: Items.length }));
          return json(200, pageOf(orders, url));
        }),
      ),
      route(
        'GET',
        '/api/v2/orders/([^/]+)/details',
        this.#authed((_r, [number]) => {
          const order = orderBy(number!);
          return order ? json(200, order) : json(404, { Code: 404, Message: 'Order not found.' });
        }),
      ),
      route(
        'GET',
        '/api/v2/orders/([^/]+)/items',
        this.#authed((_r, [number]) => {
          const order = orderBy(number!);
          return order
            ? json(200, order.Items)
            : json(404, { Code: 404, Message: 'Order not found.' });
        }),
      ),
    ];
  }

  #indexPage(): Response {
    const rows = [...this.#sites.values()]
      .map((s) => {
        const href = escapeHtml(`${this.basePath}/sites/${s.seed.domain}`);
        return `<tr><td><a href="${href}">${escapeHtml(s.seed.name)}</a></td><td><code>${escapeHtml(s.seed.domain)}</code></td><td>${s.products.length}</td></tr>`;
      })
      .join('');
    const admins = [...this.#admins.values()]
      .map(
        (a) =>
          `<li><code>${escapeHtml(a.username)}</code> / <code>${escapeHtml(a.password)}</code></li>`,
      )
      .join('');
    return page(
      'Pressero sites',
      `<h1>Pressero sites</h1>
       <p>Connect a site with its storefront address and an admin login:</p>
       <ul>${admins}</ul>
       <table><tr><th>Site</th><th>Domain</th><th>Products</th></tr>${rows}</table>`,
    );
  }

  #sitePage(domain: string, notice: string | null): Response {
    const site = this.#sites.get(domain.toLowerCase());
    if (!site) return page('Not found', '<h1>There is no site here</h1>', 404);
    const action = (name: string) =>
      escapeHtml(`${this.basePath}/sites/${site.seed.domain}/${name}`);
    const button = (name: string, label: string, secondary = false) =>
      `<form class="inline" method="post" action="${action(name)}"><button${secondary ? ' class="secondary"' : ''}>${label}</button></form>`;
    const hook = site.webhook;
    return page(
      site.seed.name,
      `<h1>${escapeHtml(site.seed.name)}</h1>
       <p><code>${escapeHtml(site.seed.domain)}</code>: ${site.products.length} products,
       ${site.orders.length} orders.</p>
       ${notice ? `<p><strong>${escapeHtml(notice)}</strong></p>` : ''}
       <h2>Preferences › Webhooks</h2>
       <form method="post" action="${action('webhook')}">
         <label for="url">URL</label>
         <input id="url" name="url" type="url" value="${escapeHtml(hook?.url ?? '')}" placeholder="https://…/v1/hooks/pressero/st_…">
         <label for="key">Security Key</label>
         <input id="key" name="securityKey" value="${escapeHtml(hook?.securityKey ?? '')}">
         <p><button>Save webhook</button></p>
       </form>
       <h2>Simulate</h2>
       <p>${button('order', 'Place a test order')}</p>
       <p>${button('password', 'Change the admin password', true)} ${button('rate-limit', 'Answer the next 3 API calls with 429', true)}</p>`,
    );
  }

  async #control(request: Request, domain: string, action: string): Promise<Response> {
    const site = this.#sites.get(domain.toLowerCase());
    if (!site) return page('Not found', '<h1>There is no site here</h1>', 404);
    let done: string;
    if (action === 'webhook') {
      const form = new URLSearchParams(await request.text());
      const url = form.get('url')?.trim() ?? '';
      if (url && !/^https?:\/\//i.test(url)) {
        done = 'The webhook URL must start with http:// or https://.';
      } else {
        this.configureWebhook(
          site.seed.domain,
          url ? { url, securityKey: form.get('securityKey')?.trim() ?? '' } : null,
        );
        done = url ? 'Webhook saved.' : 'Webhook removed.';
      }
    } else if (action === 'order') {
      const { order, delivery } = await this.placeOrder(site.seed.domain, {
        product: site.orders.length % Math.max(1, site.products.length),
      });
      done = delivery
        ? `Order ${order.OrderNumber} placed; the webhook answered ${delivery.status || 'nothing (unreachable)'}.`
        : `Order ${order.OrderNumber} placed; no webhook is set up, so nobody was told.`;
    } else if (action === 'password') {
      const admins = [...this.#admins.values()].filter(
        (a) => !a.sites || a.sites.includes(site.seed.domain),
      );
      for (const admin of admins) this.changePassword(admin.username, `${admin.password}-changed`);
      done = `Admin passwords changed (now ending in "-changed"); tokens issued before are dead.`;
    } else {
      this.rateLimitNext(3);
      done = 'The next 3 API calls answer 429 with Retry-After: 2.';
    }
    return new Response(null, {
      status: 303,
      headers: {
        location: `${this.basePath}/sites/${site.seed.domain}?done=${encodeURIComponent(done)}`,
      },
    });
  }
}
