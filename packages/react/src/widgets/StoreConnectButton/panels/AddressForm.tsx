'use client';
import type { Platform } from '@vitrine/sdk';
import { Button } from '../../../components/Button.js';
import { cx } from '../../../components/cx.js';
import { Field } from '../../../components/Field.js';
import type { ConnectionStep } from '../../../hooks/storeConnection/machine.js';
import type { Translate } from '../../../i18n/translate.js';
import { useVitrine } from '../../../provider/VitrineProvider.js';
import type { StoreConnectClassNames } from '../types.js';

/** The address field's error, in words, when the form's last try found one. */
export const addressErrorText = (step: ConnectionStep, t: Translate) =>
  step.kind === 'details' && step.addressError ? t(step.addressError) : undefined;

/** Back (when there is a step to go back to), then on to the platform. */
export function ContinueActions(props: {
  platform: Platform;
  onBack: (() => void) | undefined;
  /** Without it, the button submits its form. */
  onContinue?: () => void;
  className?: string | undefined;
}) {
  const { t } = useVitrine();
  return (
    <div className={cx('vt-Actions', props.className)}>
      {props.onBack && (
        <Button variant="ghost" onClick={props.onBack}>
          {t('stores.connect.back')}
        </Button>
      )}
      <Button
        type={props.onContinue ? 'button' : 'submit'}
        variant="primary"
        onClick={props.onContinue}
      >
        {t('stores.connect.continueTo', { platform: t(`stores.platform.${props.platform}`) })}
      </Button>
    </div>
  );
}

/** The one address a platform's approval starts from: a Shopify shop, a WooCommerce store. */
export function AddressForm(props: {
  platform: Platform;
  instructions?: string;
  label: string;
  hint: string;
  error: string | undefined;
  value: string;
  onValueChange: (value: string) => void;
  type?: 'text' | 'url';
  autoComplete: string;
  placeholder?: string;
  onBack: (() => void) | undefined;
  onSubmit: () => void;
  classNames: StoreConnectClassNames;
}) {
  const { classNames } = props;
  return (
    <form
      className={cx('vt-StoreConnect-form', classNames.form)}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      {props.instructions && <p className="vt-StoreConnect-instructions">{props.instructions}</p>}
      <Field label={props.label} hint={props.hint} error={props.error} className={classNames.field}>
        <input
          className={cx('vt-Input', classNames.input)}
          type={props.type ?? 'text'}
          value={props.value}
          onChange={(event) => props.onValueChange(event.target.value)}
          autoComplete={props.autoComplete}
          spellCheck={false}
          placeholder={props.placeholder}
        />
      </Field>
      <ContinueActions
        platform={props.platform}
        onBack={props.onBack}
        className={classNames.actions}
      />
    </form>
  );
}
