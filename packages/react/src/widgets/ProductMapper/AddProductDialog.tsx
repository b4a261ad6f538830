'use client';
import type { PrintSpecs, StoreProduct } from '@vitrine/sdk';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../components/Button.js';
import { cx } from '../../components/cx.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Field } from '../../components/Field.js';
import {
  type PublishPhase,
  useCreateProduct,
  usePublishing,
  usePublishProduct,
} from '../../hooks/productCreation.js';
import { useCatalogProduct } from '../../hooks/products.js';
import {
  CatalogPicker,
  ChosenProduct,
  type Errors,
  fieldErrors,
  noErrors,
  PrintFileField,
  pageRange,
} from './ConnectDialog.js';
import { areaLabel } from './fileChecks.js';
import type { ProductTranslate } from './text.js';

/** What the API takes as a price: digits, then at most two decimals after a point. */
const pricePattern = /^\d+(\.\d{1,2})?$/;

interface AddErrors extends Errors {
  title?: string;
  description?: string;
  price?: string;
}

export interface AddProductDialogProps {
  storeId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The product as the server created it (`publishing` on platform stores). */
  onCreated?: (product: StoreProduct) => void;
  /** The product once its platform answered: published, a draft, or refused. */
  onSettled?: (product: StoreProduct, phase: Exclude<PublishPhase, 'publishing'>) => void;
  onError?: (error: unknown) => void;
  t: ProductTranslate;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  /** Pause between polls while the product publishes, in milliseconds. @default 1500 */
  publishIntervalMs?: number | undefined;
  className?: string | undefined;
}

/**
 * "Add product": a catalog product (search, category, facets), the store product's title,
 * description, price and whether to publish it now, one print file per area; then it is
 * created, and the dialog follows its publishing: done, a draft, or the platform's refusal in
 * its own words with "Publish again".
 */
export function AddProductDialog(props: AddProductDialogProps) {
  const { t } = props;
  // Each "Add another product" starts a fresh form.
  const [round, setRound] = useState(0);
  const [productId, setProductId] = useState<string | null>(null);
  const close = (open: boolean) => {
    props.onOpenChange(open);
    if (!open) {
      setProductId(null);
      setRound((n) => n + 1);
    }
  };
  return (
    <Dialog
      open={props.open}
      onOpenChange={close}
      title={t('products.add.title')}
      description={t('products.add.description')}
      headingLevel={props.headingLevel}
      className={cx('vt-ProductMapper-dialog vt-ProductMapper-addDialog', props.className)}
    >
      {props.open &&
        (productId === null ? (
          <AddProductForm
            key={round}
            {...props}
            onCancel={() => close(false)}
            onCreated={(product) => {
              setProductId(product.id);
              props.onCreated?.(product);
            }}
          />
        ) : (
          <Publishing
            storeId={props.storeId}
            productId={productId}
            intervalMs={props.publishIntervalMs}
            onSettled={props.onSettled}
            onAnother={() => {
              setProductId(null);
              setRound((n) => n + 1);
            }}
            onDone={() => close(false)}
            t={t}
          />
        ))}
    </Dialog>
  );
}

