'use client';
import {
  type CatalogProduct,
  isApiError,
  type PrintSpecs,
  type StoreProduct,
  type StoreVariant,
} from '@vitrine/sdk';
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Button } from '../../components/Button.js';
import { cx } from '../../components/cx.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Field } from '../../components/Field.js';
import {
  useCatalogFacets,
  useCatalogProduct,
  useCatalogProducts,
  useUploadDesignFile,
} from '../../hooks/products.js';
import { errorMessage } from '../../i18n/translate.js';
import { areaLabel } from './fileChecks.js';
import type { ProductTranslate } from './text.js';

/** What the dialog connects: one variant, every live variant of a product, or a selection. */
export type ConnectTarget =
  | { kind: 'variant'; product: StoreProduct; variant: StoreVariant }
  | { kind: 'product'; product: StoreProduct }
  | { kind: 'selection'; productIds: string[]; variantIds: string[]; count: number };

/** The mapping the dialog builds: a catalog product, its files, and its print specs. */
export interface ConnectMapping {
  productUid: string;
  files: { type: string; url: string }[];
  printSpecs?: PrintSpecs;
}

export function targetCount(target: ConnectTarget): number {
  if (target.kind === 'variant') return 1;
  if (target.kind === 'product') return target.product.variantCount;
  return target.count;
}

/** The `PageCount` attribute's range (`24–200`), when the product lets an order choose it. */
export function pageRange(product: CatalogProduct | undefined): [number, number] | null {
  const text = product?.attributes.PageCount;
  const match = text?.match(/^(\d+)\s*[–-]\s*(\d+)$/) ?? text?.match(/^(\d+)$/);
  if (!match) return null;
  const low = Number(match[1]);
  return [low, Number(match[2] ?? low)];
}

/** `PaperFormat` → "Paper format": catalog attribute names are data, shown as words. */
export const attributeName = (name: string) =>
  name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/^./, (c) => c.toUpperCase());

export interface Errors {
  product?: string;
  files: Record<string, string>;
  pageCount?: string;
  general?: unknown;
}

export const noErrors: Errors = { files: {} };

/**
 * "Connect" dialog: a catalog picker (category, search, attribute facets with counts; the
 * chosen product's print areas, size and attributes), then one print file per area (a web
 * address, or an upload with progress) and the page count when the product has one. The
 * server's field errors land on their fields, in words.
 */
export function ConnectDialog(props: {
  storeId: string;
  target: ConnectTarget | null;
  onOpenChange: (open: boolean) => void;
  onSave: (mapping: ConnectMapping) => Promise<void>;
  t: ProductTranslate;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  className?: string | undefined;
}) {
  const { target, t } = props;
  const open = target !== null;
  const title = !target
    ? ''
    : target.kind === 'variant'
      ? t('products.dialog.titleVariant', {
          name: `${target.product.title} – ${target.variant.title}`,
        })
      : target.kind === 'product'
        ? t('products.dialog.titleProduct', { name: target.product.title })
        : t('products.dialog.titleSelection', { count: target.count });
  return (
    <Dialog
      open={open}
      onOpenChange={props.onOpenChange}
      title={title}
      description={t('products.dialog.description')}
      headingLevel={props.headingLevel}
      className={cx('vt-ProductMapper-dialog', props.className)}
    >
      {target && (
        <ConnectForm
          key={
            target.kind === 'variant'
              ? target.variant.id
              : target.kind === 'product'
                ? target.product.id
                : 'selection'
          }
          {...props}
          target={target}
        />
      )}
    </Dialog>
  );
}

