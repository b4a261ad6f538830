'use client';
import { type ProductionConnection, PutProductionBody } from '@vitrine/sdk';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../components/Button.js';
import { cx } from '../../components/cx.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Field } from '../../components/Field.js';
import { WidgetCard } from '../../components/WidgetCard.js';
import { useProduction, useSetProduction } from '../../hooks/production.js';
import { useSettingsText } from '../../i18n/settings.js';
import {
  type FieldCodes,
  fieldCodeText,
  serverFieldCodes,
  zodFieldCodes,
} from '../PostbackSettings/fieldErrors.js';
import { SecretField } from '../StoreConnectButton/SecretField.js';

export type ProductionSettingsPart = 'root' | 'header' | 'title' | 'form' | 'notice' | 'error';

export interface ProductionSettingsProps {
  /** The title's heading level. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  hideTitle?: boolean;
  /** Called with the saved connection (without its status address). */
  onSuccess?: (connection: ProductionConnection) => void;
  onError?: (error: unknown) => void;
  className?: string;
  classNames?: Partial<Record<ProductionSettingsPart, string>>;
}

type Kind = 'gelatoconnect' | 'postbacks';

/**
 * Where the provider's orders are made: GelatoConnect (its order URL and API key; the key is
 * write-only, shown back as its last four characters) or any system fed by postbacks. Saving a
 * GelatoConnect connection shows, once, the status URL to give GelatoConnect.
 */
