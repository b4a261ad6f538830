'use client';
import { isApiError, type Order } from '@vitrine/sdk';
import { useState } from 'react';
import { Button, type ButtonProps } from '../../components/Button.js';
import { cx } from '../../components/cx.js';
import { useCurrentSession } from '../../hooks/access.js';
import { useCreateTestOrder } from '../../hooks/orders.js';
import { useOrderText } from '../../i18n/orders.js';
import { errorMessage } from '../../i18n/translate.js';

export type TestOrderButtonPart = 'root' | 'button' | 'notice' | 'error';

export interface TestOrderButtonProps {
  storeId: string;
  /** The store's name: the button then says where the order goes, for screen readers too. */
  storeName?: string;
  /** One of the store's mapped variants; the first mapped one of an active product by default. */
  variantId?: string;
  /** Called with the test order as the server placed it, e.g. to open it. */
  onSuccess?: (order: Order) => void;
  onError?: (error: unknown) => void;
  variant?: ButtonProps['variant'];
  className?: string;
  classNames?: Partial<Record<TestOrderButtonPart, string>>;
}

/**
 * "Send a test order": a test order on the store from one of its mapped variants, which goes the
 * whole way and is never printed. Only sessions with `orders:manage` see it.
 */
export function TestOrderButton(props: TestOrderButtonProps) {
  const { classNames = {} } = props;
  const t = useOrderText();
  const session = useCurrentSession();
  const create = useCreateTestOrder();
  const [placed, setPlaced] = useState<Order | null>(null);
  if (!session.data?.capabilities.includes('orders:manage')) return null;

  const send = async () => {
    setPlaced(null);
    try {
      const order = await create.mutateAsync({
        storeId: props.storeId,
        ...(props.variantId ? { variantId: props.variantId } : {}),
      });
      setPlaced(order);
      props.onSuccess?.(order);
    } catch (error) {
      props.onError?.(error);
    }
  };
  const state = create.isPending
    ? 'submitting'
    : create.isError
      ? 'error'
      : placed
        ? 'success'
        : 'idle';
  const error = create.error;
  return (
    <span className={cx('vt-TestOrder-root', props.className, classNames.root)} data-state={state}>
      <Button
        variant={props.variant ?? 'ghost'}
        className={classNames.button}
        pending={create.isPending}
        aria-label={
          props.storeName ? t('testOrder.buttonFor', { store: props.storeName }) : undefined
        }
        onClick={send}
      >
        {create.isPending ? t('testOrder.sending') : t('testOrder.button')}
      </Button>
      <span className={cx('vt-TestOrder-notice', classNames.notice)} role="status">
        {placed ? t('testOrder.sent', { reference: placed.orderReferenceId }) : ''}
      </span>
      {error ? (
        <span className={cx('vt-TestOrder-error', classNames.error)} role="alert">
          {isApiError(error) && error.code === 'variant_unmapped'
            ? t('testOrder.noMapped')
            : errorMessage(error, t)}
        </span>
      ) : null}
    </span>
  );
}