function ConnectForm(props: {
  storeId: string;
  target: ConnectTarget;
  onOpenChange: (open: boolean) => void;
  onSave: (mapping: ConnectMapping) => Promise<void>;
  t: ProductTranslate;
  headingLevel: 2 | 3 | 4 | 5 | 6;
}) {
  const { target, t } = props;
  const existing = target.kind === 'variant' ? target.variant.mapping : null;
  const [productUid, setProductUid] = useState<string | null>(existing?.productUid ?? null);
  const [choosing, setChoosing] = useState(existing === null);
  const [urls, setUrls] = useState<Record<string, string>>(() =>
    Object.fromEntries((existing?.files ?? []).map((f) => [f.type, f.url])),
  );
  const [pageCount, setPageCount] = useState(
    existing?.printSpecs.pageCount !== undefined ? String(existing.printSpecs.pageCount) : '',
  );
  const [errors, setErrors] = useState<Errors>(noErrors);
  const [saving, setSaving] = useState(false);
  const chosen = useCatalogProduct(productUid);
  const product = chosen.data;
  const areas = product?.printAreas ?? [];
  const range = pageRange(product);
  const formId = useId();
  const Step = `h${Math.min(6, props.headingLevel + 1)}` as 'h3';
  const fieldsRef = useRef<HTMLDivElement | null>(null);

  const focusFirstError = () =>
    requestAnimationFrame(() =>
      fieldsRef.current
        ?.closest('form')
        ?.querySelector<HTMLElement>('[aria-invalid="true"]')
        ?.focus(),
    );

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const next: Errors = { files: {} };
    if (!productUid) next.product = t('products.picker.required');
    const first = areas[0];
    if (product && first && !urls[first]?.trim()) {
      next.files[first] = t('products.files.required', { area: areaLabel(first, t) });
    }
    if (next.product || Object.keys(next.files).length) {
      setErrors(next);
      focusFirstError();
      return;
    }
    if (!productUid || !product) return;
    const files = areas
      .filter((area) => urls[area]?.trim())
      .map((area) => ({ type: area, url: urls[area]!.trim() }));
    const specs: PrintSpecs | undefined =
      range && pageCount.trim() !== '' ? { pageCount: Number(pageCount) } : undefined;
    setErrors(noErrors);
    setSaving(true);
    try {
      await props.onSave({ productUid, files, ...(specs ? { printSpecs: specs } : {}) });
    } catch (error) {
      setErrors(fieldErrors(error, files, areas, range, t));
      focusFirstError();
    } finally {
      setSaving(false);
    }
  }

  const count = targetCount(target);
  return (
    <form className="vt-ProductMapper-form" onSubmit={submit} noValidate aria-busy={saving}>
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

      {product && (
        <section
          ref={fieldsRef}
          className="vt-ProductMapper-step"
          aria-labelledby={`${formId}-files`}
        >
          <Step id={`${formId}-files`} className="vt-ProductMapper-stepTitle">
            {t('products.dialog.step.files')}
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
              hint={t('products.pageCount.hint', {
                min: range[0],
                max: range[1],
              })}
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
        <Button variant="ghost" onClick={() => props.onOpenChange(false)}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" pending={saving}>
          {saving ? t('products.dialog.saving') : t('products.dialog.save', { count })}
        </Button>
      </div>
    </form>
  );
}

/**
 * The server's answer, as errors on the fields it names (`mapping.` prefixed for bulk). `place`
 * takes the fields of a form's own (a title, a price) and says whether it placed them.
 */
export function fieldErrors(
  error: unknown,
  files: readonly { type: string }[],
  areas: readonly string[],
  range: [number, number] | null,
  t: ProductTranslate,
  place?: (field: { path: string; code: string }) => boolean,
): Errors {
  const result: Errors = { files: {} };
  if (!isApiError(error) || !error.fields?.length) return { ...result, general: error };
  let unplaced = false;
  for (const field of error.fields) {
    const path = field.path.replace(/^mapping\./, '');
    const fileMatch = path.match(/^files\.(\d+)\.(type|url)$/);
    if (place?.({ path, code: field.code })) {
      // The form's own field.
    } else if (path === 'productUid') {
      result.product = t('products.dialog.unknownProduct');
    } else if (path === 'files' && field.code === 'print_area_required' && areas[0]) {
      result.files[areas[0]] = t('products.files.required', { area: areaLabel(areas[0], t) });
    } else if (fileMatch && files[Number(fileMatch[1])]) {
      const area = files[Number(fileMatch[1])]!.type;
      result.files[area] =
        fileMatch[2] === 'type'
          ? t('products.files.areaInvalid')
          : field.code === 'too_big'
            ? t('validation.tooLong', { max: 2048 })
            : t('products.files.invalidUrl');
    } else if (path.startsWith('printSpecs')) {
      result.pageCount = range
        ? t('products.pageCount.invalid', { min: range[0], max: range[1] })
        : t('error.print_specs_invalid');
    } else {
      unplaced = true;
    }
  }
  if (unplaced) result.general = error;
  return result;
}

export function ChosenProduct(props: {
  product: CatalogProduct | undefined;
  loading: boolean;
  error: unknown;
  onChange: (() => void) | undefined;
  t: ProductTranslate;
}) {
  const { product, t } = props;
  if (props.error) return <ErrorAlert error={props.error} />;
  if (!product) {
    return (
      <p className="vt-ProductMapper-loading" role="status">
        <span className="vt-Spinner" aria-hidden="true" /> {t('common.loading')}
      </p>
    );
  }
  const attributes = Object.entries(product.attributes);
  return (
    <section
      className="vt-ProductMapper-chosen"
      data-category={product.category}
      aria-label={t('products.picker.chosen')}
    >
      <div className="vt-ProductMapper-chosenHead">
        <p className="vt-ProductMapper-chosenTitle">{product.title}</p>
        {props.onChange && (
          <Button variant="secondary" onClick={props.onChange}>
            {t('products.picker.change')}
          </Button>
        )}
      </div>
      <dl className="vt-ProductMapper-facts">
        <div>
          <dt>{t('products.picker.category')}</dt>
          <dd>{t(`products.category.${product.category}`)}</dd>
        </div>
        {product.dimensions && (
          <div>
            <dt>{t('products.picker.size')}</dt>
            <dd>
              {t('products.picker.sizeValue', {
                width: product.dimensions.width,
                height: product.dimensions.height,
              })}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('products.picker.areas')}</dt>
          <dd>{product.printAreas.map((a) => areaLabel(a, t)).join(', ')}</dd>
        </div>
        {attributes.map(([name, value]) => (
          <div key={name}>
            <dt>{attributeName(name)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Debounces a value: what was typed, once typing paused. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function CatalogPicker(props: {
  value: string | null;
  onChange: (productUid: string) => void;
  t: ProductTranslate;
}) {
  const { t } = props;
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<CatalogProduct['category'] | ''>('');
  const [attributes, setAttributes] = useState<Record<string, string>>({});
  const term = useDebounced(search.trim(), 250);
  const filters = useMemo(
    () => ({
      ...(term ? { search: term } : {}),
      ...(category ? { category } : {}),
      ...(Object.keys(attributes).length ? { attributes } : {}),
    }),
    [term, category, attributes],
  );
  const results = useCatalogProducts({ ...filters, limit: 20 });
  // Categories are counted without the category filter (each shows what picking it would give);
  // attribute values within the category and the other attributes chosen.
  const categories = useCatalogFacets(term ? { search: term } : {});
  const facets = useCatalogFacets(filters, { enabled: category !== '' });
  const list = results.data?.pages.flatMap((p) => p.data) ?? [];
  const groupId = useId();
  // Only attributes that narrow the choice, once a category is picked.
  const attributeFacets = category
    ? (facets.data?.attributes ?? []).filter(
        (a) => a.values.length > 1 || attributes[a.name] !== undefined,
      )
    : [];

  return (
    <div className="vt-ProductMapper-picker">
      <div className="vt-ProductMapper-pickerFilters">
        <Field label={t('products.picker.search')}>
          <input
            className="vt-Input"
            type="search"
            value={search}
            placeholder={t('products.picker.searchPlaceholder')}
            onChange={(e) => setSearch(e.target.value)}
            onKeyDown={(e) => {
              // Enter searches; it must not submit the dialog's form.
              if (e.key === 'Enter') e.preventDefault();
            }}
          />
        </Field>
        <Field label={t('products.picker.category')}>
          <select
            className="vt-Input"
            value={category}
            onChange={(e) => {
              setCategory(e.target.value as CatalogProduct['category'] | '');
              setAttributes({});
            }}
          >
            <option value="">{t('products.picker.allCategories')}</option>
            {(categories.data?.categories ?? []).map((c) => (
              <option key={c.category} value={c.category}>
                {t('products.picker.option', {
                  value: t(`products.category.${c.category}`),
                  count: c.count,
                })}
              </option>
            ))}
            {category && !categories.data?.categories.some((c) => c.category === category) && (
              <option value={category}>{t(`products.category.${category}`)}</option>
            )}
          </select>
        </Field>
      </div>
      {attributeFacets.length > 0 && (
        <fieldset className="vt-ProductMapper-facets">
          <legend className="vt-Field-label">{t('products.picker.narrow')}</legend>
          {attributeFacets.map((facet) => (
            <Field key={facet.name} label={attributeName(facet.name)}>
              <select
                className="vt-Input"
                value={attributes[facet.name] ?? ''}
                onChange={(e) => {
                  const value = e.target.value;
                  setAttributes((current) => {
                    const next = { ...current };
                    if (value) next[facet.name] = value;
                    else delete next[facet.name];
                    return next;
                  });
                }}
              >
                <option value="">{t('products.picker.any')}</option>
                {facet.values.map((v) => (
                  <option key={v.value} value={v.value}>
                    {t('products.picker.option', { value: v.value, count: v.count })}
                  </option>
                ))}
              </select>
            </Field>
          ))}
        </fieldset>
      )}
      <div
        className="vt-ProductMapper-results"
        role="radiogroup"
        aria-labelledby={`${groupId}-label`}
        aria-busy={results.isFetching}
      >
        <p id={`${groupId}-label`} className="vt-VisuallyHidden">
          {t('products.picker.results')}
        </p>
        {results.isLoading ? (
          <p className="vt-ProductMapper-loading" role="status">
            <span className="vt-Spinner" aria-hidden="true" /> {t('products.picker.loading')}
          </p>
        ) : results.isError ? (
          <ErrorAlert error={results.error} onRetry={() => results.refetch()} />
        ) : list.length === 0 ? (
          <p className="vt-ProductMapper-muted" role="status">
            {t('products.picker.noResults')}
          </p>
        ) : (
          list.map((item) => (
            <label
              key={item.productUid}
              className="vt-ProductMapper-result"
              data-checked={item.productUid === props.value || undefined}
            >
              <input
                type="radio"
                name={`${groupId}-product`}
                value={item.productUid}
                checked={item.productUid === props.value}
                onChange={() => props.onChange(item.productUid)}
              />
              <span className="vt-ProductMapper-resultText">
                <span className="vt-ProductMapper-resultTitle">{item.title}</span>
                <span className="vt-ProductMapper-muted">
                  {[
                    t(`products.category.${item.category}`),
                    item.dimensions
                      ? t('products.picker.sizeValue', {
                          width: item.dimensions.width,
                          height: item.dimensions.height,
                        })
                      : null,
                    item.printAreas.map((a) => areaLabel(a, t)).join(', '),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </span>
            </label>
          ))
        )}
        {results.hasNextPage && (
          <Button
            variant="ghost"
            pending={results.isFetchingNextPage}
            onClick={() => results.fetchNextPage()}
          >
            {t('products.picker.more')}
          </Button>
        )}
      </div>
    </div>
  );
}

const accepted = '.pdf,.png,.jpg,.jpeg,.svg,application/pdf,image/png,image/jpeg,image/svg+xml';

export function PrintFileField(props: {
  storeId: string;
  area: string;
  required: boolean;
  value: string;
  onChange: (url: string) => void;
  error: string | undefined;
  t: ProductTranslate;
}) {
  const { t, area } = props;
  const upload = useUploadDesignFile(props.storeId);
  const [progress, setProgress] = useState<{ name: string; loaded: number; total: number } | null>(
    null,
  );
  const [uploaded, setUploaded] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const label = areaLabel(area, t);
  const percent =
    progress && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;

  async function send(file: File) {
    setUploaded(null);
    setUploadError(null);
    setProgress({ name: file.name, loaded: 0, total: file.size });
    try {
      const stored = await upload.mutateAsync({
        file,
        onProgress: ({ loaded, total }) => setProgress({ name: file.name, loaded, total }),
      });
      props.onChange(stored.url);
      setUploaded(stored.filename);
    } catch (error) {
      setUploadError(error);
    } finally {
      setProgress(null);
    }
  }

  return (
    <div className="vt-ProductMapper-file" data-area={area}>
      <Field
        label={t('products.files.label', { area: label })}
        optionalLabel={props.required ? undefined : t('common.optional')}
        error={props.error ?? (uploadError ? errorMessage(uploadError, t) : undefined)}
        hint={uploaded ? t('products.files.uploaded', { name: uploaded }) : undefined}
      >
        <input
          className="vt-Input"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://"
          aria-required={props.required || undefined}
          value={props.value}
          onChange={(e) => {
            setUploaded(null);
            props.onChange(e.target.value);
          }}
        />
      </Field>
      <div className="vt-ProductMapper-upload">
        <label className="vt-Button vt-ProductMapper-uploadButton" data-variant="secondary">
          <input
            type="file"
            className="vt-VisuallyHidden"
            accept={accepted}
            aria-label={t('products.files.uploadLabel', { area: label })}
            disabled={progress !== null}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void send(file);
            }}
          />
          <span aria-hidden="true">{t('products.files.upload')}</span>
        </label>
        {progress && (
          <div className="vt-ProductMapper-uploadProgress">
            <div
              className="vt-Progress"
              role="progressbar"
              aria-label={t('products.files.progress', { name: progress.name })}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent}
            >
              <span className="vt-Progress-bar" style={{ width: `${percent}%` }} />
            </div>
            <span className="vt-ProductMapper-muted" aria-hidden="true">
              {t('products.files.uploading', { name: progress.name })}
            </span>
          </div>
        )}
      </div>
    </div>
  );
}
