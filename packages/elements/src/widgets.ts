import {
  AccessToggle,
  BulkCsvImporter,
  ClientForm,
  OrderDetail,
  OrderForm,
  OrderList,
  ProductMapper,
  StoreConnectButton,
  StoreList,
  TestOrderButton,
  UserManager,
} from '@vitrine/react';
import type { AttributeSpec, Emit, WidgetSpec } from './element.js';

const string = (prop: string): AttributeSpec => ({ prop, type: 'string' });
const boolean = (prop: string): AttributeSpec => ({ prop, type: 'boolean' });
const number = (prop: string): AttributeSpec => ({ prop, type: 'number' });
const interval = (prop: string): AttributeSpec => ({ prop, type: 'interval' });

const headings = {
  'heading-level': number('headingLevel'),
  'hide-title': boolean('hideTitle'),
};

/** `vitrine-error` with `{ error, action? }`, and `vitrine-ready` with what the widget loaded. */
const common = (emit: Emit, ready: (...args: unknown[]) => unknown = () => undefined) => ({
  onError: (error: unknown, action?: unknown) => emit('vitrine-error', { error, action }),
  onReady: (...args: unknown[]) => emit('vitrine-ready', ready(...args)),
});

/** Callbacks whose presence changes what a widget shows are only passed when asked for. */
const when = (element: HTMLElement, attribute: string, callback: unknown) =>
  element.hasAttribute(attribute) ? callback : undefined;

const inline = ':host { display: inline-block; }';

let csvWorkerUrl: string | null = null;

/**
 * Where the script-tag build's CSV worker is (next to the script). The worker must come from the
 * page's origin: from elsewhere it cannot start, and files are read on the main thread.
 */
export function setCsvWorkerUrl(url: string | null): void {
  csvWorkerUrl = url;
}

