'use client';
import { CreateStoreBody, isApiError } from '@vitrine/sdk';
import type * as z from 'zod';
import { Button } from '../../components/Button.js';
import { cx } from '../../components/cx.js';
import { Field } from '../../components/Field.js';
import { applyServerFieldErrors, fieldErrorText } from '../../components/formErrors.js';
import type { StoreConnection } from '../../hooks/storeConnection/types.js';
import { useCreateStore } from '../../hooks/stores.js';
import { useForm, zodValidate } from '../../hooks/useForm.js';
import type { MessageKey } from '../../i18n/messages/en.js';
import { useVitrine } from '../../provider/VitrineProvider.js';
import { describeFailure } from './connectionErrors.js';

type Input = z.input<typeof CreateStoreBody>;
type Output = z.output<typeof CreateStoreBody>;
export type CredentialsPlatform = 'woocommerce' | 'pressero' | 'manual';

interface FieldSpec {
  name: string;
  type?: 'text' | 'password' | 'url';
  autoComplete: string;
  /** Which fields a refusal of the credentials is about. */
  credential?: boolean;
  address?: boolean;
}

const fields: Record<CredentialsPlatform, FieldSpec[]> = {
  manual: [{ name: 'name', autoComplete: 'off' }],
  woocommerce: [
    { name: 'url', type: 'url', autoComplete: 'url', address: true },
    { name: 'consumerKey', autoComplete: 'off', credential: true },
    { name: 'consumerSecret', type: 'password', autoComplete: 'off', credential: true },
  ],
  pressero: [
    { name: 'siteUrl', type: 'url', autoComplete: 'url', address: true },
    { name: 'username', autoComplete: 'username', credential: true },
    { name: 'password', type: 'password', autoComplete: 'current-password', credential: true },
  ],
};

export interface CredentialsFormProps {
  platform: CredentialsPlatform;
  /** The flow: what was typed before (or the store being reconnected), and where results go. */
  connection: StoreConnection;
  classNames: { form?: string; field?: string; input?: string; error?: string; actions?: string };
}

/**
 * A store connected with what the owner types, checked live by the server (`stores.create`):
 * WooCommerce REST API keys, a Pressero admin login, or a manual store's name. The SDK's own
 * schema validates first; the server's verdict lands on the fields it is about.
 */
export function CredentialsForm(props: CredentialsFormProps) {
  const { platform, connection } = props;
  const { t } = useVitrine();
  const create = useCreateStore(connection.clientId);
  const specs = fields[platform];
  const values = connection.drafts[platform] ?? {};
  const form = useForm<Input, Output>({
    validate: zodValidate(CreateStoreBody),
    defaultValues: {
      platform,
      ...Object.fromEntries(specs.map((f) => [f.name, values[f.name] ?? ''])),
    } as Input,
    mode: 'onTouched',
  });
  const { register, handleSubmit, formState, setError, getValues } = form;
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (body) => {
    connection.credentials.onPendingChange(true);
    try {
      const store = await create.mutateAsync(body);
      connection.credentials.onConnected(store);
    } catch (error) {
      const mapped = applyServerFieldErrors(
        error,
        setError,
        specs.map((f) => f.name),
      );
      if (!mapped && isApiError(error)) {
        const about = (spec: FieldSpec) =>
          error.code === 'invalid_shop_domain'
            ? spec.address
            : error.code === 'credentials_invalid' && spec.credential;
        let focused = false;
        for (const spec of specs.filter(about)) {
          setError(
            spec.name,
            { type: error.code, message: error.message },
            { shouldFocus: !focused },
          );
          focused = true;
        }
      }
      connection.credentials.onError(error);
    } finally {
      connection.credentials.onPendingChange(false);
      connection.setDraft(platform, getValues() as unknown as Record<string, string>);
    }
  });

  const text = (spec: FieldSpec, error: { type?: unknown } | undefined) => {
    if (!error) return undefined;
    const type = String(error.type);
    if (type === 'invalid_shop_domain')
      return t(`stores.field.${platform}.unreachable` as MessageKey);
    if (type === 'credentials_invalid') return t(`stores.field.${platform}.refused` as MessageKey);
    if (type === 'invalid_format' || type === 'invalid_string') {
      return spec.type === 'url'
        ? t('stores.validation.url')
        : t(`stores.field.${platform}.${spec.name}.format` as MessageKey);
    }
    return fieldErrorText(t, error as never, { max: 120 });
  };

  // Field errors say where; the alert says what happened and what to check.
  const failure =
    create.error && !(isApiError(create.error) && create.error.code === 'validation_failed')
      ? describeFailure({ error: create.error }, t, platform)
      : null;

  return (
    <form
      className={cx('vt-StoreConnect-form', props.classNames.form)}
      noValidate
      onSubmit={onSubmit}
    >
      {platform === 'pressero' && (
        <div className="vt-StoreConnect-instructions">
          <p>{t('stores.pressero.licence')}</p>
          <p>{t('stores.pressero.login')}</p>
        </div>
      )}
      {platform === 'woocommerce' && (
        <p className="vt-StoreConnect-instructions">{t('stores.woocommerce.keysHowTo')}</p>
      )}
      {specs.map((spec) => (
        <Field
          key={spec.name}
          label={t(`stores.field.${platform}.${spec.name}` as MessageKey)}
          hint={
            spec.name === 'password' || spec.name === 'consumerSecret'
              ? undefined
              : t(`stores.field.${platform}.${spec.name}.hint` as MessageKey)
          }
          error={text(spec, errors[spec.name])}
          className={props.classNames.field}
        >
          <input
            className={cx('vt-Input', props.classNames.input)}
            type={spec.type ?? 'text'}
            autoComplete={spec.autoComplete}
            spellCheck={false}
            {...register(spec.name)}
          />
        </Field>
      ))}
      {failure && (
        <div
          className={cx('vt-Alert', props.classNames.error)}
          role="alert"
          data-tone="danger"
          data-code={failure.code ?? undefined}
        >
          <p className="vt-Alert-text">{failure.message}</p>
          {failure.advice && <p className="vt-Alert-text">{failure.advice}</p>}
        </div>
      )}
      <div className={cx('vt-Actions', props.classNames.actions)}>
        {connection.back && (
          <Button variant="ghost" onClick={connection.back}>
            {t('stores.connect.back')}
          </Button>
        )}
        <Button type="submit" variant="primary" pending={create.isPending}>
          {create.isPending
            ? t('stores.connect.checking')
            : platform === 'manual'
              ? t('stores.connect.createManual')
              : t('stores.connect.submit')}
        </Button>
      </div>
    </form>
  );
}
