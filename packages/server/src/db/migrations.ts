/**
 * Versioned schema migrations, applied in order at start. Never edit a released migration: add a
 * new one. Plain SQL that PGlite and PostgreSQL both run.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'providers_clients_access',
    sql: /* sql */ `
      create table providers (
        id text primary key,
        name text not null,
        invite_url_template text,
        created_at timestamptz not null
      );

      create table api_keys (
        id text primary key,
        provider_id text not null references providers(id),
        key_hash text not null unique,
        last4 text not null,
        created_at timestamptz not null,
        revoked_at timestamptz
      );

      create table clients (
        id text primary key,
        provider_id text not null references providers(id),
        name text not null,
        reference_id text,
        description text,
        access_enabled boolean not null default false,
        access_enabled_at timestamptz,
        access_disabled_at timestamptz,
        admin_user_id text,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        archived_at timestamptz
      );
      create unique index clients_reference_id_uq
        on clients (provider_id, lower(reference_id)) where reference_id is not null;
      create index clients_page_idx on clients (provider_id, created_at desc, id desc);

      create table users (
        id text primary key,
        client_id text not null references clients(id),
        email text not null,
        first_name text not null,
        last_name text not null,
        role text not null check (role in ('admin', 'store_manager', 'order_manager', 'viewer')),
        store_ids text[] not null default '{}',
        status text not null check (status in ('invited', 'active')),
        invited_at timestamptz,
        activated_at timestamptz,
        removed_at timestamptz,
        created_at timestamptz not null,
        updated_at timestamptz not null
      );
      create unique index users_client_email_uq on users (client_id, email) where removed_at is null;

      create table invitations (
        id text primary key,
        user_id text not null references users(id),
        client_id text not null references clients(id),
        token_hash text not null unique,
        status text not null check (status in ('pending', 'accepted', 'revoked')),
        expires_at timestamptz not null,
        created_at timestamptz not null,
        accepted_at timestamptz,
        revoked_at timestamptz
      );
      create index invitations_user_idx on invitations (user_id, created_at desc);

      create table access_events (
        id text primary key,
        seq bigserial not null,
        client_id text not null references clients(id),
        type text not null,
        email text,
        at timestamptz not null
      );
      create index access_events_client_idx on access_events (client_id, seq desc);

      create table outbox (
        id text primary key,
        provider_id text not null references providers(id),
        kind text not null,
        to_address text not null,
        subject text not null,
        text_body text not null,
        html_body text not null,
        link text,
        created_at timestamptz not null,
        sent_at timestamptz,
        attempts integer not null default 0,
        last_error text
      );
      create index outbox_unsent_idx on outbox (created_at) where sent_at is null;

      create table idempotency_keys (
        principal text not null,
        key text not null,
        method text not null,
        path text not null,
        body_hash text not null,
        state text not null check (state in ('in_progress', 'done')),
        response_status integer,
        response_body text,
        created_at timestamptz not null,
        primary key (principal, key)
      );

      create table catalog_products (
        provider_id text not null references providers(id),
        product_uid text not null,
        title text not null,
        category text not null,
        attributes jsonb not null,
        print_areas jsonb not null,
        dimensions jsonb,
        primary key (provider_id, product_uid)
      );
      create index catalog_products_category_idx on catalog_products (provider_id, category);
    `,
  },
  {
    version: 2,
    name: 'stores',
    sql: /* sql */ `
      create table stores (
        id text primary key,
        client_id text not null references clients(id),
        platform text not null check (platform in ('shopify', 'etsy', 'woocommerce', 'pressero', 'manual')),
        name text not null,
        shop_url text,
        status text not null check (status in ('connecting', 'connected', 'needs_reauth', 'error', 'disconnected')),
        status_reason text,
        last_sync_at timestamptz,
        last_sync_job_id text,
        created_at timestamptz not null,
        updated_at timestamptz not null
      );
      create index stores_client_idx on stores (client_id, created_at desc, id desc);
    `,
  },
  {
    version: 3,
    name: 'connections_jobs_products',
    sql: /* sql */ `
      -- Platform credentials, sealed with the server's encryption key (never returned by the API).
      alter table stores add column credentials text;
      alter table stores add column scopes text;
      alter table stores add column connected_at timestamptz;
      alter table stores add column webhooks_subscribed_at timestamptz;
      -- Stores whose platform signs webhooks with a secret we chose (WooCommerce, Pressero): sealed.
      alter table stores add column webhook_secret text;
      -- A client has one store per shop: connecting the same shop again reuses it.
      create unique index stores_client_shop_uq on stores (client_id, platform, shop_url)
        where shop_url is not null;

      -- OAuth state nonces: stored hashed, bound to the store and the caller, single use, expiring.
      create table oauth_states (
        state_hash text primary key,
        platform text not null,
        provider_id text not null references providers(id),
        client_id text not null references clients(id),
        store_id text not null references stores(id),
        -- Null where the platform names the shop only after the exchange (Etsy).
        shop text,
        -- PKCE (Etsy): the verifier, sealed, sent with the code at the exchange.
        code_verifier text,
        principal text not null,
        return_url text,
        created_at timestamptz not null,
        expires_at timestamptz not null,
        used_at timestamptz
      );
      create index oauth_states_expiry_idx on oauth_states (expires_at);

      create table jobs (
        id text primary key,
        provider_id text not null references providers(id),
        client_id text references clients(id),
        store_id text references stores(id),
        kind text not null check (kind in ('product_sync', 'mapping_import', 'order_import', 'postback_delivery', 'production', 'order_poll')),
        status text not null check (status in ('queued', 'running', 'succeeded', 'failed', 'canceled')),
        progress_done integer not null default 0,
        progress_total integer,
        state jsonb not null default '{}',
        result jsonb,
        attempts integer not null default 0,
        max_attempts integer not null,
        error_code text,
        error_message text,
        run_after timestamptz not null,
        locked_by text,
        locked_until timestamptz,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        started_at timestamptz,
        finished_at timestamptz
      );
      create index jobs_queued_idx on jobs (run_after, created_at) where status = 'queued';
      create index jobs_lease_idx on jobs (locked_until) where status = 'running';
      create index jobs_store_idx on jobs (store_id, created_at desc);
      -- One product sync at a time per store, enforced by the database.
      create unique index jobs_one_sync_uq on jobs (store_id)
        where kind = 'product_sync' and status in ('queued', 'running');

      create table store_products (
        id text primary key,
        store_id text not null references stores(id),
        external_id text not null,
        title text not null,
        handle text,
        vendor text,
        product_type text,
        status text not null check (status in ('active', 'draft', 'archived')),
        image_url text,
        options jsonb not null default '[]',
        platform_updated_at timestamptz,
        sync_run text,
        removed_at timestamptz,
        created_at timestamptz not null,
        updated_at timestamptz not null
      );
      create unique index store_products_external_uq on store_products (store_id, external_id);
      create index store_products_live_idx on store_products (store_id, created_at desc, id desc)
        where removed_at is null;

      create table store_variants (
        id text primary key,
        store_id text not null references stores(id),
        product_id text not null references store_products(id),
        external_id text not null,
        title text not null,
        sku text,
        barcode text,
        options jsonb not null default '{}',
        price text,
        position integer not null,
        mapping_status text not null default 'unmapped' check (mapping_status in ('mapped', 'unmapped', 'ignored')),
        sync_run text,
        removed_at timestamptz,
        created_at timestamptz not null,
        updated_at timestamptz not null
      );
      create unique index store_variants_external_uq on store_variants (store_id, external_id);
      create index store_variants_product_idx on store_variants (product_id, position);
      create index store_variants_live_idx on store_variants (store_id, mapping_status) where removed_at is null;
      create index store_variants_sku_idx on store_variants (store_id, sku) where sku is not null;

      -- Inbound webhooks: the primary key dedupes retried deliveries; events handled later
      -- (orders) keep their payload until processed.
      create table platform_events (
        store_id text not null references stores(id),
        delivery_id text not null,
        platform text not null,
        topic text not null,
        payload jsonb,
        triggered_at timestamptz,
        received_at timestamptz not null,
        processed_at timestamptz,
        primary key (store_id, delivery_id)
      );
      create index platform_events_pending_idx on platform_events (store_id, received_at)
        where processed_at is null;
    `,
  },
  {
    version: 4,
    name: 'product_mappings_files_publishing',
    sql: /* sql */ `
      alter table jobs drop constraint jobs_kind_check;
      alter table jobs add constraint jobs_kind_check check (kind in ('product_sync',
        'mapping_import', 'order_import', 'postback_delivery', 'production', 'order_poll',
        'file_check', 'product_publish'));
      -- One queued print-file check per provider; a running one may overlap it.
      create unique index jobs_one_file_check_uq on jobs (provider_id)
        where kind = 'file_check' and status = 'queued';

      -- Products made from the catalog exist here first, while they are being published.
      alter table store_products drop constraint store_products_status_check;
      alter table store_products add constraint store_products_status_check
        check (status in ('active', 'draft', 'archived', 'publishing', 'publishing_error'));
      alter table store_products add column publish_job_id text;
      alter table store_products add column publish_error_code text;
      alter table store_products add column publish_error_message text;
      alter table store_products add column search_text text;
      alter table store_variants add column search_text text;
      create index store_products_list_idx on store_products (store_id, title, id);
      update store_products set search_text = lower(concat_ws(' ', title, handle, vendor, product_type));
      update store_variants set search_text = lower(concat_ws(' ', title, sku, barcode,
        (select string_agg(value, ' ') from jsonb_each_text(options))));

      -- A variant's connection to the print catalog. Rows are never deleted with the variant:
      -- a variant the platform drops keeps its mapping (and shows as removed).
      create table variant_mappings (
        variant_id text primary key references store_variants(id),
        store_id text not null references stores(id),
        product_uid text not null,
        files jsonb not null,
        print_specs jsonb not null default '{}',
        created_at timestamptz not null,
        updated_at timestamptz not null
      );
      create index variant_mappings_store_idx on variant_mappings (store_id);

      -- Every change of a variant's mapping, by whom: nothing is lost silently.
      create table mapping_events (
        id text primary key,
        seq bigint generated always as identity,
        variant_id text not null references store_variants(id),
        store_id text not null references stores(id),
        action text not null check (action in ('mapped', 'ignored', 'unmapped')),
        product_uid text,
        files jsonb,
        print_specs jsonb,
        actor text not null,
        created_at timestamptz not null
      );
      create index mapping_events_variant_idx on mapping_events (variant_id, seq);

      -- What fetching a print file found, once per provider and address.
      create table file_checks (
        provider_id text not null references providers(id),
        url text not null,
        status text not null check (status in ('pending', 'checked')),
        outcome text,
        content_type text,
        bytes bigint,
        width integer,
        height integer,
        requested_at timestamptz not null,
        checked_at timestamptz,
        primary key (provider_id, url)
      );
      create index file_checks_pending_idx on file_checks (provider_id, requested_at)
        where status = 'pending';

      -- Uploaded design files; the address carries a token only its hash is kept of.
      create table design_files (
        id text primary key,
        provider_id text not null references providers(id),
        client_id text not null references clients(id),
        store_id text references stores(id),
        token_hash text not null,
        filename text not null,
        content_type text not null,
        bytes bigint not null,
        storage_key text not null,
        created_by text not null,
        created_at timestamptz not null
      );
    `,
  },
  {
    version: 5,
    name: 'mapping_imports',
    sql: /* sql */ `
      -- Bulk mapping imports: rows arrive in numbered chunks, then one job applies them.
      create table mapping_imports (
        id text primary key,
        provider_id text not null references providers(id),
        client_id text not null references clients(id),
        store_id text not null references stores(id),
        status text not null check (status in ('receiving', 'queued', 'running', 'succeeded',
          'failed', 'canceled')),
        dry_run boolean not null,
        filename text,
        total_rows integer not null,
        job_id text,
        done_rows integer not null default 0,
        counts jsonb not null default '{}',
        error_count integer not null default 0,
        actor text not null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        finished_at timestamptz
      );
      create index mapping_imports_store_idx on mapping_imports (store_id, created_at desc, id desc);

      create table mapping_import_rows (
        import_id text not null references mapping_imports(id),
        position integer not null,
        row_number integer not null,
        data jsonb not null,
        variant_id text,
        primary key (import_id, position)
      );
      create index mapping_import_rows_variant_idx on mapping_import_rows (import_id, variant_id)
        where variant_id is not null;

      create table mapping_import_errors (
        import_id text not null references mapping_imports(id),
        position integer not null,
        row_number integer not null,
        col text not null,
        value text not null,
        code text not null,
        message text not null,
        primary key (import_id, position, col)
      );
    `,
  },
  {
    version: 6,
    name: 'orders',
    sql: /* sql */ `
      alter table jobs drop constraint jobs_kind_check;
      alter table jobs add constraint jobs_kind_check check (kind in ('product_sync',
        'mapping_import', 'order_import', 'postback_delivery', 'production', 'order_poll',
        'file_check', 'product_publish', 'order_intake'));
      -- One queued intake per store: a running one may overlap it.
      create unique index jobs_one_order_intake_uq on jobs (store_id)
        where kind = 'order_intake' and status = 'queued';

      -- Shopify stores subscribe to orders/cancelled too: their next sync subscribes again.
      update stores set webhooks_subscribed_at = null where platform = 'shopify';

      -- A delivery whose order could not be read says why, and is not tried again.
      alter table platform_events add column failed_reason text;

      create table orders (
        id text primary key,
        provider_id text not null references providers(id),
        client_id text not null references clients(id),
        store_id text not null references stores(id),
        source text not null check (source in ('platform', 'manual', 'csv', 'test')),
        is_test boolean not null default false,
        platform_order_id text,
        order_reference_id text not null,
        order_type text not null check (order_type in ('order', 'draft')),
        currency text not null,
        shipment_method_uid text,
        shipping_address jsonb,
        metadata jsonb not null default '[]',
        fulfillment_status text not null,
        status_reason text,
        search_text text not null,
        created_at timestamptz not null,
        updated_at timestamptz not null
      );
      -- One order per platform order, and one per reference, per store: always.
      create unique index orders_platform_uq on orders (store_id, platform_order_id)
        where platform_order_id is not null;
      create unique index orders_reference_uq on orders (store_id, order_reference_id);
      create index orders_client_idx on orders (client_id, created_at desc, id desc);
      create index orders_store_status_idx on orders (store_id, fulfillment_status);

      create table order_items (
        id text primary key,
        order_id text not null references orders(id),
        position integer not null,
        item_reference_id text not null,
        platform_line_id text,
        platform_variant_id text,
        title text,
        sku text,
        variant_id text references store_variants(id),
        product_uid text,
        product_name text,
        product_variant jsonb,
        quantity integer not null,
        files jsonb not null default '[]',
        print_specs jsonb not null default '{}',
        fulfillment_status text not null,
        problem text
      );
      create index order_items_order_idx on order_items (order_id, position);
      create index order_items_variant_idx on order_items (variant_id) where problem is not null;

      create table order_events (
        id text primary key,
        seq bigint generated always as identity,
        order_id text not null references orders(id),
        item_id text,
        status text not null,
        note text,
        created_at timestamptz not null
      );
      create index order_events_order_idx on order_events (order_id, seq);

      create table order_tracking (
        order_id text not null references orders(id),
        code text not null,
        url text,
        created_at timestamptz not null,
        primary key (order_id, code)
      );
    `,
  },
  {
    version: 7,
    name: 'postbacks_production',
    sql: /* sql */ `
      alter table jobs drop constraint jobs_kind_check;
      alter table jobs add constraint jobs_kind_check check (kind in ('product_sync',
        'mapping_import', 'order_import', 'postback_delivery', 'production', 'order_poll',
        'file_check', 'product_publish', 'order_intake', 'fulfillment'));
      -- One queued postback dispatcher per provider; one queued production job per order.
      create unique index jobs_one_postback_uq on jobs (provider_id)
        where kind = 'postback_delivery' and status = 'queued';
      create unique index jobs_one_production_uq on jobs (kind, (state->>'orderId'))
        where kind in ('production', 'fulfillment') and status = 'queued';

      create table postback_endpoints (
        id text primary key,
        provider_id text not null references providers(id),
        client_id text references clients(id),
        url text not null,
        events text[] not null,
        enabled boolean not null default true,
        disabled_reason text,
        failing_since timestamptz,
        notify_email text,
        secret text not null,
        previous_secret text,
        previous_secret_expires_at timestamptz,
        deleted_at timestamptz,
        created_at timestamptz not null,
        updated_at timestamptz not null
      );
      create index postback_endpoints_provider_idx on postback_endpoints (provider_id, created_at desc, id desc)
        where deleted_at is null;

      -- A message per event and endpoint: its id is the webhook-id every attempt carries.
      create table postback_deliveries (
        id text primary key,
        seq bigint generated always as identity,
        provider_id text not null references providers(id),
        endpoint_id text not null references postback_endpoints(id),
        message_id text not null,
        event text not null,
        order_id text,
        payload text not null,
        status text not null check (status in ('pending', 'succeeded', 'failed', 'canceled')),
        attempts integer not null default 0,
        next_attempt_at timestamptz,
        response_status integer,
        created_at timestamptz not null,
        finished_at timestamptz
      );
      create index postback_deliveries_due_idx on postback_deliveries (provider_id, next_attempt_at)
        where status = 'pending';
      create index postback_deliveries_endpoint_idx on postback_deliveries (endpoint_id, created_at desc, id desc);
      create index postback_deliveries_order_idx on postback_deliveries (endpoint_id, order_id, seq)
        where status = 'pending';

      create table postback_attempts (
        delivery_id text not null references postback_deliveries(id),
        seq bigint generated always as identity,
        attempted_at timestamptz not null,
        duration_ms integer not null,
        response_status integer,
        response_excerpt text,
        error text,
        trigger text not null
      );
      create index postback_attempts_delivery_idx on postback_attempts (delivery_id, seq desc);
    `,
  },
  {
    version: 8,
    name: 'production_fulfillment',
    sql: /* sql */ `
      create table production_connections (
        provider_id text primary key references providers(id),
        kind text not null check (kind in ('none', 'postbacks', 'gelatoconnect')),
        order_url text,
        api_key text,
        api_key_last4 text,
        status_token_hash text,
        updated_at timestamptz not null
      );
      create unique index production_connections_token_uq on production_connections (status_token_hash)
        where status_token_hash is not null;

      -- The production system's id for an order, and the store's side of its shipping.
      alter table orders add column production_order_id text;
      create index orders_production_idx on orders (production_order_id)
        where production_order_id is not null;
      alter table orders add column store_fulfillment text check (store_fulfillment in
        ('pending', 'sent', 'failed'));
      alter table orders add column store_fulfillment_code text;
      alter table orders add column store_fulfillment_message text;
      alter table orders add column store_fulfillment_at timestamptz;
    `,
  },
  {
    version: 9,
    name: 'user_locale',
    sql: /* sql */ `
      -- The language of a person's emails, chosen by whoever invited them.
      alter table users add column locale text;
    `,
  },
  {
    version: 10,
    name: 'store_removal',
    sql: /* sql */ `
      -- A disconnected store taken off the client's list; its orders keep pointing at it.
      alter table stores add column removed_at timestamptz;
    `,
  },
  {
    version: 11,
    name: 'platform_event_dedupe',
    sql: /* sql */ `
      -- A delivery is also a duplicate when its event (one event, several subscriptions) or
      -- its body (the same signed body under new ids) was recorded before.
      alter table platform_events add column event_id text;
      alter table platform_events add column content_key text;
      create unique index platform_events_event_uq on platform_events (store_id, event_id)
        where event_id is not null;
      create unique index platform_events_content_uq on platform_events (store_id, content_key)
        where content_key is not null;
    `,
  },
  {
    version: 12,
    name: 'mapping_import_writes',
    sql: /* sql */ `
      -- A bulk import writes a hundred thousand rows at a time; each foreign key is a lookup per
      -- row. A mapping's store is its variant's (the variant's own key holds), and an import's
      -- rows and errors are written only under the locked import, which is never deleted: were
      -- imports ever purged, their rows, chunks, variants and errors go first, by import id.
      alter table variant_mappings drop constraint if exists variant_mappings_store_id_fkey;
      alter table mapping_import_rows drop constraint if exists mapping_import_rows_import_id_fkey;
      alter table mapping_import_errors
        drop constraint if exists mapping_import_errors_import_id_fkey;

      -- The chunks an import has received: rows received is their sum, not a scan of the rows.
      create table mapping_import_chunks (
        import_id text not null,
        chunk integer not null,
        rows integer not null,
        primary key (import_id, chunk)
      );
      insert into mapping_import_chunks (import_id, chunk, rows)
        select import_id, position / 2000, count(*)
          from mapping_import_rows group by 1, 2;

      -- The variant each applied row named (the record of the change, and how a later row
      -- naming the same variant is found): a narrow insert per step instead of an update of
      -- every row and its index.
      create table mapping_import_variants (
        import_id text not null,
        variant_id text not null,
        position integer not null,
        row_number integer not null,
        primary key (import_id, variant_id)
      );
      insert into mapping_import_variants (import_id, variant_id, position, row_number)
        select distinct on (import_id, variant_id) import_id, variant_id, position, row_number
          from mapping_import_rows where variant_id is not null
         order by import_id, variant_id, position;
      drop index if exists mapping_import_rows_variant_idx;
      alter table mapping_import_rows drop column variant_id;
      -- Rows are kept as sent and only ever read back whole: text, not parsed into jsonb and
      -- printed back out on every step.
      alter table mapping_import_rows alter column data type text using data::text;

      -- Mappings are only ever found by their variant.
      drop index if exists variant_mappings_store_idx;

      -- Every mapping written changes its variant's status. With the status in the index of a
      -- store's live variants, each change also moved an entry among thousands of equal keys
      -- (measured: over three times the cost of the update itself). Lists and counts filter the
      -- status on the rows the store's key finds.
      drop index if exists store_variants_live_idx;
      create index store_variants_live_idx on store_variants (store_id) where removed_at is null;

      -- File checks are requested only for the provider in hand (providers are never deleted).
      alter table file_checks drop constraint if exists file_checks_provider_id_fkey;
    `,
  },
  {
    version: 13,
    name: 'rate_limit_buckets',
    sql: /* sql */ `
      -- Rate-limit buckets shared by every server process on one database.
      create table rate_limit_buckets (
        key text primary key,
        tokens double precision not null,
        at timestamptz not null,
        taken boolean not null
      );
      create index rate_limit_buckets_at on rate_limit_buckets (at);
    `,
  },
  {
    version: 14,
    name: 'mapping_writes_without_variant_key',
    sql: /* sql */ `
      -- A mapping is written only for a variant found live in the same transaction, and a variant
      -- is deleted only after its mapping has moved or gone (publishing): the key's check, a
      -- lookup per mapping written, was two thirds of the cost of a bulk import's upsert.
      alter table variant_mappings drop constraint if exists variant_mappings_variant_id_fkey;

      -- Room on each page for a variant's new version: a status change (no indexed column) then
      -- stays on its page and leaves the five indexes alone. Pages written from now on.
      alter table store_variants set (fillfactor = 80);

      -- A chunk's rows are kept in one value, as sent (with each row's spreadsheet row number),
      -- and read back a chunk at a time: storing a row per spreadsheet row cost as much as the
      -- judging. Not compressed: it is read once, soon after it is written.
      alter table mapping_import_chunks add column data text;
      alter table mapping_import_chunks alter column data set storage external;
      update mapping_import_chunks c set data = (
        select '[' || string_agg(jsonb_set(r.data::jsonb, '{row}', to_jsonb(r.row_number))::text,
                                 ',' order by r.position) || ']'
          from mapping_import_rows r
         where r.import_id = c.import_id and r.position / 2000 = c.chunk);
      drop table mapping_import_rows;
    `,
  },
  {
    version: 15,
    name: 'import_file_checks',
    sql: /* sql */ `
      -- A bulk import no longer marks its files for checking row by row: it notes which rows
      -- wrote a mapping, and that it has files to check; the provider's check job then marks
      -- their addresses in one statement per import.
      alter table mapping_import_variants add column mapped boolean not null default false;
      alter table mapping_imports add column files_pending boolean not null default false;
      create index mapping_imports_files_pending_idx on mapping_imports (provider_id)
        where files_pending;
    `,
  },
];