function AddProductForm(
  props: AddProductDialogProps & {
    onCancel: () => void;
    onCreated: (product: StoreProduct) => void;
  },
) {
  const { t } = props;
  const create = useCreateProduct(props.storeId);
  const [productUid, setProductUid] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(true);
  const [title, setTitle] = useState('');
  const [titleEdited, setTitleEdited] = useState(false);
  const [description, setDescription] = useState('');
  const [price, setPrice] = useState('');
  const [publish, setPublish] = useState(true);
  const [urls, setUrls] = useState<Record<string, string>>({});
  const [pageCount, setPageCount] = useState('');
  const [errors, setErrors] = useState<AddErrors>(noErrors);
  const chosen = useCatalogProduct(productUid);
  const product = chosen.data;
  const areas = product?.printAreas ?? [];
  const range = pageRange(product);
  const formId = useId();
  const Step = `h${Math.min(6, props.headingLevel + 1)}` as 'h3';
  const formRef = useRef<HTMLFormElement | null>(null);

  // The catalog product's title is a start for the store's, until one is typed.
  useEffect(() => {
    if (product && !titleEdited) setTitle(product.title);
  }, [product, titleEdited]);

  const focusFirstError = () =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    const next: AddErrors = { files: {} };
    if (!productUid) next.product = t('products.picker.required');
    if (!title.trim()) next.title = t('products.add.nameRequired');
    if (price.trim() && !pricePattern.test(price.trim()))
      next.price = t('products.add.priceInvalid');
    const first = areas[0];
    if (product && first && !urls[first]?.trim()) {
      next.files[first] = t('products.files.required', { area: areaLabel(first, t) });
    }
    if (next.product || next.title || next.price || Object.keys(next.files).length) {
      setErrors(next);
      if (next.product && !next.title && !next.price) {
        requestAnimationFrame(() =>
          formRef.current?.querySelector<HTMLElement>('input[type="search"]')?.focus(),
        );
      } else focusFirstError();
      return;
    }
    if (!productUid || !product) return;
    const files = areas
      .filter((area) => urls[area]?.trim())
      .map((area) => ({ type: area, url: urls[area]!.trim() }));
    const specs: PrintSpecs | undefined =
      range && pageCount.trim() !== '' ? { pageCount: Number(pageCount) } : undefined;
    setErrors(noErrors);
    try {
      const created = await create.mutateAsync({
        productUid,
        title: title.trim(),
        ...(description.trim() ? { description: description.trim() } : {}),
        ...(price.trim() ? { price: price.trim() } : {}),
        files,
        ...(specs ? { printSpecs: specs } : {}),
        publish,
      });
      props.onCreated(created);
    } catch (error) {
      props.onError?.(error);
      const placed: AddErrors = { files: {} };
      const result: AddErrors = fieldErrors(error, files, areas, range, t, ({ path, code }) => {
        if (path === 'title') {
          placed.title =
            code === 'too_big'
              ? t('validation.tooLong', { max: 255 })
              : t('products.add.nameRequired');
        } else if (path === 'price') {
          placed.price = t('products.add.priceInvalid');
        } else if (path === 'description') {
          placed.description = t('validation.tooLong', { max: 10_000 });
        } else return false;
        return true;
      });
      setErrors({ ...result, ...placed, files: result.files });
      focusFirstError();
    }
  }

  const saving = create.isPending;
  return (
    <form
      ref={formRef}
      className="vt-ProductMapper-form"
      onSubmit={submit}
      noValidate
      aria-busy={saving}
      data-state={saving ? 'submitting' : 'idle'}
    >
      <section className="vt-ProductMapper-step" aria-labelledby={`${formId}-product`}>
        <Step id={`${formId}-product`} className="vt-ProductMapper-stepTitle">
          {t('products.dialog.step.product')}
        </Step>
        {choosing && (
          <CatalogPicker
            value={productUid}
            onChange={(uid) => {
              setProductUid(uid);
              setErrors(({ product: _, ...rest }) => rest);
            }}
            t={t}
          />
        )}
        {productUid && (
          <ChosenProduct
            product={product}
            loading={chosen.isLoading}
            error={chosen.error}
            onChange={choosing ? undefined : () => setChoosing(true)}
            t={t}
          />
        )}
        {errors.product && (
          <p className="vt-Field-error" role="alert">
            {errors.product}
          </p>
        )}
      </section>

      <section className="vt-ProductMapper-step" aria-labelledby={`${formId}-details`}>
        <Step id={`${formId}-details`} className="vt-ProductMapper-stepTitle">
          {t('products.add.step.details')}
        </Step>
        <Field
          label={t('products.add.name')}
          hint={t('products.add.nameHint')}
          error={errors.title}
        >
          <input
            className="vt-Input"
            type="text"
            autoComplete="off"
            maxLength={255}
            aria-required
            value={title}
            onChange={(e) => {
              setTitleEdited(true);
              setTitle(e.target.value);
            }}
          />
        </Field>
        <Field
          label={t('products.add.descriptionLabel')}
          optionalLabel={t('common.optional')}
          error={errors.description}
        >
          <textarea
            className="vt-Input vt-ProductMapper-description"
            rows={3}
            maxLength={10_000}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </Field>
        <Field
          label={t('products.add.price')}
          hint={t('products.add.priceHint')}
          optionalLabel={t('common.optional')}
          error={errors.price}
        >
          <input
            className="vt-Input vt-ProductMapper-price"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            placeholder="24.00"
            value={price}
            onChange={(e) => setPrice(e.target.value)}
          />
        </Field>
        <div className="vt-ProductMapper-publish">
          <label className="vt-ProductMapper-publishToggle">
            <input
              type="checkbox"
              checked={publish}
              aria-describedby={`${formId}-publish-hint`}
              onChange={(e) => setPublish(e.target.checked)}
            />
            {t('products.add.publish')}
          </label>
          <p id={`${formId}-publish-hint`} className="vt-Field-hint">
            {t('products.add.publishHint')}
          </p>
        </div>
      </section>

      {product && (
        <section className="vt-ProductMapper-step" aria-labelledby={`${formId}-files`}>
          <Step id={`${formId}-files`} className="vt-ProductMapper-stepTitle">
            {t('products.add.step.files')}
          </Step>
          <p className="vt-Field-hint">{t('products.files.hint')}</p>
          {areas.map((area, i) => (
            <PrintFileField
              key={area}
              storeId={props.storeId}
              area={area}
              required={i === 0}
              value={urls[area] ?? ''}
              onChange={(url) => setUrls((u) => ({ ...u, [area]: url }))}
              error={errors.files[area]}
              t={t}
            />
          ))}
          {range && (
            <Field
              label={t('products.pageCount')}
              hint={t('products.pageCount.hint', { min: range[0], max: range[1] })}
              optionalLabel={t('common.optional')}
              error={errors.pageCount}
            >
              <input
                className="vt-Input vt-ProductMapper-pages"
                type="number"
                inputMode="numeric"
                min={range[0]}
                max={range[1]}
                step={1}
                value={pageCount}
                onChange={(e) => setPageCount(e.target.value)}
              />
            </Field>
          )}
        </section>
      )}

      {errors.general !== undefined && <ErrorAlert error={errors.general} />}
      <div className="vt-Actions">
        <Button variant="ghost" onClick={props.onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" pending={saving}>
          {saving
            ? t('products.add.creating')
            : publish
              ? t('products.add.submitPublish')
              : t('products.add.submit')}
        </Button>
      </div>
    </form>
  );
}

