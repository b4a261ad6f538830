import { type Clock, systemClock } from '../clock.js';
import { postDelivery, randomHex, type SimulatorHostOptions } from '../common.js';
import { timingSafeEqual } from '../crypto.js';
import { escapeHtml, page } from './pages.js';

/**
 * A stand-in for GelatoConnect's order intake (Order Management API) as a print service provider
 * configures it: API connectors, each with its order address
 * (`{origin}/api/{prefix}/{connector}/order`) and API key (`X-API-KEY: {key}:{secret}`), and a
 * status postback address the provider's trigger posts to. It answers Submit Order, Get Order,
 * Cancel Order and Update Shipment, lists the orders it received on a page, and moves each one
 * through passed → in production → printed → shipped (with a tracking code) → delivered, by a
 * button per order or on a timer, posting an `order_status_updated` postback at every step.
 *
 * Where GelatoConnect's public material is silent, the simulator chooses, and the server expects,
 * this: errors answer `{code, message}`; a wrong or missing key is 401, an unknown connector 404,
 * an invalid body 400; cancel and shipment updates are refused with 409 once an order shipped;
 * postbacks carry no signature (GelatoConnect documents none): the address itself, with its
 * unguessable token, is the credential. Draft orders (test orders) are kept and can be moved
 * along like the others, but are marked as tests: GelatoConnect never produces drafts.
 */
export interface ProductionSimulatorOptions extends SimulatorHostOptions {
  /** Where the simulator is reached (scheme and host), for the addresses it hands out. */
  origin?: string;
  /** The partner prefix in every API path (given at onboarding). */
  prefix?: string;
  connectors?: readonly GelatoConnectorSeed[];
  /** Moves every open order one step this often (ms of real time); off when unset. */
  autoAdvanceMs?: number;
}

export interface GelatoConnectorSeed {
  id: string;
  name: string;
  /** `{key}:{secret}`, as the connector page shows it. */
  apiKey: string;
  /** Where the connector's status trigger posts; no postbacks until set. */
  postbackUrl?: string | null;
}

export type ProductionStep = 'passed' | 'in_production' | 'printed' | 'shipped' | 'delivered';

/** The steps an order is moved through, in order. */
export const productionSteps: readonly ProductionStep[] = [
  'passed',
  'in_production',
  'printed',
  'shipped',
  'delivered',
];

export interface GelatoConnectFile {
  type: string;
  url: string;
}

export interface GelatoConnectOrderItem {
  id: string;
  itemReferenceId: string;
  quantity: number;
  productUid: string | null;
  productName: string | null;
  productVariant: Record<string, string> | null;
  files: GelatoConnectFile[];
  pageCount: number | null;
  fulfillmentStatus: string;
}

export interface GelatoConnectOrder {
  id: string;
  connectorId: string;
  orderReferenceId: string;
  orderType: 'order' | 'draft';
  /** A draft, or metadata `test: true`: shown as a test, never produced by GelatoConnect. */
  isTest: boolean;
  currency: string;
  shipmentMethodUid: string | null;
  shippingAddress: Record<string, string>;
  items: GelatoConnectOrderItem[];
  metadata: { key: string; value: string }[];
  fulfillmentStatus: string;
  tracking: { trackingCode: string; trackingUrl: string; shipmentMethodName: string } | null;
  createdAt: string;
  updatedAt: string;
}

/** A status postback as sent, with the receiver's answer (0 when it could not be reached). */
export interface ProductionPostback {
  id: string;
  orderId: string;
  status: string;
  url: string;
  body: string;
  responseStatus: number;
  attempts: number;
  sentAt: string;
}

export interface ProductionRequest {
  method: string;
  path: string;
  status: number;
}

