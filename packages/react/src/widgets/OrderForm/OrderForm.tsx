'use client';
import { errorCodes, isApiError, type Order } from '@vitrine/sdk';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Button } from '../../components/Button.js';
import { cx } from '../../components/cx.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Field } from '../../components/Field.js';
import { printAreaText } from '../../components/orderStatus.js';
import { useCurrentSession } from '../../hooks/access.js';
import { countryOptions, orderCurrencies } from '../../hooks/orderModel/countries.js';
import {
  emptyOrderForm,
  filesForAreas,
  formPathOf,
  newOrderItem,
  type OrderFormValues,
  type OrderItemKind,
  suggestReference,
  toOrderBody,
  validateOrderForm,
} from '../../hooks/orderModel/form.js';
import {
  type OrderableVariant,
  useCatalogSearch,
  useCreateOrder,
  useDebouncedValue,
  useOrderableVariants,
} from '../../hooks/orders.js';
import {
  type FieldError,
  type FieldErrors,
  type FormApi,
  useForm,
  type Validate,
} from '../../hooks/useForm.js';
import type { MessageKey } from '../../i18n/messages/en.js';
import type { OrderMessageKey } from '../../i18n/messages/orders/en.js';
import type { OrderTranslate } from '../../i18n/orders.js';
import { useOrderText } from '../../i18n/orders.js';
import { useVitrine } from '../../provider/VitrineProvider.js';

export type OrderFormPart =
  | 'root'
  | 'title'
  | 'form'
  | 'section'
  | 'item'
  | 'field'
  | 'input'
  | 'actions'
  | 'submit'
  | 'notice'
  | 'error';

export interface OrderFormProps {
  /** The store the order is placed on (usually a manual store). */
  storeId: string;
  /** Starting values, e.g. a currency or a reference of your own. */
  defaultValues?: Partial<Omit<OrderFormValues, 'items'>>;
  /** Called with the order as the server placed it. */
  onSuccess?: (order: Order) => void;
  /** Called with the SDK error when placing fails. */
  onError?: (error: unknown) => void;
  /** Shows a Cancel button that calls this. */
  onCancel?: () => void;
  /** Start a new, empty order after one is placed. @default true */
  resetOnSuccess?: boolean;
  /** The title's heading level; the form's sections are one below. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Keep the title for screen readers only, when the host page shows its own. @default false */
  hideTitle?: boolean;
  className?: string;
  classNames?: Partial<Record<OrderFormPart, string>>;
}

type Form = FormApi<OrderFormValues, OrderFormValues>;

/** The form model's checks; a limit travels in `message`. */
const validate: Validate<OrderFormValues, OrderFormValues> = (values) => {
  const issues = validateOrderForm(values);
  if (issues.length === 0) return { ok: true, data: values };
  return {
    ok: false,
    issues: issues.map((issue) => ({
      path: issue.path,
      type: issue.code,
      message: issue.limit === undefined ? '' : String(issue.limit),
    })),
  };
};

const apiCodes = new Set<string>(errorCodes);

/** A field's problem in words: the form model's codes, zod's, or the API's. */
function issueText(t: OrderTranslate, error: FieldError | undefined, format?: 'email' | 'url') {
  if (!error) return undefined;
  const type = String(error.type);
  const limit = Number(error.message || 0);
  switch (type) {
    case 'required':
      return t('validation.required');
    case 'quantity':
      return t('validation.quantity');
    case 'print_area_required':
      return t('validation.printAreaRequired');
    case 'print_area_invalid':
      return t('validation.printAreaInvalid');
    case 'too_big':
      return t('validation.tooLong', { max: limit });
    case 'too_small':
      return limit > 1 ? t('validation.tooShort', { min: limit }) : t('validation.required');
    case 'not_found':
      return t('error.variant_not_found');
    case 'invalid_format':
    case 'invalid_string':
      return format === 'email'
        ? t('validation.email')
        : format === 'url'
          ? t('validation.fileUrl')
          : t('validation.invalid');
    default:
      return apiCodes.has(type) && type !== 'validation_failed'
        ? t(`error.${type}` as MessageKey)
        : t('validation.invalid');
  }
}

