import type { CreateStoreProductBody, StoreProduct } from '@vitrine/sdk';
import type { z } from 'zod';
import { actorOf, type Principal } from '../../auth/principal.js';
import type { Queryable } from '../../db/types.js';
import { DomainError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { isPlatformError, type PlatformProduct } from '../../platforms/types.js';
import type { ServiceContext } from '../context.js';
import { enqueueJob, type JobHandler } from '../jobs.js';
import { openSession, recordPlatformFailure } from '../stores/platformSessions.js';
import { validateMapping, writeMapping } from './mappings.js';
import { loadProducts } from './productList.js';
import { readableStore } from './storeAccess.js';

/**
 * Products made from the print catalog: the product and its one variant exist here at once,
 * already mapped (so its print files are checked while it publishes), and a `product_publish`
 * job creates it on the platform. Until the platform answers, the rows carry placeholder
 * external ids; the platform's own ids replace them, and a sync meanwhile leaves them alone.
 * Manual stores have no platform: their products are active at once.
 */

/** What a publishing job carries: the product, and what its creator asked for. */
interface PublishState {
  productId: string;
  publish: boolean;
  description: string | null;
}

const placeholder = (id: string) => `vitrine:${id}`;

export async function createStoreProduct(
  ctx: ServiceContext,
  principal: Principal,
  storeId: string,
  body: z.output<typeof CreateStoreProductBody>,
): Promise<StoreProduct> {
  const store = await readableStore(ctx, principal, storeId);
  if (store.status === 'disconnected') {
    throw new DomainError('store_disconnected', 'The store is disconnected; connect it again.');
  }
  const manual = store.platform === 'manual';
  const adapter = manual ? null : ctx.platforms[store.platform];
  if (!manual && !adapter?.publishProduct) {
    throw new DomainError(
      'platform_not_supported',
      store.platform === 'pressero'
        ? 'Pressero products are made in Pressero; create it there, then sync the store.'
        : `Products cannot be created on ${store.platform} stores from here.`,
    );
  }
  if (!manual && store.status !== 'connected') {
    throw new DomainError(
      'store_needs_reauth',
      'The store must be connected before products can be published to it.',
    );
  }
  const mapping = {
    productUid: body.productUid,
    files: body.files,
    ...(body.printSpecs ? { printSpecs: body.printSpecs } : {}),
  };
  const catalog = await validateMapping(ctx.db, principal.providerId, mapping);
  const productId = newId('sp');
  const variantId = newId('sv');
  const now = ctx.clock.now();
  const status = manual ? (body.publish ? 'active' : 'draft') : 'publishing';
  const sku = `VT-${productId.slice(3, 13).toUpperCase()}`;
  await ctx.db.transaction(async (tx) => {
    await tx.query(
      `insert into store_products (id, store_id, external_id, title, product_type, status,
         options, search_text, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, '[]', $7, $8, $8)`,
      [
        productId,
        store.id,
        manual ? `manual:${productId}` : placeholder(productId),
        body.title,
        catalog.title,
        status,
        `${body.title} ${catalog.title}`.toLowerCase(),
        now,
      ],
    );
    await tx.query(
      `insert into store_variants (id, store_id, product_id, external_id, title, sku, options,
         price, position, search_text, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, '{}', $7, 0, $8, $9, $9)`,
      [
        variantId,
        store.id,
        productId,
        manual ? `manual:${variantId}` : placeholder(variantId),
        body.title,
        sku,
        body.price ?? null,
        `${body.title} ${sku}`.toLowerCase(),
        now,
      ],
    );
    await writeMapping(
      tx,
      ctx,
      { providerId: principal.providerId, storeId: store.id, actor: actorOf(principal) },
      [variantId],
      mapping,
    );
    if (!manual) {
      const job = await enqueueJob(tx, ctx, {
        providerId: principal.providerId,
        clientId: store.client_id,
        storeId: store.id,
        kind: 'product_publish',
        state: {
          productId,
          publish: body.publish,
          description: body.description ?? null,
        } satisfies PublishState,
      });
      await tx.query('update store_products set publish_job_id = $2 where id = $1', [
        productId,
        job.id,
      ]);
    }
  });
  const [created] = await loadProducts(ctx.db, principal.providerId, store.id, [productId]);
  return created!;
}

async function failPublishing(db: Queryable, productId: string, error: DomainError, now: Date) {
  await db.query(
    `update store_products set status = 'publishing_error', publish_error_code = $2,
       publish_error_message = $3, updated_at = $4 where id = $1 and status = 'publishing'`,
    [productId, error.code, error.message, now],
  );
}

/**
 * The platform's own ids replace the placeholders. If a sync or a webhook already brought the
 * published product in under those ids, that copy goes and ours takes its ids: ours is the one
 * its creator knows by id, mapped, with its publishing job. A mapping made on the copy meanwhile
 * moves over only if ours has none.
 */
async function attachPublished(
  tx: Queryable,
  storeId: string,
  productId: string,
  published: PlatformProduct,
  now: Date,
): Promise<void> {
  const [ours] = await tx.query<{ id: string; sku: string | null }>(
    'select id, sku from store_variants where product_id = $1 order by position limit 1',
    [productId],
  );
  const variant =
    published.variants.find((v) => ours?.sku && v.sku === ours.sku) ?? published.variants[0];
  const [copy] = await tx.query<{ id: string }>(
    'select id from store_products where store_id = $1 and external_id = $2 and id <> $3',
    [storeId, published.externalId, productId],
  );
  if (variant && ours) {
    const [theirs] = await tx.query<{ id: string }>(
      'select id from store_variants where store_id = $1 and external_id = $2 and id <> $3',
      [storeId, variant.externalId, ours.id],
    );
    if (theirs) {
      await tx.query(
        `update variant_mappings set variant_id = $2 where variant_id = $1
           and not exists (select 1 from variant_mappings where variant_id = $2)`,
        [theirs.id, ours.id],
      );
      await tx.query('update mapping_events set variant_id = $2 where variant_id = $1', [
        theirs.id,
        ours.id,
      ]);
      await tx.query('delete from variant_mappings where variant_id = $1', [theirs.id]);
      await tx.query('delete from store_variants where id = $1', [theirs.id]);
      await tx.query(
        `update store_variants set mapping_status = coalesce(
           (select 'mapped' from variant_mappings where variant_id = $1), mapping_status)
         where id = $1`,
        [ours.id],
      );
    }
  }
  if (copy) {
    // The copy's other variants (a product found by our SKU may have more) come along.
    await tx.query('update store_variants set product_id = $2 where product_id = $1', [
      copy.id,
      productId,
    ]);
    await tx.query('delete from store_products where id = $1', [copy.id]);
  }
  await tx.query(
    `update store_products set external_id = $2, status = $3, handle = $4, image_url = $5,
       platform_updated_at = $6, publish_error_code = null, publish_error_message = null,
       updated_at = $7 where id = $1`,
    [
      productId,
      published.externalId,
      published.status,
      published.handle,
      published.imageUrl,
      published.updatedAt,
      now,
    ],
  );
  if (variant && ours) {
    await tx.query(
      'update store_variants set external_id = $2, title = $3, sku = $4, updated_at = $5 where id = $1',
      [ours.id, variant.externalId, variant.title, variant.sku, now],
    );
  }
}

/** Creates one product on its store's platform; the outcome shows on the product. */
export const productPublish: JobHandler = async (job, run, ctx) => {
  const { productId, publish, description } = job.state as unknown as PublishState;
  const [product] = await ctx.db.query<{
    title: string;
    status: string;
    product_type: string | null;
    sku: string;
    price: string | null;
  }>(
    `select p.title, p.status, p.product_type, v.sku, v.price from store_products p
       join store_variants v on v.product_id = p.id where p.id = $1 order by v.position limit 1`,
    [productId],
  );
  if (product?.status !== 'publishing') return { skipped: product?.status ?? 'gone' };
  const storeId = job.store_id!;
  try {
    const { adapter, session } = await openSession(ctx, storeId);
    if (!adapter.publishProduct) {
      throw new DomainError('platform_not_supported', 'This platform takes no products from here.');
    }
    const published = await adapter.publishProduct(session, {
      title: product.title,
      description,
      price: product.price,
      sku: product.sku,
      status: publish ? 'active' : 'draft',
      productType: product.product_type ?? 'Print',
    });
    await run.checkpoint({ state: job.state, done: 1, total: 1 }, (tx) =>
      attachPublished(tx, storeId, productId, published, ctx.clock.now()),
    );
    return { productId, externalId: published.externalId };
  } catch (error) {
    // The job runner retries transient failures; the last one, and any other, shows on the
    // product so that its owner can read why and publish again.
    const transient = isPlatformError(error) ? error.transient : !(error instanceof DomainError);
    if (!transient || job.attempts >= job.max_attempts) {
      const shown =
        error instanceof DomainError
          ? error
          : new DomainError('internal_error', 'Publishing failed unexpectedly; try again.');
      await failPublishing(ctx.db, productId, shown, ctx.clock.now());
      if (isPlatformError(error) && !error.transient) {
        await recordPlatformFailure(ctx, storeId, error);
      }
    }
    throw error;
  }
};

/** Publishes again a product whose publishing failed. */
export async function retryPublishing(
  ctx: ServiceContext,
  principal: Principal,
  storeId: string,
  productId: string,
): Promise<StoreProduct> {
  const store = await readableStore(ctx, principal, storeId);
  const [previous] = await ctx.db.query<{ status: string; state: Record<string, unknown> | null }>(
    `select p.status, j.state from store_products p left join jobs j on j.id = p.publish_job_id
      where p.id = $1 and p.store_id = $2`,
    [productId, store.id],
  );
  if (!previous) throw notFound('product');
  if (previous.status !== 'publishing_error') {
    throw new DomainError('conflict', 'Only a product whose publishing failed is published again.');
  }
  await ctx.db.transaction(async (tx) => {
    const job = await enqueueJob(tx, ctx, {
      providerId: principal.providerId,
      clientId: store.client_id,
      storeId: store.id,
      kind: 'product_publish',
      state: { publish: true, description: null, ...previous.state, productId },
    });
    await tx.query(
      `update store_products set status = 'publishing', publish_job_id = $2,
         publish_error_code = null, publish_error_message = null, updated_at = $3 where id = $1`,
      [productId, job.id, ctx.clock.now()],
    );
  });
  const [product] = await loadProducts(ctx.db, principal.providerId, store.id, [productId]);
  return product!;
}