/** After creating: the product's way onto its platform, and what to do next. */
function Publishing(props: {
  storeId: string;
  productId: string;
  intervalMs: number | undefined;
  onSettled: AddProductDialogProps['onSettled'];
  onAnother: () => void;
  onDone: () => void;
  t: ProductTranslate;
}) {
  const { t } = props;
  const publishing = usePublishing(
    props.storeId,
    props.productId,
    props.intervalMs ? { intervalMs: props.intervalMs } : {},
  );
  const retry = usePublishProduct(props.storeId);
  const { product, phase } = publishing;
  const name = product?.title ?? '';
  const outcome = useRef<HTMLDivElement | null>(null);

  // Focus follows the outcome: the form that had it is gone, and each phase says what next.
  useEffect(() => {
    if (phase) outcome.current?.focus();
  }, [phase]);
  const settled = useRef(props.onSettled);
  settled.current = props.onSettled;
  const reported = useRef<PublishPhase | null>(null);
  useEffect(() => {
    if (!product || !phase || phase === 'publishing' || reported.current === phase) return;
    reported.current = phase;
    settled.current?.(product, phase);
  }, [product, phase]);
  useEffect(() => {
    if (phase === 'publishing') reported.current = null;
  }, [phase]);

  if (!product || !phase) {
    return publishing.loadError ? (
      <ErrorAlert error={publishing.loadError} onRetry={() => publishing.refetch()} />
    ) : (
      <p className="vt-ProductMapper-loading" role="status">
        <span className="vt-Spinner" aria-hidden="true" /> {t('common.loading')}
      </p>
    );
  }
  return (
    <div className="vt-ProductMapper-publishing" data-state={phase}>
      <div ref={outcome} tabIndex={-1} className="vt-ProductMapper-outcome">
        {phase === 'publishing' ? (
          <div role="status" className="vt-ProductMapper-loading">
            <span className="vt-Spinner" aria-hidden="true" />{' '}
            <span>
              {t('products.add.publishing', { name })}
              {publishing.attempts > 1 && (
                <> {t('products.add.retrying', { count: publishing.attempts })}</>
              )}
            </span>
          </div>
        ) : phase === 'failed' ? (
          <div role="alert" className="vt-Alert" data-tone="danger">
            <p className="vt-ProductMapper-outcomeTitle">{t('products.add.failed', { name })}</p>
            {publishing.error && (
              <p className="vt-ProductMapper-reason">{publishing.error.message}</p>
            )}
            <p>{t('products.add.failedHint')}</p>
          </div>
        ) : (
          <p role="status" className="vt-Notice">
            {phase === 'published'
              ? t('products.add.published', { name })
              : t('products.add.draft', { name })}
          </p>
        )}
      </div>
      {retry.error ? <ErrorAlert error={retry.error} /> : null}
      <div className="vt-Actions">
        {phase === 'failed' ? (
          <Button
            variant="primary"
            pending={retry.isPending}
            onClick={() => {
              retry.reset();
              void retry.mutateAsync(props.productId).catch(() => undefined);
            }}
          >
            {t('products.add.retry')}
          </Button>
        ) : phase !== 'publishing' ? (
          <Button onClick={props.onAnother}>{t('products.add.another')}</Button>
        ) : null}
        <Button variant={phase === 'failed' ? 'ghost' : 'primary'} onClick={props.onDone}>
          {t('products.add.done')}
        </Button>
      </div>
    </div>
  );
}
