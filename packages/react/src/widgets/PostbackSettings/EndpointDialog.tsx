'use client';
import {
  CreatePostbackBody,
  type Postback,
  type PostbackEvent,
  postbackEvents,
  UpdatePostbackBody,
} from '@vitrine/sdk';
import { type FormEvent, useId, useRef, useState } from 'react';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Field } from '../../components/Field.js';
import { useCreatePostback, useUpdatePostback } from '../../hooks/postbacks.js';
import { useSettingsText } from '../../i18n/settings.js';
import { type FieldCodes, fieldCodeText, serverFieldCodes, zodFieldCodes } from './fieldErrors.js';

const fieldIds = ['url', 'events', 'notifyEmail'] as const;

/**
 * Adds an endpoint (`endpoint` absent) or edits one: its URL, the events it takes, whether it is
 * on, and who is told when it is switched off. The form's own check and the server's field errors
 * land on the same fields, focus on the first.
 */
export function EndpointDialog(props: {
  endpoint: Postback | null;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  onClose: () => void;
  onSaved: (endpoint: Postback) => void;
  onError?: ((error: unknown) => void) | undefined;
}) {
  const t = useSettingsText();
  const { endpoint } = props;
  const create = useCreatePostback();
  const update = useUpdatePostback();
  const mutation = endpoint ? update : create;
  const [url, setUrl] = useState(endpoint?.url ?? '');
  const [events, setEvents] = useState<PostbackEvent[]>(
    endpoint?.events ?? ['order.received', 'order.shipped'],
  );
  const [enabled, setEnabled] = useState(endpoint?.enabled ?? true);
  const [notifyEmail, setNotifyEmail] = useState(endpoint?.notifyEmail ?? '');
  const [codes, setCodes] = useState<FieldCodes>({});
  const formId = useId();
  const urlInput = useRef<HTMLInputElement>(null);
  const eventsBox = useRef<HTMLFieldSetElement>(null);
  const emailInput = useRef<HTMLInputElement>(null);

  const focusFirst = (found: FieldCodes) => {
    const first = fieldIds.find((f) => found[f]);
    if (first === 'url') urlInput.current?.focus();
    if (first === 'events') eventsBox.current?.querySelector('input')?.focus();
    if (first === 'notifyEmail') emailInput.current?.focus();
  };

  const toggle = (event: PostbackEvent, on: boolean) =>
    setEvents((current) =>
      on
        ? postbackEvents.filter((e) => e === event || current.includes(e))
        : current.filter((e) => e !== event),
    );

  const submit = async (formEvent: FormEvent) => {
    formEvent.preventDefault();
    const email = notifyEmail.trim();
    const body = endpoint
      ? {
          url: url.trim(),
          events,
          enabled,
          notifyEmail: email === '' ? null : email,
        }
      : { url: url.trim(), events, ...(email ? { notifyEmail: email } : {}) };
    const checked = (endpoint ? UpdatePostbackBody : CreatePostbackBody).safeParse(body);
    if (!checked.success) {
      const found = zodFieldCodes(checked.error);
      setCodes(found);
      focusFirst(found);
      return;
    }
    setCodes({});
    try {
      const saved = endpoint
        ? await update.mutateAsync({ postbackId: endpoint.id, body })
        : await create.mutateAsync(body as CreatePostbackBody);
      props.onSaved(saved);
    } catch (error) {
      const found = serverFieldCodes(error);
      setCodes(found);
      focusFirst(found);
      props.onError?.(error);
    }
  };

  const serverError = mutation.error;
  const onFields = serverError && fieldIds.some((f) => codes[f]);
  const eventsError = fieldCodeText(t, codes.events, 'events');
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && props.onClose()}
      title={t(endpoint ? 'postbacks.form.editTitle' : 'postbacks.form.createTitle')}
      headingLevel={props.headingLevel}
      className="vt-PostbackSettings-dialog"
    >
      <form className="vt-PostbackSettings-form" onSubmit={submit} noValidate>
        <Field
          label={t('postbacks.form.url')}
          hint={t('postbacks.form.urlHint')}
          error={fieldCodeText(t, codes.url, 'url')}
        >
          <input
            ref={urlInput}
            className="vt-Input"
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            aria-required="true"
            placeholder="https://"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
        </Field>
        <fieldset
          ref={eventsBox}
          className="vt-PostbackSettings-events"
          aria-describedby={`${formId}-events-hint${eventsError ? ` ${formId}-events-error` : ''}`}
        >
          <legend className="vt-Field-label">{t('postbacks.form.events')}</legend>
          <p className="vt-Field-hint" id={`${formId}-events-hint`}>
            {t('postbacks.form.eventsHint')}
          </p>
          <label className="vt-PostbackSettings-check vt-PostbackSettings-all">
            <input
              type="checkbox"
              checked={events.length === postbackEvents.length}
              onChange={(e) => setEvents(e.target.checked ? [...postbackEvents] : [])}
            />
            {t('postbacks.form.allEvents')}
          </label>
          <div className="vt-PostbackSettings-eventGrid">
            {postbackEvents.map((event) => (
              <label key={event} className="vt-PostbackSettings-check">
                <input
                  type="checkbox"
                  checked={events.includes(event)}
                  onChange={(e) => toggle(event, e.target.checked)}
                />
                <code>{event}</code>
              </label>
            ))}
          </div>
          {eventsError && (
            <p className="vt-Field-error" id={`${formId}-events-error`}>
              {eventsError}
            </p>
          )}
        </fieldset>
        {endpoint && (
          <label className="vt-PostbackSettings-check">
            <input
              type="checkbox"
              checked={enabled}
              aria-describedby={`${formId}-enabled-hint`}
              onChange={(e) => setEnabled(e.target.checked)}
            />
            {t('postbacks.form.enabled')}
            <span className="vt-Field-hint" id={`${formId}-enabled-hint`}>
              {t('postbacks.form.enabledHint')}
            </span>
          </label>
        )}
        <Field
          label={t('postbacks.form.notifyEmail')}
          optionalLabel={t('common.optional')}
          hint={t('postbacks.form.notifyEmailHint')}
          error={fieldCodeText(t, codes.notifyEmail, 'email')}
        >
          <input
            ref={emailInput}
            className="vt-Input"
            type="email"
            autoComplete="email"
            value={notifyEmail}
            onChange={(e) => setNotifyEmail(e.target.value)}
          />
        </Field>
        {serverError && !onFields ? <ErrorAlert error={serverError} /> : null}
        <div className="vt-Actions">
          <Button variant="ghost" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="primary" pending={mutation.isPending}>
            {endpoint ? t('common.save') : t('postbacks.form.create')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