const errorAt = (errors: FieldErrors, path: string): FieldError | undefined => errors[path];

/**
 * Places an order by hand on a store: what to print (the store's mapped products, or catalog
 * products with a file per print area), how many, and where to ship it, with a country picker in
 * the widget's language. Checked as the API checks it before sending; the server's field errors
 * land on their fields. Sessions without `orders:manage` are told why they cannot place one.
 */
export function OrderForm(props: OrderFormProps) {
  const { storeId, onSuccess, onError, classNames = {} } = props;
  const { locale } = useVitrine();
  const t = useOrderText();
  const session = useCurrentSession();
  const capabilities = session.data?.capabilities ?? [];
  const canPlace = capabilities.includes('orders:manage');
  const canReadProducts = capabilities.includes('products:read');
  const orderable = useOrderableVariants(storeId, { enabled: canPlace && canReadProducts });
  const variants = orderable.data ?? [];
  const create = useCreateOrder(storeId);
  const [placed, setPlaced] = useState<Order | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const titleId = useId();
  const level = props.headingLevel ?? 3;
  const Title = `h${level}` as 'h3';
  const Section = `h${Math.min(6, level + 1)}` as 'h4';

  const initial = () => ({
    ...emptyOrderForm(),
    ...props.defaultValues,
    shippingAddress: {
      ...emptyOrderForm().shippingAddress,
      ...props.defaultValues?.shippingAddress,
    },
  });
  const form = useForm<OrderFormValues>({
    validate,
    defaultValues: initial(),
    mode: 'onSubmit',
    shouldFocusError: false,
  });
  const { register, handleSubmit, formState, setError, reset } = form;
  const items = form.fieldArray('items');
  const errors = formState.errors;

  /** Moves focus to the first field with a problem, in the form's order. */
  const focusFirst = (paths: string[]) => {
    requestAnimationFrame(() => {
      for (const path of paths) {
        const element = formRef.current?.querySelector<HTMLElement>(`[data-path="${path}"]`);
        if (element) {
          element.focus();
          return;
        }
      }
    });
  };

  const onSubmit = handleSubmit(
    async (values) => {
      setPlaced(null);
      try {
        const order = await create.mutateAsync(toOrderBody(values));
        setPlaced(order);
        if (props.resetOnSuccess ?? true)
          reset({ ...initial(), orderReferenceId: suggestReference() });
        onSuccess?.(order);
      } catch (error) {
        if (isApiError(error) && error.fields?.length) {
          const paths = error.fields.map((f) => formPathOf(f.path, values));
          error.fields.forEach((f, i) => {
            setError(paths[i]!, { type: f.code, message: '' });
          });
          focusFirst(paths);
        }
        onError?.(error);
      }
    },
    () => focusFirst(validateOrderForm(form.getValues()).map((i) => i.path)),
  );

  const state = !session.data
    ? 'loading'
    : create.isPending
      ? 'submitting'
      : create.isError
        ? 'error'
        : placed
          ? 'success'
          : 'idle';
  const text = (path: string, format?: 'email' | 'url') =>
    issueText(t, errorAt(errors, path), format);
  const countries = useMemo(() => countryOptions(locale), [locale]);

  const addressField = (
    name: keyof OrderFormValues['shippingAddress'],
    label: OrderMessageKey,
    options: { optional?: boolean; autoComplete?: string; type?: string; format?: 'email' } = {},
  ) => (
    <Field
      label={t(label)}
      optionalLabel={options.optional ? t('common.optional') : undefined}
      error={text(`shippingAddress.${name}`, options.format)}
      className={cx('vt-OrderForm-field', `vt-OrderForm-${name}`, classNames.field)}
    >
      <input
        className={cx('vt-Input', classNames.input)}
        type={options.type ?? 'text'}
        autoComplete={options.autoComplete}
        data-path={`shippingAddress.${name}`}
        {...register(`shippingAddress.${name}`)}
      />
    </Field>
  );

  return (
    <section
      className={cx('vt-OrderForm-root', props.className, classNames.root)}
      data-state={state}
      aria-labelledby={titleId}
      aria-busy={state === 'loading' || state === 'submitting'}
    >
      <Title
        id={titleId}
        className={cx(
          'vt-OrderForm-title',
          props.hideTitle && 'vt-VisuallyHidden',
          classNames.title,
        )}
      >
        {t('orderForm.title')}
      </Title>
      {!props.hideTitle && <p className="vt-OrderForm-description">{t('orderForm.description')}</p>}
      {session.data && !canPlace ? (
        <p className="vt-OrderForm-readOnly">{t('orderForm.readOnly')}</p>
      ) : (
        <form
          ref={formRef}
          className={cx('vt-OrderForm-form', classNames.form)}
          noValidate
          onSubmit={onSubmit}
          aria-labelledby={titleId}
        >
          <div className={cx('vt-OrderForm-section', 'vt-OrderForm-order', classNames.section)}>
            <Field
              label={t('orderForm.reference')}
              hint={t('orderForm.reference.hint')}
              error={text('orderReferenceId')}
              className={cx('vt-OrderForm-field', classNames.field)}
            >
              <input
                className={cx('vt-Input', classNames.input)}
                data-path="orderReferenceId"
                {...register('orderReferenceId')}
              />
            </Field>
            <Field
              label={t('orderForm.currency')}
              error={text('currency')}
              className={cx('vt-OrderForm-field', classNames.field)}
            >
              <select
                className={cx('vt-Input', classNames.input)}
                data-path="currency"
                {...register('currency')}
              >
                {orderCurrencies.map((code) => (
                  <option key={code} value={code}>
                    {code} · {currencyName(code, locale)}
                  </option>
                ))}
              </select>
            </Field>
          </div>

          <fieldset
            className={cx('vt-OrderForm-section', 'vt-OrderForm-items', classNames.section)}
          >
            <legend>
              <Section className="vt-OrderForm-sectionTitle">{t('orderForm.items')}</Section>
            </legend>
            {items.fields.map((field, index) => (
              <ItemFields
                key={field.id}
                form={form}
                index={index}
                count={items.fields.length}
                variants={variants}
                offerVariants={canReadProducts && variants.length > 0}
                className={classNames.item}
                inputClassName={classNames.input}
                onRemove={() => items.remove(index)}
              />
            ))}
            {canReadProducts && orderable.isSuccess && variants.length === 0 && (
              <p className="vt-OrderForm-hint">{t('orderForm.item.variant.none')}</p>
            )}
            <div>
              <Button
                variant="secondary"
                onClick={() =>
                  items.append(newOrderItem(variants.length > 0 ? 'variant' : 'catalog'))
                }
              >
                {t('orderForm.addItem')}
              </Button>
            </div>
          </fieldset>

          <fieldset
            className={cx('vt-OrderForm-section', 'vt-OrderForm-address', classNames.section)}
          >
            <legend>
              <Section className="vt-OrderForm-sectionTitle">{t('orderForm.address')}</Section>
            </legend>
            <div className="vt-OrderForm-grid">
              {addressField('firstName', 'orderForm.firstName', { autoComplete: 'given-name' })}
              {addressField('lastName', 'orderForm.lastName', { autoComplete: 'family-name' })}
              {addressField('companyName', 'orderForm.companyName', {
                optional: true,
                autoComplete: 'organization',
              })}
              {addressField('addressLine1', 'orderForm.addressLine1', {
                autoComplete: 'address-line1',
              })}
              {addressField('addressLine2', 'orderForm.addressLine2', {
                optional: true,
                autoComplete: 'address-line2',
              })}
              {addressField('postCode', 'orderForm.postCode', { autoComplete: 'postal-code' })}
              {addressField('city', 'orderForm.city', { autoComplete: 'address-level2' })}
              {addressField('state', 'orderForm.state', {
                optional: true,
                autoComplete: 'address-level1',
              })}
              <Field
                label={t('orderForm.country')}
                error={text('shippingAddress.country')}
                className={cx('vt-OrderForm-field', 'vt-OrderForm-country', classNames.field)}
              >
                <select
                  className={cx('vt-Input', classNames.input)}
                  autoComplete="country"
                  data-path="shippingAddress.country"
                  {...register('shippingAddress.country')}
                >
                  <option value="">{t('orderForm.country.choose')}</option>
                  {countries.map((country) => (
                    <option key={country.code} value={country.code}>
                      {country.name}
                    </option>
                  ))}
                </select>
              </Field>
              {addressField('email', 'orderForm.email', {
                type: 'email',
                autoComplete: 'email',
                format: 'email',
              })}
              {addressField('phone', 'orderForm.phone', {
                optional: true,
                type: 'tel',
                autoComplete: 'tel',
              })}
            </div>
          </fieldset>

          {create.isError && <ErrorAlert error={create.error} className={classNames.error} />}
          <p className={cx('vt-Notice', classNames.notice)} role="status" hidden={!placed}>
            {placed ? t('orderForm.success', { reference: placed.orderReferenceId }) : ''}
          </p>
          <div className={cx('vt-Actions', classNames.actions)}>
            {props.onCancel && (
              <Button variant="ghost" onClick={props.onCancel}>
                {t('common.cancel')}
              </Button>
            )}
            <Button
              type="submit"
              variant="primary"
              pending={create.isPending}
              className={classNames.submit}
            >
              {create.isPending ? t('orderForm.submitting') : t('orderForm.submit')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

function currencyName(code: string, locale: string) {
  try {
    return new Intl.DisplayNames([locale], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** One item: what it is (a store product or a catalog product with its files) and how many. */
function ItemFields(props: {
  form: Form;
  index: number;
  count: number;
  variants: OrderableVariant[];
  offerVariants: boolean;
  className: string | undefined;
  inputClassName: string | undefined;
  onRemove: () => void;
}) {
  const { form, index } = props;
  const t = useOrderText();
  const { register, watch, setValue, formState } = form;
  const item = watch<OrderFormValues['items'][number]>(`items.${index}`);
  const at = `items.${index}` as const;
  const errorText = (path: string, format?: 'email' | 'url') =>
    issueText(t, errorAt(formState.errors, path), format);
  const kind: OrderItemKind = props.offerVariants ? item.kind : 'catalog';
  useEffect(() => {
    if (!props.offerVariants && item.kind !== 'catalog') setValue(`${at}.kind`, 'catalog');
  }, [props.offerVariants, item.kind, setValue, at]);
  const byProduct = useMemo(() => {
    const groups = new Map<string, { title: string; variants: OrderableVariant[] }>();
    for (const v of props.variants) {
      const group = groups.get(v.product.id) ?? { title: v.product.title, variants: [] };
      group.variants.push(v);
      groups.set(v.product.id, group);
    }
    return [...groups.values()];
  }, [props.variants]);
  const number = index + 1;

  return (
    <fieldset className={cx('vt-OrderForm-item', props.className)} data-kind={kind}>
      <legend className="vt-OrderForm-itemTitle">{t('orderForm.item', { number })}</legend>
      {props.offerVariants && (
        <fieldset className="vt-OrderForm-kind">
          <legend className="vt-Field-label">{t('orderForm.item.kind')}</legend>
          {(['variant', 'catalog'] as const).map((value) => (
            <label key={value} className="vt-OrderForm-choice">
              <input type="radio" value={value} {...register(`${at}.kind`)} />
              {t(`orderForm.item.kind.${value}`)}
            </label>
          ))}
        </fieldset>
      )}
      {kind === 'variant' ? (
        <Field label={t('orderForm.item.variant')} error={errorText(`${at}.variantId`)}>
          <select
            className={cx('vt-Input', props.inputClassName)}
            data-path={`${at}.variantId`}
            {...register(`${at}.variantId`)}
          >
            <option value="">{t('orderForm.item.variant.choose')}</option>
            {byProduct.map((group) => (
              <optgroup key={group.title} label={group.title}>
                {group.variants.map(({ variant }) => (
                  <option key={variant.id} value={variant.id}>
                    {variant.title}
                    {variant.sku ? ` (${variant.sku})` : ''}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </Field>
      ) : (
        <CatalogPicker
          form={form}
          index={index}
          error={errorText(`${at}.productUid`)}
          inputClassName={props.inputClassName}
        />
      )}
      {kind === 'catalog' &&
        item.files.map((file, fileIndex) => (
          <Field
            key={file.type}
            label={t('orderForm.item.file', { area: printAreaText(file.type, t) })}
            hint={t('orderForm.item.file.hint')}
            optionalLabel={fileIndex > 0 ? t('common.optional') : undefined}
            error={errorText(`${at}.files.${fileIndex}.url`, 'url')}
          >
            <input
              className={cx('vt-Input', props.inputClassName)}
              type="url"
              inputMode="url"
              placeholder="https://"
              data-path={`${at}.files.${fileIndex}.url`}
              {...register(`${at}.files.${fileIndex}.url`)}
            />
          </Field>
        ))}
      <div className="vt-OrderForm-itemFoot">
        <Field
          label={t('orderForm.item.quantity')}
          error={errorText(`${at}.quantity`)}
          className="vt-OrderForm-quantity"
        >
          <input
            className={cx('vt-Input', props.inputClassName)}
            type="number"
            inputMode="numeric"
            min={1}
            max={100000}
            step={1}
            data-path={`${at}.quantity`}
            {...register(`${at}.quantity`)}
          />
        </Field>
        {props.count > 1 && (
          <Button variant="ghost" onClick={props.onRemove}>
            {t('orderForm.item.remove', { number })}
          </Button>
        )}
      </div>
    </fieldset>
  );
}

/** Catalog search: a product picked from the results sets the item's UID and print areas. */
function CatalogPicker(props: {
  form: Form;
  index: number;
  error: string | undefined;
  inputClassName: string | undefined;
}) {
  const { form, index } = props;
  const t = useOrderText();
  const at = `items.${index}` as const;
  const productUid = form.watch<string | undefined>(`${at}.productUid`);
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search, 300);
  const results = useCatalogSearch(debounced);
  const [chosen, setChosen] = useState<{ uid: string; title: string } | null>(null);
  const resultsId = useId();
  const products = results.data?.data.slice(0, 8) ?? [];
  const shown =
    chosen && chosen.uid === productUid && !products.some((p) => p.productUid === chosen.uid)
      ? [{ productUid: chosen.uid, title: chosen.title, printAreas: [] as string[] }, ...products]
      : products;

  return (
    <div className="vt-OrderForm-catalog">
      <Field
        label={t('orderForm.item.search')}
        hint={t('orderForm.item.search.hint')}
        error={props.error}
      >
        <input
          className={cx('vt-Input', props.inputClassName)}
          type="search"
          value={search}
          maxLength={120}
          data-path={`${at}.productUid`}
          aria-controls={resultsId}
          onChange={(event) => setSearch(event.target.value)}
        />
      </Field>
      <fieldset className="vt-OrderForm-results" id={resultsId} aria-busy={results.isFetching}>
        <legend className="vt-VisuallyHidden">{t('orderForm.item.results')}</legend>
        {results.isError ? (
          <ErrorAlert error={results.error} onRetry={() => results.refetch()} />
        ) : results.isSuccess && shown.length === 0 ? (
          <p className="vt-OrderForm-hint">{t('orderForm.item.noMatch')}</p>
        ) : (
          shown.map((product) => (
            <label key={product.productUid} className="vt-OrderForm-result">
              <input
                type="radio"
                name={`${at}.catalogChoice`}
                value={product.productUid}
                checked={productUid === product.productUid}
                onChange={() => {
                  setChosen({ uid: product.productUid, title: product.title });
                  form.setValue(`${at}.productUid`, product.productUid, {
                    shouldValidate: form.formState.isSubmitted,
                  });
                  if (product.printAreas.length > 0) {
                    form.setValue(
                      `${at}.files`,
                      filesForAreas(
                        product.printAreas,
                        form.getValues<OrderFormValues['items'][number]['files']>(`${at}.files`),
                      ),
                    );
                  }
                }}
              />
              <span className="vt-OrderForm-resultText">
                <span>{product.title}</span> <code>{product.productUid}</code>
              </span>
            </label>
          ))
        )}
      </fieldset>
    </div>
  );
}