interface Connector extends GelatoConnectorSeed {
  postbackUrl: string | null;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
const error = (status: number, message: string) => json(status, { code: status, message });

const LOG_LIMIT = 10_000;
const SHIPPED = productionSteps.indexOf('shipped');

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** Why a Submit Order body is refused, or the order it describes. */
function readSubmission(
  body: unknown,
):
  | { error: string }
  | { order: Omit<GelatoConnectOrder, 'id' | 'connectorId' | 'createdAt' | 'updatedAt'> } {
  if (!isObject(body)) return { error: 'The body must be a JSON object.' };
  const orderReferenceId = text(body.orderReferenceId);
  if (!orderReferenceId) return { error: 'orderReferenceId is required.' };
  const orderType = body.orderType ?? 'order';
  if (orderType !== 'order' && orderType !== 'draft') {
    return { error: 'orderType must be "order" or "draft".' };
  }
  const currency = text(body.currency);
  if (!/^[A-Z]{3}$/.test(currency)) return { error: 'currency must be an ISO 4217 code.' };
  const address = body.shippingAddress;
  if (!isObject(address)) return { error: 'shippingAddress is required.' };
  for (const field of ['firstName', 'lastName', 'addressLine1', 'city', 'postCode', 'country']) {
    if (!text(address[field])) return { error: `shippingAddress.${field} is required.` };
  }
  if (!/^[A-Z]{2}$/.test(text(address.country))) {
    return { error: 'shippingAddress.country must be an ISO 3166-1 alpha-2 code.' };
  }
  if (!Array.isArray(body.items) || body.items.length === 0) {
    return { error: 'items must list at least one item.' };
  }
  const items: GelatoConnectOrderItem[] = [];
  for (const [n, raw] of body.items.entries()) {
    if (!isObject(raw)) return { error: `items[${n}] must be an object.` };
    const itemReferenceId = text(raw.itemReferenceId);
    if (!itemReferenceId) return { error: `items[${n}].itemReferenceId is required.` };
    if (items.some((i) => i.itemReferenceId === itemReferenceId)) {
      return { error: `items[${n}].itemReferenceId repeats ${itemReferenceId}.` };
    }
    if (!Number.isInteger(raw.quantity) || (raw.quantity as number) < 1) {
      return { error: `items[${n}].quantity must be a whole number of at least 1.` };
    }
    const productUid = text(raw.productUid);
    const productName = text(raw.productName);
    if (!productUid && !productName) {
      return { error: `items[${n}] needs a productUid, or a productName and productVariant.` };
    }
    const files: GelatoConnectFile[] = [];
    for (const file of Array.isArray(raw.files) ? raw.files : []) {
      if (!isObject(file) || !/^https?:\/\//.test(text(file.url))) {
        return { error: `items[${n}].files need a type and an http(s) url.` };
      }
      files.push({ type: text(file.type) || 'default', url: text(file.url) });
    }
    items.push({
      id: crypto.randomUUID(),
      itemReferenceId,
      quantity: raw.quantity as number,
      productUid: productUid || null,
      productName: productUid ? null : productName,
      productVariant:
        !productUid && isObject(raw.productVariant)
          ? Object.fromEntries(Object.entries(raw.productVariant).map(([k, v]) => [k, String(v)]))
          : null,
      files,
      pageCount: Number.isInteger(raw.pageCount) ? (raw.pageCount as number) : null,
      fulfillmentStatus: 'received',
    });
  }
  const metadata = (Array.isArray(body.metadata) ? body.metadata : [])
    .filter(isObject)
    .map((m) => ({ key: String(m.key ?? ''), value: String(m.value ?? '') }));
  if (metadata.length > 20) return { error: 'metadata holds at most 20 entries.' };
  return {
    order: {
      orderReferenceId,
      orderType,
      isTest: orderType === 'draft' || metadata.some((m) => m.key === 'test' && m.value === 'true'),
      currency,
      shipmentMethodUid: text(body.shipmentMethodUid) || null,
      shippingAddress: Object.fromEntries(
        Object.entries(address).map(([k, v]) => [k, String(v ?? '')]),
      ),
      items,
      metadata,
      fulfillmentStatus: 'received',
      tracking: null,
    },
  };
}

type Handler = (request: Request, match: string[], url: URL) => Promise<Response> | Response;

export class ProductionSimulator {
  readonly basePath: string;
  readonly origin: string;
  readonly prefix: string;
  readonly #clock: Clock;
  readonly #send: (request: Request) => Promise<Response>;
  readonly #connectors = new Map<string, Connector>();
  readonly #orders = new Map<string, GelatoConnectOrder>();
  readonly #postbacks: ProductionPostback[] = [];
  readonly #log: ProductionRequest[] = [];
  readonly #routes: { method: string; pattern: RegExp; handle: Handler }[];
  #faults: number[] = [];
  #timer: ReturnType<typeof setInterval> | null = null;
  #timerMs: number | null = null;
  #ticking = false;

