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
];