export function ProductionSettings(props: ProductionSettingsProps) {
  const { classNames = {}, onSuccess, onError } = props;
  const t = useSettingsText();
  const id = useId();
  const current = useProduction();
  const save = useSetProduction();
  const [kind, setKind] = useState<Kind>('gelatoconnect');
  const [orderUrl, setOrderUrl] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [codes, setCodes] = useState<FieldCodes>({});
  const [statusUrl, setStatusUrl] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const urlInput = useRef<HTMLInputElement>(null);
  const keyInput = useRef<HTMLInputElement>(null);

  // The form starts from the saved connection once it is known.
  const loaded = useRef(false);
  useEffect(() => {
    if (!current.data || loaded.current) return;
    loaded.current = true;
    const own = current.data.isDefault ? null : current.data;
    if (own?.kind === 'postbacks') setKind('postbacks');
    if (own?.gelatoconnect) setOrderUrl(own.gelatoconnect.orderUrl);
  }, [current.data]);
  useEffect(() => {
    if (current.error) onError?.(current.error);
  }, [current.error, onError]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setStatusUrl(null);
    const body =
      kind === 'gelatoconnect'
        ? { kind, orderUrl: orderUrl.trim(), apiKey: apiKey.trim() }
        : { kind };
    const checked = PutProductionBody.safeParse(body);
    const focus = (found: FieldCodes) => {
      if (found.orderUrl) urlInput.current?.focus();
      else if (found.apiKey) keyInput.current?.focus();
    };
    if (!checked.success) {
      const found = zodFieldCodes(checked.error);
      setCodes(found);
      focus(found);
      return;
    }
    setCodes({});
    try {
      const connection = await save.mutateAsync(body as PutProductionBody);
      setApiKey('');
      setSaved(true);
      setStatusUrl(connection.gelatoconnect?.statusUrl ?? null);
      onSuccess?.({
        ...connection,
        gelatoconnect: connection.gelatoconnect && { ...connection.gelatoconnect, statusUrl: null },
      });
    } catch (error) {
      const found = serverFieldCodes(error);
      setCodes(found);
      focus(found);
      onError?.(error);
    }
  };

  const data = current.data;
  const summary = !data
    ? ''
    : data.isDefault
      ? t('production.current.default')
      : data.kind === 'gelatoconnect'
        ? t('production.current.gelatoconnect', { url: data.gelatoconnect?.orderUrl ?? '' })
        : data.kind === 'postbacks'
          ? t('production.current.postbacks')
          : t('production.current.none');
  const last4 = data && !data.isDefault ? data.gelatoconnect?.apiKeyLast4 : undefined;
  const onFields = save.error && (codes.orderUrl || codes.apiKey);

  return (
    <WidgetCard
      widget="ProductionSettings"
      title={t('production.title')}
      description={t('production.description')}
      headingLevel={props.headingLevel}
      hideTitle={props.hideTitle}
      state={current.isLoading ? 'loading' : current.isError ? 'error' : 'idle'}
      mode="manage"
      className={props.className}
      classNames={{
        ...(classNames.root ? { root: classNames.root } : {}),
        ...(classNames.header ? { header: classNames.header } : {}),
        ...(classNames.title ? { title: classNames.title } : {}),
      }}
    >
      {current.isError ? (
        <ErrorAlert
          error={current.error}
          onRetry={() => current.refetch()}
          className={classNames.error}
        />
      ) : current.isLoading ? (
        <p className="vt-ProductionSettings-hint">{t('common.loading')}</p>
      ) : (
        <form
          className={cx('vt-ProductionSettings-form', classNames.form)}
          onSubmit={submit}
          noValidate
          data-kind={kind}
        >
          <p className="vt-ProductionSettings-current">{summary}</p>
          <fieldset className="vt-ProductionSettings-kinds">
            <legend className="vt-Field-label">{t('production.kind')}</legend>
            {(['gelatoconnect', 'postbacks'] as const).map((option) => (
              <div key={option} className="vt-ProductionSettings-kind">
                <input
                  id={`${id}-${option}`}
                  type="radio"
                  name={`${id}-kind`}
                  value={option}
                  checked={kind === option}
                  aria-describedby={`${id}-${option}-hint`}
                  onChange={() => {
                    setKind(option);
                    setCodes({});
                  }}
                />
                <label htmlFor={`${id}-${option}`}>{t(`production.kind.${option}`)}</label>
                <p className="vt-Field-hint" id={`${id}-${option}-hint`}>
                  {t(`production.kind.${option}Hint`)}
                </p>
              </div>
            ))}
          </fieldset>
          {kind === 'gelatoconnect' ? (
            <>
              <Field
                label={t('production.orderUrl')}
                hint={t('production.orderUrlHint')}
                error={fieldCodeText(t, codes.orderUrl, 'url')}
              >
                <input
                  ref={urlInput}
                  className="vt-Input"
                  type="url"
                  inputMode="url"
                  autoComplete="off"
                  spellCheck={false}
                  aria-required="true"
                  placeholder="https://api.partner-connect.io/api/…/order"
                  value={orderUrl}
                  onChange={(e) => setOrderUrl(e.target.value)}
                />
              </Field>
              <Field
                label={t('production.apiKey')}
                hint={
                  last4
                    ? t('production.apiKeySaved', { last4: `…${last4}` })
                    : t('production.apiKeyHint')
                }
                error={fieldCodeText(t, codes.apiKey)}
              >
                <input
                  ref={keyInput}
                  className="vt-Input"
                  type="password"
                  autoComplete="new-password"
                  spellCheck={false}
                  required
                  value={apiKey}
                  onChange={(e) => setApiKey(e.target.value)}
                />
              </Field>
            </>
          ) : null}
          <p className="vt-ProductionSettings-hint">{t('production.noTest')}</p>
          {save.error && !onFields ? (
            <ErrorAlert error={save.error} className={classNames.error} />
          ) : null}
          <div className="vt-Actions">
            <Button type="submit" variant="primary" pending={save.isPending}>
              {t('production.save')}
            </Button>
          </div>
          <p className={cx('vt-ProductionSettings-notice', classNames.notice)} role="status">
            {saved ? t('production.saved') : ''}
          </p>
          {statusUrl ? (
            <div className="vt-ProductionSettings-status">
              <SecretField label={t('production.statusUrl')} value={statusUrl} />
              <p className="vt-ProductionSettings-hint">{t('production.statusUrlHint')}</p>
            </div>
          ) : null}
        </form>
      )}
    </WidgetCard>
  );
}
