'use client';
import { type Client, CreateClientBody } from '@vitrine/sdk';
import { useEffect, useRef, useState } from 'react';
import type * as z from 'zod';
import { Button } from '../../components/Button.js';
import { cx } from '../../components/cx.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Field } from '../../components/Field.js';
import { applyServerFieldErrors, fieldErrorText } from '../../components/formErrors.js';
import { useClient, useCreateClient, useUpdateClient } from '../../hooks/clients.js';
import { useForm, zodValidate } from '../../hooks/useForm.js';
import { useVitrine } from '../../provider/VitrineProvider.js';

export type ClientFormPart =
  | 'root'
  | 'title'
  | 'form'
  | 'field'
  | 'input'
  | 'actions'
  | 'submit'
  | 'notice'
  | 'error';

export interface ClientFormProps {
  /** Edit this client; without it the form creates a new one. */
  clientId?: string;
  /** Starting values when creating. */
  defaultValues?: Partial<ClientFormValues>;
  /** Called with the saved client. */
  onSuccess?: (client: Client) => void;
  /** Called with the SDK error when saving (or loading, when editing) fails. */
  onError?: (error: unknown) => void;
  /** Called once the form can be used (after the client loads, when editing). */
  onReady?: () => void;
  /** Shows a Cancel button that calls this. */
  onCancel?: () => void;
  /** Hide the heading when the host page has its own. @default false */
  hideTitle?: boolean;
  /** Clear the form after creating, ready for the next client. @default false */
  resetOnSuccess?: boolean;
  className?: string;
  classNames?: Partial<Record<ClientFormPart, string>>;
}

export interface ClientFormValues {
  name: string;
  referenceId: string;
  description: string;
}

const fieldNames = ['name', 'referenceId', 'description'] as const;
const empty: ClientFormValues = { name: '', referenceId: '', description: '' };

/** Create or edit a client: name (required), reference ID and description (optional). */
export function ClientForm(props: ClientFormProps) {
  const { clientId, onSuccess, onError, onReady, onCancel, classNames = {} } = props;
  const { t } = useVitrine();
  const editing = Boolean(clientId);
  const loaded = useClient(clientId);
  const create = useCreateClient();
  const update = useUpdateClient(clientId ?? '');
  const mutation = editing ? update : create;
  const [saved, setSaved] = useState<Client | null>(null);

  const form = useForm<z.input<typeof CreateClientBody>, z.output<typeof CreateClientBody>>({
    validate: zodValidate(CreateClientBody),
    defaultValues: { ...empty, ...props.defaultValues },
    mode: 'onTouched',
  });
  const { register, handleSubmit, formState, reset, setError } = form;

  // Load the client into the form once when editing.
  const ready = !editing || loaded.isSuccess;
  const announced = useRef(false);
  useEffect(() => {
    if (editing && loaded.data) {
      reset({
        name: loaded.data.name,
        referenceId: loaded.data.referenceId ?? '',
        description: loaded.data.description ?? '',
      });
    }
  }, [editing, loaded.data, reset]);
  useEffect(() => {
    if (ready && !announced.current) {
      announced.current = true;
      onReady?.();
    }
  }, [ready, onReady]);
  useEffect(() => {
    if (loaded.error) onError?.(loaded.error);
  }, [loaded.error, onError]);

  const onSubmit = handleSubmit(async (values) => {
    setSaved(null);
    try {
      const client = await mutation.mutateAsync({
        name: values.name,
        referenceId: values.referenceId ?? null,
        description: values.description ?? null,
      });
      setSaved(client);
      if (!editing && props.resetOnSuccess) reset(empty);
      onSuccess?.(client);
    } catch (error) {
      applyServerFieldErrors(error, setError, fieldNames);
      onError?.(error);
    }
  });

  const state = loaded.isLoading
    ? 'loading'
    : mutation.isPending
      ? 'submitting'
      : mutation.isError || loaded.isError
        ? 'error'
        : saved
          ? 'success'
          : 'idle';
  const errors = formState.errors;
  const serverError = mutation.error;
  const fieldErrorsCoverIt =
    serverError &&
    typeof serverError === 'object' &&
    'fields' in serverError &&
    Object.keys(errors).length > 0;

  return (
    <section
      className={cx('vt-ClientForm-root', props.className, classNames.root)}
      data-state={state}
      aria-busy={state === 'loading' || state === 'submitting'}
    >
      {!props.hideTitle && (
        <h2 className={cx('vt-ClientForm-title', classNames.title)}>
          {t(editing ? 'clientForm.title.edit' : 'clientForm.title.create')}
        </h2>
      )}
      {loaded.isError ? (
        <ErrorAlert
          error={loaded.error}
          onRetry={() => loaded.refetch()}
          className={classNames.error}
        />
      ) : (
        <form className={cx('vt-ClientForm-form', classNames.form)} onSubmit={onSubmit} noValidate>
          <Field
            className={classNames.field}
            label={t('clientForm.name.label')}
            hint={t('clientForm.name.hint')}
            error={fieldErrorText(t, errors.name, { max: 120 })}
          >
            <input
              className={cx('vt-Input', classNames.input)}
              autoComplete="organization"
              aria-required="true"
              disabled={!ready}
              {...register('name')}
            />
          </Field>
          <Field
            className={classNames.field}
            label={t('clientForm.referenceId.label')}
            optionalLabel={t('common.optional')}
            hint={t('clientForm.referenceId.hint')}
            error={fieldErrorText(t, errors.referenceId, { max: 64, format: 'referenceId' })}
          >
            <input
              className={cx('vt-Input', classNames.input)}
              autoComplete="off"
              spellCheck={false}
              disabled={!ready}
              {...register('referenceId')}
            />
          </Field>
          <Field
            className={classNames.field}
            label={t('clientForm.description.label')}
            optionalLabel={t('common.optional')}
            hint={t('clientForm.description.hint')}
            error={fieldErrorText(t, errors.description, { max: 1000 })}
          >
            <textarea
              className={cx('vt-Input', classNames.input)}
              rows={3}
              disabled={!ready}
              {...register('description')}
            />
          </Field>

          {/* No "Try again" of its own: the submit button below sends the form again. */}
          {serverError && !fieldErrorsCoverIt ? (
            <ErrorAlert error={serverError} className={classNames.error} />
          ) : null}
          <p
            className={cx('vt-Notice', classNames.notice)}
            role="status"
            hidden={!saved || mutation.isPending}
          >
            {saved
              ? t(editing ? 'clientForm.success.edit' : 'clientForm.success.create', {
                  name: saved.name,
                })
              : ''}
          </p>

          <div className={cx('vt-Actions', classNames.actions)}>
            {onCancel && (
              <Button variant="ghost" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
            )}
            <Button
              type="submit"
              variant="primary"
              className={classNames.submit}
              pending={mutation.isPending}
              disabled={!ready}
            >
              {mutation.isPending
                ? t(editing ? 'clientForm.submitting.edit' : 'clientForm.submitting.create')
                : t(editing ? 'clientForm.submit.edit' : 'clientForm.submit.create')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