  constructor(options: ProductionSimulatorOptions = {}) {
    this.basePath = (options.basePath ?? '').replace(/\/$/, '');
    this.origin = new URL(options.origin ?? 'https://gelatoconnect.test').origin;
    this.prefix = options.prefix ?? 'vitrine-print';
    this.#clock = options.clock ?? systemClock;
    this.#send = options.fetch ?? ((request) => fetch(request));
    for (const seed of options.connectors ?? [
      {
        id: '7a1c0000-0000-4000-8000-000000000001',
        name: 'Vitrine',
        apiKey: `${randomHex(8)}:${randomHex(16)}`,
      },
    ]) {
      this.#connectors.set(seed.id, { ...seed, postbackUrl: seed.postbackUrl ?? null });
    }
    this.#routes = this.#api();
    if (options.autoAdvanceMs) this.setAutoAdvance(options.autoAdvanceMs);
  }

  /** A Web-standard handler for the simulator's host (or its path on a host). */
  fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (this.basePath && !url.pathname.startsWith(this.basePath)) return error(404, 'Not found');
    const path = url.pathname.slice(this.basePath.length) || '/';
    for (const route of this.#routes) {
      if (route.method !== request.method) continue;
      const match = path.match(route.pattern);
      if (match) return route.handle(request, match.slice(1).map(decodeURIComponent), url);
    }
    return error(404, 'Not found');
  };

  /** The first connector (the one most setups use). */
  get connector(): GelatoConnectorSeed & { orderUrl: string } {
    const [first] = this.#connectors.values();
    return { ...first!, orderUrl: this.orderUrl(first!.id) };
  }

  /** A connector's order address, as Order Intake → Connectors → API Connector shows it. */
  orderUrl(connectorId: string): string {
    return `${this.origin}${this.basePath}/api/${this.prefix}/${connectorId}/order`;
  }

  addConnector(seed: GelatoConnectorSeed): void {
    this.#connectors.set(seed.id, { ...seed, postbackUrl: seed.postbackUrl ?? null });
  }

  /** Where the connector's status trigger posts (null: no postbacks). */
  setPostbackUrl(connectorId: string, url: string | null): void {
    const connector = this.#connectors.get(connectorId);
    if (!connector) throw new Error(`No simulated connector ${connectorId}`);
    connector.postbackUrl = url;
  }

