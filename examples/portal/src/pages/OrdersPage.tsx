import { OrderDetail, OrderForm, OrderList, useStore, useVitrine } from '@vitrine/react';
import { PageHeader } from '../components/AdminLayout.js';
import { usePortalLocale } from '../i18n.js';
import { navigate } from '../router.js';

/**
 * `/account/orders`: the client's orders. OrderList filters, pages and stays live on its own;
 * a reference opens the order's page. The page's heading names it, so the list's title is kept
 * for screen readers only.
 */
export function OrdersPage(props: { clientId: string }) {
  const { t } = usePortalLocale();
  return (
    <>
      <PageHeader title={t('client.orders')} subtitle={t('orders.subtitle')} />
      <OrderList
        clientId={props.clientId}
        headingLevel={2}
        hideTitle
        className="nw-orders"
        onSelect={(order) => navigate(`/account/orders/${order.id}`)}
      />
    </>
  );
}

/** `/account/orders/:orderId`: one order, with release and cancel for those who may. */
export function OrderPage(props: { orderId: string; backTo: string }) {
  const { t } = usePortalLocale();
  return (
    <>
      <PageHeader title={t('orders.detailTitle')} />
      <OrderDetail
        key={props.orderId}
        orderId={props.orderId}
        className="nw-order"
        onBack={() => navigate(props.backTo)}
      />
    </>
  );
}

/** `/account/stores/:storeId/new-order`: an order by hand on a (manual) store. */
export function PlaceOrderPage(props: { storeId: string }) {
  const { t } = usePortalLocale();
  const vitrine = useVitrine();
  const store = useStore(props.storeId);
  const name = store.data?.name;
  return (
    <>
      <PageHeader
        title={t('orders.placeTitle')}
        subtitle={name ? t('orders.placeSubtitle', { store: name }) : vitrine.t('common.loading')}
      />
      {/* The form is a region named by its own (hidden) title. */}
      <div className="nw-card nw-place-order">
        <OrderForm
          storeId={props.storeId}
          hideTitle
          headingLevel={2}
          onCancel={() => navigate('/account/stores')}
          onSuccess={(order) => navigate(`/account/orders/${order.id}`)}
        />
      </div>
    </>
  );
}
