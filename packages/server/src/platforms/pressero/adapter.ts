import { z } from 'zod';
import { DomainError } from '../../errors.js';
import { readAnswer, refused, sendWithRetry, tokenRevoked, unavailable } from '../http.js';
import { readPayload } from '../payload.js';
import {
  type AdapterRuntime,
  type CallbackParams,
  type Connection,
  type CredentialsInput,
  type PlatformAdapter,
  PlatformError,
  type PlatformFulfillment,
  type PlatformOrder,
  type PlatformProduct,
  type PlatformSession,
  type ProductPage,
  type WebhookDelivery,
} from '../types.js';
import { type PresseroSite, presseroOrderNotice, readPresseroOrder } from './orders.js';
import { messageHashValid } from './signature.js';
import { normalizeSiteDomain } from './site.js';

export interface PresseroOptions {
  /**
   * The admin API host of the subscriber's data centre, e.g. `https://admin.chi.v6.pressero.com`
   * (Chicago) or `https://admin.sg.v6.pressero.com` (Singapore), or a simulator's address.
   */
  adminUrl?: string;
  /**
   * The API licence Aleyant issues: one subscriber ID and consumer ID (GUIDs) for this server,
   * sent with every login. Configuration of the server, not of a store.
   */
  subscriberId: string;
  consumerId: string;
  /** Products per page (Pressero pages are 0-based). */
  pageSize?: number;
  /**
   * The id (a GUID) of the subscriber's order item status that means shipped. Pressero lets
   * each subscriber define its statuses, so there is no fixed one; without it, shipments are
   * recorded and item statuses left as they are.
   */
  shippedStatusId?: string | null;
}

/** An admin login for one site, and the token it last obtained. */
export interface PresseroCredentials {
  username: string;
  password: string;
  token: string;
}

export interface PresseroCursor {
  page: number;
}

/** A product as `GET /api/site/{siteDomain}/products` lists it. */
export interface PresseroProduct {
  ProductId: string;
  ProductName: string;
  PublicPartNum?: string | null;
  PrintersPartNum?: string | null;
  MisId?: string | null;
  IsActive?: boolean;
  CategoryName?: string | null;
  Price?: number | string | null;
  ImageUrl?: string | null;
  LastModified?: string | null;
  Attributes?: { AttributeId: string; AttributeValue: string }[];
}

export interface PresseroPage<T> {
  Items: T[];
  PageNumber: number;
  PageSize: number;
  TotalItems: number;
}

/** A page of products, as the sync reads it. */
const PresseroProductPage = z.object({
  Items: z.array(
    z.object({
      ProductId: z.string(),
      ProductName: z.string(),
      PublicPartNum: z.string().nullish(),
      PrintersPartNum: z.string().nullish(),
      MisId: z.string().nullish(),
      IsActive: z.boolean().optional(),
      CategoryName: z.string().nullish(),
      Price: z.union([z.number(), z.string()]).nullish(),
      ImageUrl: z.string().nullish(),
      LastModified: z.string().nullish(),
      Attributes: z
        .array(z.object({ AttributeId: z.string(), AttributeValue: z.string() }))
        .optional(),
    }) satisfies z.ZodType<PresseroProduct>,
  ),
  TotalItems: z.number(),
});

interface Envelope<T> {
  Code?: number;
  Message?: string;
  Data?: T;
}

/** Pressero's numeric event types, as Aleyant's connectors name them. */
export const presseroEventTypes = {
  OrderItemApproved: 7,
  OrderItemDenied: 9,
  OrderPlaced: 10,
} as const;

/** The events that name an order for intake: placed, or an item of it denied (canceled). */
const ORDER_EVENTS = new Set(['OrderPlaced', 'OrderItemDenied']);

/** A webhook message as far as the server reads it; the order itself is read by intake. */
const PresseroMessage = z
  .object({
    Type: z.number().int().nullish(),
    TypeName: z.string().nullish(),
    Timestamp: z.string().nullish(),
    MessageID: z.string().min(1),
    Data: z
      .object({ OrderId: z.unknown().optional(), OrderNumber: z.unknown().optional() })
      .loose()
      .nullish(),
  })
  .loose();