  /** Orders received, oldest first. */
  orders(): readonly GelatoConnectOrder[] {
    return [...this.#orders.values()];
  }

  /** An order by its id or its reference. */
  order(idOrReference: string): GelatoConnectOrder | null {
    return (
      this.#orders.get(idOrReference) ??
      [...this.#orders.values()].find((o) => o.orderReferenceId === idOrReference) ??
      null
    );
  }

  /** Status postbacks sent, oldest first. */
  postbacks(): readonly ProductionPostback[] {
    return this.#postbacks;
  }

  /** Every API request answered, oldest first (the last 10,000). */
  requests(): readonly ProductionRequest[] {
    return this.#log;
  }

  /** The next `count` API requests answer `status` (an outage). */
  failNext(count: number, status = 503): void {
    this.#faults.push(...Array.from({ length: count }, () => status));
  }

  /** The step an order would move to next, or null when it is done, canceled or failed. */
  nextStep(order: GelatoConnectOrder): ProductionStep | null {
    if (order.fulfillmentStatus === 'received') return productionSteps[0]!;
    const at = productionSteps.indexOf(order.fulfillmentStatus as ProductionStep);
    return at >= 0 ? (productionSteps[at + 1] ?? null) : null;
  }

  /**
   * Moves an order one step (its live items with it) and posts the status; shipping gives it a
   * tracking code. Answers the postback sent, or null when the order had nowhere to go or the
   * connector has no postback address.
   */
  async advance(orderId: string): Promise<ProductionPostback | null> {
    const order = this.#orders.get(orderId);
    if (!order) throw new Error(`No simulated order ${orderId}`);
    const step = this.nextStep(order);
    if (!step) return null;
    return this.setStatus(order.id, step);
  }

  /** Moves every open order one step, oldest first; answers the postbacks sent. */
  async advanceAll(): Promise<ProductionPostback[]> {
    const sent: ProductionPostback[] = [];
    for (const order of this.orders()) {
      if (!this.nextStep(order)) continue;
      const postback = await this.advance(order.id);
      if (postback) sent.push(postback);
    }
    return sent;
  }

  /** Moves an order to any status (`failed` with a comment, say) and posts it. */
  async setStatus(
    orderId: string,
    status: ProductionStep | 'failed' | 'canceled',
    comment?: string,
  ): Promise<ProductionPostback | null> {
    const order = this.#orders.get(orderId);
    if (!order) throw new Error(`No simulated order ${orderId}`);
    order.fulfillmentStatus = status;
    order.updatedAt = this.#clock.now().toISOString();
    for (const item of order.items) {
      if (item.fulfillmentStatus !== 'canceled') item.fulfillmentStatus = status;
    }
    if (status === 'shipped' && !order.tracking) {
      const code = `GC${randomHex(6).toUpperCase()}`;
      order.tracking = {
        trackingCode: code,
        trackingUrl: `${this.origin}${this.basePath}/track/${code}`,
        shipmentMethodName: order.shipmentMethodUid ?? 'Standard',
      };
    }
    return this.#post(order, comment);
  }

  /** Posts the order's current status again, as a trigger's "Resend" does. */
  async resend(orderId: string): Promise<ProductionPostback | null> {
    const order = this.#orders.get(orderId);
    if (!order) throw new Error(`No simulated order ${orderId}`);
    return this.#post(order);
  }

  /** Every `ms` of real time, every open order moves a step (null stops it). */
  setAutoAdvance(ms: number | null): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    this.#timerMs = ms;
    if (!ms) return;
    this.#timer = setInterval(() => {
      if (this.#ticking) return;
      this.#ticking = true;
      this.advanceAll()
        .catch(() => {})
        .finally(() => {
          this.#ticking = false;
        });
    }, ms);
    // A timer alone never keeps a process alive.
    (this.#timer as { unref?: () => void }).unref?.();
  }

  get autoAdvanceMs(): number | null {
    return this.#timerMs;
  }

  /** Shaped like Gelato's `order_status_updated` event, as a GelatoConnect trigger renders it. */
  statusPayload(order: GelatoConnectOrder, comment?: string) {
    return {
      id: `os_${randomHex(8)}`,
      event: 'order_status_updated',
      orderId: order.id,
      storeId: null,
      orderReferenceId: order.orderReferenceId,
      fulfillmentStatus: order.fulfillmentStatus,
      items: order.items.map((item) => ({
        itemReferenceId: item.itemReferenceId,
        fulfillmentStatus: item.fulfillmentStatus,
        fulfillments: order.tracking ? [{ ...order.tracking }] : [],
      })),
      ...(comment ? { comment } : {}),
    };
  }

  async #post(order: GelatoConnectOrder, comment?: string): Promise<ProductionPostback | null> {
    const url = this.#connectors.get(order.connectorId)?.postbackUrl;
    if (!url) return null;
    const body = JSON.stringify(this.statusPayload(order, comment));
    const postback: ProductionPostback = {
      id: crypto.randomUUID(),
      orderId: order.id,
      status: order.fulfillmentStatus,
      url,
      body,
      responseStatus: 0,
      attempts: 0,
      sentAt: this.#clock.now().toISOString(),
    };
    this.#postbacks.push(postback);
    await this.redeliver(postback.id);
    return postback;
  }

  /** Sends a postback again, byte for byte. */
  async redeliver(postbackId: string): Promise<ProductionPostback> {
    const postback = this.#postbacks.find((p) => p.id === postbackId);
    if (!postback) throw new Error(`No postback ${postbackId}`);
    postback.attempts++;
    postback.responseStatus = await postDelivery(
      this.#send,
      postback.url,
      { 'content-type': 'application/json', 'user-agent': 'GelatoConnect-Postbacks' },
      postback.body,
    );
    return postback;
  }