export const widgets: readonly WidgetSpec[] = [
  {
    tag: 'vitrine-client-form',
    component: ClientForm,
    attributes: {
      'client-id': string('clientId'),
      'reset-on-success': boolean('resetOnSuccess'),
      'hide-title': boolean('hideTitle'),
    },
    properties: ['defaultValues'],
    events: (emit, element) => ({
      ...common(emit),
      onSuccess: (client: unknown) =>
        emit(
          element.hasAttribute('client-id') ? 'vitrine-client-updated' : 'vitrine-client-created',
          {
            client,
          },
        ),
      onCancel: when(element, 'cancelable', () => emit('vitrine-cancel')),
    }),
  },
  {
    tag: 'vitrine-access-toggle',
    component: AccessToggle,
    required: ['client-id'],
    attributes: {
      'client-id': string('clientId'),
      'client-name': string('clientName'),
      'refetch-interval': interval('refetchInterval'),
      'read-only': boolean('readOnly'),
      ...headings,
    },

    events: (emit) => ({
      ...common(emit, (access) => ({ access })),
      onSuccess: (access: unknown, action: unknown) =>
        emit('vitrine-access-changed', { access, action }),
    }),
  },
  {
    tag: 'vitrine-store-connect-button',
    component: StoreConnectButton,
    required: ['client-id'],
    css: inline,
    attributes: {
      'client-id': string('clientId'),
      platforms: { prop: 'platforms', type: 'list' },
      mode: string('mode'),
      'return-url': string('returnUrl'),
      'store-id': string('storeId'),
      variant: string('variant'),
      'heading-level': number('headingLevel'),
    },

    events: (emit) => ({
      ...common(emit),
      onConnected: (store: unknown) => emit('vitrine-store-connected', { store }),
      onStateChange: (state: unknown) => emit('vitrine-state-change', { state }),
    }),
  },
  {
    tag: 'vitrine-store-list',
    component: StoreList,
    required: ['client-id'],
    attributes: {
      'client-id': string('clientId'),
      'read-only': boolean('readOnly'),
      ...headings,
    },

    events: (emit, element) => ({
      ...common(emit, (stores) => ({ stores })),
      onSuccess: (action: unknown, store: unknown) =>
        emit('vitrine-store-action', { action, store }),
      onSelect: when(element, 'selectable', (store: unknown) =>
        emit('vitrine-store-select', { store }),
      ),
    }),
  },
  {
    tag: 'vitrine-product-mapper',
    component: ProductMapper,
    required: ['store-id'],
    attributes: {
      'store-id': string('storeId'),
      'read-only': boolean('readOnly'),
      'allow-add-product': boolean('allowAddProduct'),
      'page-size': number('pageSize'),
      'list-height': string('listHeight'),
      ...headings,
    },
    properties: ['defaultFilters'],
    events: (emit) => ({
      ...common(emit, (counts) => ({ counts })),
      onSuccess: (action: unknown, result: { updated: number }) =>
        emit('vitrine-mapping-changed', { action, updated: result.updated }),
      onProductAdded: (product: unknown) => emit('vitrine-product-added', { product }),
    }),
  },
  {
    tag: 'vitrine-bulk-csv-importer',
    component: BulkCsvImporter,
    required: ['store-id'],
    attributes: {
      'store-id': string('storeId'),
      'poll-interval-ms': number('pollIntervalMs'),
      ...headings,
    },
    defaults: () =>
      csvWorkerUrl ? { createWorker: () => new Worker(csvWorkerUrl!, { type: 'module' }) } : {},
    properties: ['createWorker', 'retry'],
    events: (emit) => ({
      ...common(emit),
      onSuccess: (result: unknown) => emit('vitrine-import-finished', { result }),
      onStateChange: (state: unknown) => emit('vitrine-state-change', { state }),
      // `preventDefault()` on `vitrine-download` saves the file your own way.
      onDownload: (file: File) =>
        emit('vitrine-download', { file }, { cancelable: true }).defaultPrevented
          ? false
          : undefined,
    }),
  },
  {
    tag: 'vitrine-user-manager',
    component: UserManager,
    required: ['client-id'],
    attributes: {
      'client-id': string('clientId'),
      'read-only': boolean('readOnly'),
      ...headings,
    },

    events: (emit) => ({
      ...common(emit, (users) => ({ users })),
      // `preventDefault()` on `vitrine-before-action` stops the action.
      onBeforeAction: (action: unknown) =>
        emit('vitrine-before-action', { action }, { cancelable: true }).defaultPrevented
          ? false
          : undefined,
      onSuccess: (action: unknown, result: unknown) =>
        emit('vitrine-user-action', { action, result }),
    }),
  },
  {
    tag: 'vitrine-order-list',
    component: OrderList,
    required: ['client-id'],
    attributes: {
      'client-id': string('clientId'),
      'store-id': string('storeId'),
      'page-size': number('pageSize'),
      'refetch-interval': interval('refetchInterval'),
      'search-delay-ms': number('searchDelayMs'),
      ...headings,
    },
    properties: ['defaultFilters'],
    events: (emit, element) => ({
      ...common(emit, (orders) => ({ orders })),
      onSelect: when(element, 'selectable', (order: unknown) =>
        emit('vitrine-order-select', { order }),
      ),
      onMapProduct: when(element, 'map-product', (order: unknown, item: unknown) =>
        emit('vitrine-map-product', { order, item }),
      ),
    }),
  },
  {
    tag: 'vitrine-order-detail',
    component: OrderDetail,
    required: ['order-id'],
    attributes: {
      'order-id': string('orderId'),
      'read-only': boolean('readOnly'),
      'refetch-interval': interval('refetchInterval'),
      'heading-level': number('headingLevel'),
    },

    events: (emit, element) => ({
      ...common(emit, (order) => ({ order })),
      onSuccess: (action: unknown, order: unknown) =>
        emit('vitrine-order-action', { action, order }),
      onBack: when(element, 'back', () => emit('vitrine-back')),
      onMapProduct: when(element, 'map-product', (order: unknown, item: unknown) =>
        emit('vitrine-map-product', { order, item }),
      ),
    }),
  },
  {
    tag: 'vitrine-order-form',
    component: OrderForm,
    required: ['store-id'],
    attributes: {
      'store-id': string('storeId'),
      'reset-on-success': boolean('resetOnSuccess'),
      ...headings,
    },
    properties: ['defaultValues'],
    events: (emit, element) => ({
      ...common(emit),
      onSuccess: (order: unknown) => emit('vitrine-order-created', { order }),
      onCancel: when(element, 'cancelable', () => emit('vitrine-cancel')),
    }),
  },
  {
    tag: 'vitrine-test-order-button',
    component: TestOrderButton,
    required: ['store-id'],
    css: inline,
    attributes: {
      'store-id': string('storeId'),
      'store-name': string('storeName'),
      'variant-id': string('variantId'),
      variant: string('variant'),
    },

    events: (emit) => ({
      ...common(emit),
      onSuccess: (order: unknown) => emit('vitrine-order-created', { order }),
    }),
  },
];