/**
 * Pressero (Aleyant): an admin login exchanged for a token (`Authorization: token …`), products
 * read per site in 0-based pages, orders announced by webhooks the owner sets up in Pressero
 * (Preferences › Webhooks: our address and a Security Key) and signed with `MessageHash`.
 */
export class PresseroAdapter implements PlatformAdapter<PresseroCredentials, PresseroCursor> {
  readonly platform = 'pressero' as const;
  readonly connectsWith = ['credentials'] as const;
  readonly #options: Required<Omit<PresseroOptions, 'shippedStatusId'>> & {
    shippedStatusId: string | null;
  };
  readonly #runtime: AdapterRuntime;

  constructor(options: PresseroOptions, runtime: AdapterRuntime) {
    if (!options.subscriberId || !options.consumerId) {
      throw new Error(
        'Pressero needs the API licence Aleyant issues (PRESSERO_SUBSCRIBER_ID, PRESSERO_CONSUMER_ID).',
      );
    }
    this.#options = {
      adminUrl: (options.adminUrl ?? 'https://admin.chi.v6.pressero.com').replace(/\/$/, ''),
      subscriberId: options.subscriberId,
      consumerId: options.consumerId,
      pageSize: options.pageSize ?? 100,
      shippedStatusId: options.shippedStatusId ?? null,
    };
    this.#runtime = runtime;
  }

  normalizeShop(input: string): string {
    return normalizeSiteDomain(input);
  }

  authorizeUrl(): string {
    throw redirectless();
  }

  async verifyCallback(): Promise<CallbackParams> {
    throw redirectless();
  }

  async complete(): Promise<Connection<PresseroCredentials>> {
    throw redirectless();
  }

  /**
   * Logs in, then proves the login reaches the site: its first product page (the documented
   * call) answers, and its name is read for the store (when the site record cannot be read the
   * domain stands in).
   */
  async connectWithCredentials(input: CredentialsInput): Promise<Connection<PresseroCredentials>> {
    if (input.platform !== 'pressero') {
      throw new DomainError('platform_not_supported', 'Not a Pressero login.');
    }
    const site = this.normalizeShop(input.siteUrl);
    const token = await this.#login(input.username, input.password);
    if (!token) {
      throw new PlatformError(
        'credentials_invalid',
        'Pressero refused this user name and password.',
      );
    }
    const session: PlatformSession<PresseroCredentials> = {
      shop: site,
      credentials: { username: input.username, password: input.password, token },
      save: async () => {},
    };
    await this.#productsPage(session, 0, 1).catch((error: unknown) => {
      if (error instanceof PlatformError && error.reason === 'site_not_found') {
        throw new PlatformError(
          'invalid_shop_domain',
          `Pressero has no site ${site} that this admin user can open: check the storefront address.`,
        );
      }
      throw error;
    });
    const record = await this.#get<{ SiteName?: string; Name?: string }>(
      session,
      `/api/site/${encodeURIComponent(site)}`,
      { optional: true },
    );
    return {
      shop: site,
      shopName: record?.SiteName || record?.Name || site,
      scopes: [],
      credentials: session.credentials,
    };
  }

  /** The token still validates (or a new one is obtained) and the site still answers. */
  async verify(session: PlatformSession<PresseroCredentials>): Promise<void> {
    const valid = await this.#tokenValid(session.credentials.token);
    if (!valid) await this.refresh(session, { force: true });
    await this.#productsPage(session, 0, 1);
  }

  /** Tokens have no stated lifetime: a new one is obtained only when asked to (or on a 401). */
  async refresh(
    session: PlatformSession<PresseroCredentials>,
    options: { force?: boolean } = {},
  ): Promise<void> {
    if (!options.force) return;
    const { username, password } = session.credentials;
    const token = await this.#login(username, password);
    if (!token) {
      throw new PlatformError(
        'store_needs_reauth',
        'Pressero no longer accepts the stored login (was the password changed?).',
        { reason: 'credentials_rejected' },
      );
    }
    const next = { username, password, token };
    await session.save(next);
    session.credentials = next;
  }

  /** One product is one variant here, so the product total is the variant total. */
  async countVariants(session: PlatformSession<PresseroCredentials>): Promise<number | null> {
    const page = await this.#productsPage(session, 0, 1);
    return typeof page.TotalItems === 'number' ? page.TotalItems : null;
  }

  async listProducts(
    session: PlatformSession<PresseroCredentials>,
    cursor: PresseroCursor | null,
  ): Promise<ProductPage<PresseroCursor>> {
    const { pageSize } = this.#options;
    const number = cursor?.page ?? 0;
    const page = await this.#productsPage(session, number, pageSize);
    const items = page.Items ?? [];
    const more = items.length > 0 && (number + 1) * pageSize < (page.TotalItems ?? 0);
    return { products: items.map(fromPressero), next: more ? { page: number + 1 } : null };
  }

  /**
   * Pressero has no API the server may call to add a webhook for a store's owner: the owner
   * enters the store's address and Security Key in Pressero (Preferences › Webhooks).
   */
  async subscribeWebhooks(): Promise<void> {}

  /** `MessageHash` over the raw body with the store's own Security Key; unsigned is refused. */
  async verifyWebhook(headers: Headers, body: Uint8Array, secret: string | null): Promise<boolean> {
    // Stryker disable next-line ConditionalExpression: messageHashValid refuses an empty key too
    if (!secret) return false;
    return messageHashValid(secret, headers.get('messagehash'), body);
  }

  /**
   * `{Type, TypeName, Timestamp, Data:{OrderId, OrderNumber, …}, SubscriberId, SiteId,
   * MessageID}`: the message id is the delivery id. An order placed, or an item of it denied, is
   * kept for order intake (the body carries ids only; the order is read from the API then);
   * other events are acknowledged and ignored.
   */
  parseWebhook(_headers: Headers, body: Uint8Array): WebhookDelivery {
    // The message id comes first: without it there is nothing to record a delivery under.
    const envelope = readPayload(z.object({ MessageID: z.string().min(1) }), body);
    if (!envelope.ok) {
      throw new DomainError('validation_failed', 'The webhook lacks its MessageID.');
    }
    const id = envelope.data.MessageID;
    const read = readPayload(PresseroMessage, body);
    if (!read.ok) {
      return {
        id,
        topic: 'unknown',
        shop: null,
        triggeredAt: null,
        event: { kind: 'invalid', reason: read.reason },
      };
    }
    const payload = read.data;
    const typed = Object.entries(presseroEventTypes).find(([, type]) => type === payload.Type)?.[0];
    const topic = payload.TypeName || typed || String(payload.Type ?? 'unknown');
    const placed = ORDER_EVENTS.has(topic) || (!!typed && ORDER_EVENTS.has(typed));
    const order = payload.Data?.OrderId ?? payload.Data?.OrderNumber;
    return {
      id,
      topic,
      // Deliveries name the site by its id, not its domain: the store's own address and
      // Security Key are what tie a delivery to its store.
      shop: null,
      triggeredAt: payload.Timestamp ?? null,
      event:
        placed && order != null
          ? { kind: 'order_created', externalId: String(order), payload }
          : { kind: 'ignored' },
    };
  }

  /**
   * The order a webhook names, read through the store's login: `GET /api/v2/orders/{n}/Details`,
   * its items (`/api/v2/orders/{n}/items`) and the store's site record (its id, which the order
   * must carry, and its MIS ID, the integration ID the order names its business by).
   */
  async readOrder(
    delivery: { payload: unknown },
    session: () => Promise<PlatformSession<PresseroCredentials>>,
  ): Promise<PlatformOrder> {
    const notice = presseroOrderNotice(delivery.payload);
    const open = await session();
    const path = `/api/v2/orders/${encodeURIComponent(notice.orderNumber)}`;
    const missing = `Pressero has no order ${notice.orderNumber}.`;
    const details = await this.#get<unknown>(open, `${path}/Details`, { missing });
    const items = await this.#get<unknown>(open, `${path}/items`, { missing });
    const site = await this.#get<PresseroSite>(open, `/api/site/${encodeURIComponent(open.shop)}`);
    return readPresseroOrder({ notice, details, items, site: site ?? {}, domain: open.shop });
  }

  /**
   * A shipment recorded on the order's items (`POST /api/V2/Orders/Shipments`, with the tracking),
   * then, when the subscriber's shipped status is configured, each item set to it
   * (`PUT /api/V2/Orders/{n}/Item/{m}/Status/{statusId}?notes=…`). Items that already hold a
   * shipment with this tracking, or already have that status, are left alone, so a second push
   * changes nothing. Paths are those Aleyant's own connectors call; the shipment's body follows
   * them too (`OrderId`, `SiteShippingMethodName`, `ShipmentInfo{ShipDate, Tracking, Cost,
   * Items[{OrderItemId}]}`) and is not documented publicly.
   */
  async pushFulfillment(
    session: PlatformSession<PresseroCredentials>,
    fulfillment: PlatformFulfillment,
  ): Promise<void> {
    const missing = `Pressero has no order ${fulfillment.orderId}.`;
    const found = await this.#write<PresseroPage<{ OrderNumber: number; ShippingMethod?: string }>>(
      session,
      'POST',
      '/api/V2/Orders/Search?pageNumber=0&pageSize=1',
      [{ Column: 'OrderId', Value: fulfillment.orderId, Operator: 'equals' }],
      { refusing: 'the order search', missing },
    );
    const order = found.Items?.[0];
    if (!order) throw refused(missing);
    const path = `/api/v2/orders/${encodeURIComponent(order.OrderNumber)}`;
    const items =
      (await this.#get<{ OrderItemId: string; OrderItemNumber: number }[]>(
        session,
        `${path}/items`,
        { missing },
      )) ?? [];
    const lines = fulfillment.lines.map((line) => {
      const item = items.find((i) => same(i.OrderItemId, line.lineId));
      if (!item) throw refused(`Pressero's order ${order.OrderNumber} has no item ${line.lineId}.`);
      return item;
    });
    // The connectors put the carrier's tracking link here, else the tracking number.
    const tracking = fulfillment.tracking
      ? (fulfillment.tracking.url ?? fulfillment.tracking.code)
      : '';
    const unshipped: typeof lines = [];
    for (const item of lines) {
      const shipments =
        (await this.#get<{ ShipTracking?: string | null }[]>(
          session,
          `${path}/Item/${item.OrderItemNumber}/Shipments`,
          { optional: true },
        )) ?? [];
      const shipped = shipments.some(
        (s) =>
          !tracking ||
          s.ShipTracking === tracking ||
          Boolean(fulfillment.tracking && s.ShipTracking?.includes(fulfillment.tracking.code)),
      );
      if (!shipped) unshipped.push(item);
    }
    if (unshipped.length) {
      await this.#write(
        session,
        'POST',
        '/api/V2/Orders/Shipments',
        {
          OrderId: fulfillment.orderId,
          SiteShippingMethodName: order.ShippingMethod ?? null,
          ShipmentInfo: {
            ShipDate: this.#runtime.clock.now().toISOString(),
            Tracking: tracking,
            Cost: 0,
            Items: unshipped.map((i) => ({ OrderItemId: i.OrderItemId })),
          },
        },
        { refusing: 'the shipment', missing, idempotent: false },
      );
    }
    const statusId = this.#options.shippedStatusId;
    if (!statusId) return;
    const notes = [fulfillment.carrier, fulfillment.tracking?.code].filter(Boolean).join(' ');
    for (const item of lines) {
      const history =
        (await this.#get<{ StatusId?: string }[]>(
          session,
          `${path}/Item/${item.OrderItemNumber}/Status`,
          { optional: true },
        )) ?? [];
      if (same(history.at(-1)?.StatusId ?? '', statusId)) continue;
      await this.#write(
        session,
        'PUT',
        `${path}/Item/${item.OrderItemNumber}/Status/${encodeURIComponent(statusId)}?notes=${encodeURIComponent(notes)}`,
        undefined,
        { refusing: 'the item status', missing },
      );
    }
  }

  /**
   * An authenticated call that sends something: a 401 gets one new login; 400 is Pressero
   * refusing it (its `Message`), 404 `missing`; 403 the admin user lacking access.
   */
  async #write<T>(
    session: PlatformSession<PresseroCredentials>,
    method: string,
    path: string,
    body: unknown,
    options: { refusing: string; missing: string; idempotent?: boolean },
  ): Promise<T> {
    let renewed = false;
    for (;;) {
      const response = await sendWithRetry(
        this.#runtime,
        () =>
          this.#request(path, {
            method,
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            headers: { authorization: `token ${session.credentials.token}` },
          }),
        { who: 'Pressero', ...(options.idempotent === false ? { idempotent: false } : {}) },
      );
      const { status } = response;
      if (status === 401 && !renewed) {
        await response.body?.cancel();
        renewed = true;
        await this.refresh(session, { force: true });
        continue;
      }
      if (status === 401) {
        await response.body?.cancel();
        throw tokenRevoked('Pressero refuses the new token too.');
      }
      if (status === 402) {
        await response.body?.cancel();
        throw noApiAccess();
      }
      if (status === 403) {
        await response.body?.cancel();
        throw new PlatformError(
          'permissions_not_granted',
          `The Pressero admin user may not change orders of the site ${session.shop}.`,
        );
      }
      if (status === 404) {
        await response.body?.cancel();
        throw refused(options.missing);
      }
      const answer = (await response.json().catch(() => null)) as Envelope<unknown> | null;
      if (status === 400 || status === 409 || status === 422) {
        throw refused(
          `Pressero refused ${options.refusing}: ${answer?.Message ?? `it answered ${status}`}`,
        );
      }
      if (!response.ok) throw unavailable(`Pressero answered ${status}.`);
      return answer as T;
    }
  }

  /** A token for the login, or null when Pressero refuses the user name or password. */
  async #login(username: string, password: string): Promise<string | null> {
    const response = await this.#send(() =>
      this.#request('/api/V2/Authentication', {
        method: 'POST',
        body: JSON.stringify({
          UserName: username,
          Password: password,
          SubscriberId: this.#options.subscriberId,
          ConsumerID: this.#options.consumerId,
        }),
      }),
    );
    if (response.status === 401 || response.status === 400) {
      await response.body?.cancel();
      return null;
    }
    if (response.status === 402 || response.status === 403) {
      await response.body?.cancel();
      throw noApiAccess();
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw unavailable(`Pressero answered ${response.status} to the login.`);
    }
    const body = (await response.json()) as Envelope<string>;
    if (body.Code === 401) return null;
    if (body.Code === 403) throw noApiAccess();
    if (typeof body.Data !== 'string' || !body.Data) {
      throw unavailable('Pressero answered the login without a token.');
    }
    return body.Data;
  }

  /**
   * `GET /api/v2/Authentication/{token}/Validate`. What it answers for a dead token is not
   * documented: anything but a 200 whose `Data` is true counts as invalid (a new login follows).
   */
  async #tokenValid(token: string): Promise<boolean> {
    const response = await this.#send(() =>
      this.#request(`/api/v2/Authentication/${encodeURIComponent(token)}/Validate`, {}),
    );
    if (!response.ok) {
      await response.body?.cancel();
      if (response.status >= 500) throw unavailable(`Pressero answered ${response.status}.`);
      return false;
    }
    const body = (await response.json().catch(() => null)) as Envelope<boolean> | boolean | null;
    return body === true || (typeof body === 'object' && body?.Data === true);
  }

  #productsPage(session: PlatformSession<PresseroCredentials>, page: number, size: number) {
    const site = encodeURIComponent(session.shop);
    return this.#get(session, `/api/site/${site}/products?pageNumber=${page}&pageSize=${size}`, {
      schema: PresseroProductPage,
    }) as Promise<z.infer<typeof PresseroProductPage>>;
  }

  /**
   * An authenticated GET. A 401 gets one new login (the token died, or Pressero forgot it);
   * 403 means the admin user may not open the site, 404 that the site is gone. With `optional`,
   * a 403/404 answers null instead; with `missing`, a 404 is that refusal (an order not there).
   */
  async #get<T>(
    session: PlatformSession<PresseroCredentials>,
    path: string,
    options: {
      optional?: boolean;
      missing?: string;
      /** What the call reads from a successful answer (anything else is Pressero's passing trouble). */
      schema?: z.ZodType<T>;
    } = {},
  ): Promise<T | null> {
    let renewed = false;
    for (;;) {
      const response = await this.#send(() =>
        this.#request(path, { headers: { authorization: `token ${session.credentials.token}` } }),
      );
      const { status } = response;
      if (status === 401 && !renewed) {
        await response.body?.cancel();
        renewed = true;
        await this.refresh(session, { force: true });
        continue;
      }
      if (status === 401) {
        await response.body?.cancel();
        throw tokenRevoked('Pressero refuses the new token too.');
      }
      if (status === 404 && options.missing) {
        await response.body?.cancel();
        throw refused(options.missing);
      }
      if ((status === 403 || status === 404) && options.optional) {
        await response.body?.cancel();
        return null;
      }
      if (status === 402) {
        await response.body?.cancel();
        throw noApiAccess();
      }
      if (status === 403) {
        await response.body?.cancel();
        throw new PlatformError(
          'permissions_not_granted',
          `The Pressero admin user may not open the site ${session.shop}.`,
        );
      }
      if (status === 404) {
        await response.body?.cancel();
        throw new PlatformError(
          'store_needs_reauth',
          `Pressero does not know the site ${session.shop} any more.`,
          { reason: 'site_not_found' },
        );
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw unavailable(`Pressero answered ${status}.`);
      }
      return readAnswer(
        response,
        options.schema ?? (z.unknown() as z.ZodType<T>),
        "Pressero's answer",
      );
    }
  }

  #request(path: string, init: { method?: string; body?: string; headers?: HeadersInit }) {
    return new Request(`${this.#options.adminUrl}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        accept: 'application/json',
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      },
      ...(init.body ? { body: init.body } : {}),
    });
  }

  /** Sends a request through the shared retry policy; every answer but 429 and 5xx is the caller's. */
  #send(make: () => Request): Promise<Response> {
    return sendWithRetry(this.#runtime, make, { who: 'Pressero' });
  }
}

const redirectless = () =>
  new DomainError(
    'platform_not_supported',
    'Pressero sites connect with an admin login, not a redirect.',
  );

const noApiAccess = () =>
  new PlatformError(
    'plan_without_api_access',
    'The Pressero subscription has no API access for this licence (ask Aleyant to enable the API).',
  );

/** GUIDs compare without regard to case, as Pressero writes them either way. */
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

/**
 * A Pressero product as one product with one variant. The variant's SKU is the product's MIS ID:
 * Pressero's integration ID field, which travels with every order line (`MisId` on the order
 * item), so mapping it matches incoming orders. The printer's part number stands in when no MIS
 * ID is set, as it also travels with order lines (`PrinterPartNumber`).
 */
export function fromPressero(p: PresseroProduct): PlatformProduct {
  const price =
    p.Price === null || p.Price === undefined || p.Price === ''
      ? null
      : Number.isFinite(Number(p.Price))
        ? Number(p.Price).toFixed(2)
        : null;
  return {
    externalId: p.ProductId,
    title: p.ProductName,
    handle: text(p.PublicPartNum),
    vendor: null,
    productType: text(p.CategoryName),
    status: p.IsActive === false ? 'draft' : 'active',
    imageUrl: text(p.ImageUrl),
    options: [],
    updatedAt: text(p.LastModified),
    variants: [
      {
        externalId: p.ProductId,
        title: p.ProductName,
        sku: text(p.MisId) ?? text(p.PrintersPartNum),
        barcode: null,
        price,
        options: {},
      },
    ],
  };
}