  #record(request: Request, url: URL, response: Response): Response {
    if (this.#log.length >= LOG_LIMIT) this.#log.shift();
    this.#log.push({
      method: request.method,
      path: url.pathname.slice(this.basePath.length),
      status: response.status,
    });
    return response;
  }

  /** An API call: the connector in the path, its key in `X-API-KEY`, then the handler. */
  #authed(
    handle: (
      request: Request,
      connector: Connector,
      rest: string[],
    ) => Promise<Response> | Response,
  ): Handler {
    return async (request, [prefix, connectorId, ...rest], url) => {
      const answer = async () => {
        const fault = this.#faults.shift();
        if (fault !== undefined) return error(fault, 'Service unavailable');
        const connector = prefix === this.prefix ? this.#connectors.get(connectorId!) : undefined;
        if (!connector) return error(404, 'Connector not found');
        const key = request.headers.get('x-api-key') ?? '';
        if (!key || !timingSafeEqual(key, connector.apiKey)) return error(401, 'Unauthorized');
        return handle(request, connector, rest);
      };
      return this.#record(request, url, await answer());
    };
  }

  #orderOf(connector: Connector, idOrReference: string): GelatoConnectOrder | null {
    const order = this.order(idOrReference);
    return order && order.connectorId === connector.id ? order : null;
  }

  #orderJson(order: GelatoConnectOrder) {
    return {
      id: order.id,
      orderReferenceId: order.orderReferenceId,
      orderType: order.orderType,
      fulfillmentStatus: order.fulfillmentStatus,
      financialStatus: order.orderType === 'draft' ? 'draft' : 'pending',
      currency: order.currency,
      shippingAddress: order.shippingAddress,
      items: order.items.map((i) => ({
        id: i.id,
        itemReferenceId: i.itemReferenceId,
        productUid: i.productUid,
        productName: i.productName,
        productVariant: i.productVariant,
        quantity: i.quantity,
        pageCount: i.pageCount,
        files: i.files,
        fulfillmentStatus: i.fulfillmentStatus,
      })),
      shipment: {
        shipmentMethodUid: order.shipmentMethodUid,
        shipmentMethodName: order.tracking?.shipmentMethodName ?? null,
        packages: order.tracking
          ? [
              {
                id: `pkg_${order.id.slice(0, 8)}`,
                orderItemIds: order.items.map((i) => i.id),
                trackingCode: order.tracking.trackingCode,
                trackingUrl: order.tracking.trackingUrl,
              },
            ]
          : [],
      },
      metadata: order.metadata,
      createdAt: order.createdAt,
      updatedAt: order.updatedAt,
    };
  }

  #api(): { method: string; pattern: RegExp; handle: Handler }[] {
    const route = (method: string, path: string, handle: Handler) => ({
      method,
      pattern: new RegExp(`^${path}/?$`),
      handle,
    });
    const api = '/api/([^/]+)/([^/]+)/order';
    const readJson = async (request: Request): Promise<unknown> => {
      try {
        return await request.json();
      } catch {
        return undefined;
      }
    };
    const shipped = (order: GelatoConnectOrder) =>
      productionSteps.indexOf(order.fulfillmentStatus as ProductionStep) >= SHIPPED;
    return [
      route('GET', '', (_r, _m, url) => this.#indexPage(url.searchParams.get('done'))),
      route('GET', '/track/([^/]+)', (_r, [code]) => this.#trackingPage(code!)),
      route('POST', '/orders/([^/]+)/(advance|fail|resend)', (_r, [id, action]) =>
        this.#control(id!, action!),
      ),
      route('POST', '/connectors/([^/]+)/postback', async (request, [id]) => {
        const connector = this.#connectors.get(id!);
        if (!connector) return page('Not found', '<h1>There is no connector here</h1>', 404);
        const url = new URLSearchParams(await request.text()).get('url')?.trim() ?? '';
        let done: string;
        if (url && !/^https?:\/\//i.test(url)) {
          done = 'The postback URL must start with http:// or https://.';
        } else {
          connector.postbackUrl = url || null;
          done = url ? 'Postback URL saved.' : 'Postbacks switched off.';
        }
        return this.#back(done);
      }),
      route('POST', '/timer', async (request) => {
        const seconds = Number(new URLSearchParams(await request.text()).get('seconds') ?? 0);
        this.setAutoAdvance(seconds > 0 ? seconds * 1000 : null);
        return this.#back(
          seconds > 0 ? `Every open order moves a step every ${seconds} s.` : 'Timer stopped.',
        );
      }),
      route(
        'POST',
        api,
        this.#authed(async (request, connector) => {
          const read = readSubmission(await readJson(request));
          if ('error' in read) return error(400, read.error);
          const now = this.#clock.now().toISOString();
          const order: GelatoConnectOrder = {
            ...read.order,
            id: crypto.randomUUID(),
            connectorId: connector.id,
            createdAt: now,
            updatedAt: now,
          };
          this.#orders.set(order.id, order);
          return json(200, {
            id: order.id,
            orderReferenceId: order.orderReferenceId,
            createdAt: order.createdAt,
          });
        }),
      ),
      route(
        'GET',
        `${api}/([^/]+)`,
        this.#authed((_r, connector, [id]) => {
          const order = this.#orderOf(connector, id!);
          return order ? json(200, this.#orderJson(order)) : error(404, 'Order not found');
        }),
      ),
      route(
        'POST',
        `${api}/([^/]+)/cancel`,
        this.#authed(async (_r, connector, [id]) => {
          const order = this.#orderOf(connector, id!);
          if (!order) return error(404, 'Order not found');
          if (order.fulfillmentStatus === 'canceled')
            return json(200, { code: 200, message: 'OK' });
          if (shipped(order)) return error(409, 'The order has shipped and cannot be canceled.');
          await this.setStatus(order.id, 'canceled');
          return json(200, { code: 200, message: 'OK' });
        }),
      ),
      route(
        'PUT',
        `${api}/([^/]+)/shipment`,
        this.#authed(async (request, connector, [id]) => {
          const order = this.#orderOf(connector, id!);
          if (!order) return error(404, 'Order not found');
          if (shipped(order) || order.fulfillmentStatus === 'canceled') {
            return error(409, 'The shipment can no longer change.');
          }
          const body = await readJson(request);
          if (!isObject(body) || (!body.shipmentMethodUid && !isObject(body.shippingAddress))) {
            return error(400, 'Give a shipmentMethodUid or a shippingAddress.');
          }
          if (typeof body.shipmentMethodUid === 'string') {
            order.shipmentMethodUid = body.shipmentMethodUid;
          }
          if (isObject(body.shippingAddress)) {
            order.shippingAddress = {
              ...order.shippingAddress,
              ...Object.fromEntries(
                Object.entries(body.shippingAddress).map(([k, v]) => [k, String(v ?? '')]),
              ),
            };
          }
          order.updatedAt = this.#clock.now().toISOString();
          return json(200, {
            shippingAddress: order.shippingAddress,
            shipment: {
              shipmentMethodUid: order.shipmentMethodUid,
              shipmentMethodName: order.shipmentMethodUid ?? 'Standard',
              fulfillmentCountry: order.shippingAddress.country ?? null,
              packageCount: 1,
            },
          });
        }),
      ),
    ];
  }

  #back(done: string): Response {
    return new Response(null, {
      status: 303,
      headers: { location: `${this.basePath}/?done=${encodeURIComponent(done)}` },
    });
  }

  async #control(orderId: string, action: string): Promise<Response> {
    const order = this.#orders.get(orderId);
    if (!order) return page('Not found', '<h1>There is no order here</h1>', 404);
    const sent =
      action === 'advance'
        ? await this.advance(order.id)
        : action === 'fail'
          ? await this.setStatus(order.id, 'failed', 'The print file could not be processed.')
          : await this.resend(order.id);
    const what = `${order.orderReferenceId} is ${order.fulfillmentStatus.replace('_', ' ')}`;
    return this.#back(
      sent
        ? `${what}; the postback was answered ${sent.responseStatus || 'by nobody (unreachable)'}.`
        : `${what}; no postback address is set, so nobody was told.`,
    );
  }

  #indexPage(notice: string | null): Response {
    const connectors = [...this.#connectors.values()]
      .map(
        (c) => `<tr><td>${escapeHtml(c.name)}</td>
          <td><code>${escapeHtml(this.orderUrl(c.id))}</code></td>
          <td><code>${escapeHtml(c.apiKey)}</code></td>
          <td><form method="post" action="${escapeHtml(`${this.basePath}/connectors/${c.id}/postback`)}">
            <label class="muted" for="pb-${escapeHtml(c.id)}">Status postback URL</label><br>
            <input id="pb-${escapeHtml(c.id)}" name="url" type="url" value="${escapeHtml(c.postbackUrl ?? '')}" placeholder="https://…/v1/hooks/production/…">
            <button class="secondary">Save</button></form></td></tr>`,
      )
      .join('');
    const button = (order: GelatoConnectOrder, action: string, label: string, secondary = false) =>
      `<form class="inline" method="post" action="${escapeHtml(`${this.basePath}/orders/${order.id}/${action}`)}"><button${secondary ? ' class="secondary"' : ''}>${escapeHtml(label)}</button></form>`;
    const orders = this.orders()
      .slice()
      .reverse()
      .map((o) => {
        const next = this.nextStep(o);
        const items = o.items
          .map(
            (i) =>
              `<li>${i.quantity} × <code>${escapeHtml(i.productUid ?? `${i.productName} ${JSON.stringify(i.productVariant ?? {})}`)}</code> (${escapeHtml(i.itemReferenceId)})${i.files
                .map((f) => ` <a href="${escapeHtml(f.url)}">${escapeHtml(f.type)}</a>`)
                .join('')}</li>`,
          )
          .join('');
        const a = o.shippingAddress;
        const last = [...this.#postbacks].reverse().find((p) => p.orderId === o.id);
        return `<tr>
          <td>${escapeHtml(o.orderReferenceId)}${o.isTest ? ' <span class="test">Test order (draft, never produced)</span>' : ''}<br><code>${escapeHtml(o.id)}</code></td>
          <td class="status${o.fulfillmentStatus === 'failed' ? ' failed' : ''}">${escapeHtml(o.fulfillmentStatus.replace('_', ' '))}${o.tracking ? `<br><a href="${escapeHtml(o.tracking.trackingUrl)}">${escapeHtml(o.tracking.trackingCode)}</a>` : ''}</td>
          <td><ul class="items">${items}</ul></td>
          <td>${escapeHtml(`${a.firstName ?? ''} ${a.lastName ?? ''}`)}<br>${escapeHtml(`${a.postCode ?? ''} ${a.city ?? ''}, ${a.country ?? ''}`)}</td>
          <td>${next ? button(o, 'advance', `Move to ${next.replace('_', ' ')}`) : ''}
            ${next && productionSteps.indexOf(o.fulfillmentStatus as ProductionStep) < SHIPPED ? button(o, 'fail', 'Fail', true) : ''}
            ${last ? `<br><span class="muted">Last postback: ${escapeHtml(last.status.replace('_', ' '))}, answered ${last.responseStatus || 'by nobody'}</span> ${button(o, 'resend', 'Resend', true)}` : ''}</td>
        </tr>`;
      })
      .join('');
    const timer = this.#timerMs
      ? `Every open order moves a step every ${this.#timerMs / 1000} s.`
      : 'Orders move only when you press their button.';
    return page(
      'GelatoConnect order intake',
      `<h1>GelatoConnect order intake</h1>
       ${notice ? `<p><strong>${escapeHtml(notice)}</strong></p>` : ''}
       <h2>API connectors</h2>
       <table><tr><th>Connector</th><th>Order URL</th><th>API key (X-API-KEY)</th><th>Postbacks</th></tr>${connectors}</table>
       <h2>Timer</h2>
       <p>${escapeHtml(timer)}</p>
       <form method="post" action="${escapeHtml(`${this.basePath}/timer`)}">
         <label for="seconds">Move every open order a step every</label>
         <input id="seconds" name="seconds" type="number" min="0" style="width:5rem" value="${this.#timerMs ? this.#timerMs / 1000 : 0}"> seconds (0 stops)
         <button class="secondary">Set</button>
       </form>
       <h2>Orders received (${this.#orders.size})</h2>
       ${
         this.#orders.size
           ? `<table><tr><th>Order</th><th>Status</th><th>Items</th><th>Ship to</th><th></th></tr>${orders}</table>`
           : '<p class="muted">No orders yet: place one in Vitrine and it shows here once it is submitted.</p>'
       }`,
    );
  }

  #trackingPage(code: string): Response {
    const order = [...this.#orders.values()].find((o) => o.tracking?.trackingCode === code);
    if (!order) return page('Not found', '<h1>No parcel with this tracking code</h1>', 404);
    return page(
      `Parcel ${code}`,
      `<h1>Parcel ${escapeHtml(code)}</h1>
       <p>Order ${escapeHtml(order.orderReferenceId)}: <span class="status">${escapeHtml(order.fulfillmentStatus.replace('_', ' '))}</span>,
       to ${escapeHtml(`${order.shippingAddress.city ?? ''}, ${order.shippingAddress.country ?? ''}`)} by ${escapeHtml(order.tracking!.shipmentMethodName)}.</p>`,
    );
  }
}
