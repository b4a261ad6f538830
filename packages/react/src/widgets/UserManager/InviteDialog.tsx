'use client';
import { isApiError, PersonBody, type Role, roles, type Store, type User } from '@vitrine/sdk';
import { useEffect, useState } from 'react';
import * as z from 'zod';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { EmailLanguageField } from '../../components/EmailLanguageField.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PersonFields } from '../../components/PersonFields.js';
import { useForm, zodValidate } from '../../hooks/useForm.js';
import { useInviteUser } from '../../hooks/users.js';
import type { Locale } from '../../i18n/locales.js';
import { useVitrine } from '../../provider/VitrineProvider.js';
import { RolePicker } from './RolePicker.js';
import type { UserManagerAction, UserManagerInvite } from './types.js';

/** Several people at once, sharing one role (and stores); built from the contract's person schema. */
const InviteForm = z.object({ people: z.array(PersonBody).min(1).max(20) });
type InviteFormInput = z.input<typeof InviteForm>;
type InviteFormOutput = z.output<typeof InviteForm>;

const blank = { email: '', firstName: '', lastName: '' };

export function InviteDialog(props: {
  clientId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  stores: readonly Store[];
  className?: string | undefined;
  onBeforeAction?:
    | ((action: UserManagerAction) => boolean | undefined | Promise<boolean | undefined>)
    | undefined;
  /** The people invited; `everyone` when nobody is left to fix (the dialog may close). */
  onInvited: (invites: UserManagerInvite[], created: User[], everyone: boolean) => void;
  onError: (error: unknown, action: UserManagerAction) => void;
}) {
  const { t, locale } = useVitrine();
  const invite = useInviteUser(props.clientId);
  const [role, setRole] = useState<Role>('viewer');
  // One language for everyone invited together: the email they will all receive.
  const [emailLocale, setEmailLocale] = useState<Locale>(locale);
  const [storeIds, setStoreIds] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const [generalError, setGeneralError] = useState<unknown>(null);
  const [partial, setPartial] = useState<number | null>(null);
  const form = useForm<InviteFormInput, InviteFormOutput>({
    validate: zodValidate(InviteForm),
    defaultValues: { people: [blank] },
    mode: 'onTouched',
  });
  const { register, handleSubmit, formState, reset, setError, setFocus } = form;
  const people = form.fieldArray('people');
  // Focus moves once the refused people's fields are rendered again.
  const [focusEmailOf, setFocusEmailOf] = useState<number | null>(null);
  useEffect(() => {
    if (focusEmailOf === null) return;
    setFocusEmailOf(null);
    setFocus(`people.${focusEmailOf}.email`);
  }, [focusEmailOf, setFocus]);

  useEffect(() => {
    if (!props.open) {
      reset({ people: [blank] });
      setRole('viewer');
      setEmailLocale(locale);
      setStoreIds([]);
      setTried(false);
      setGeneralError(null);
      setPartial(null);
    }
  }, [props.open, reset, locale]);

  const missingStores = role === 'store_manager' && storeIds.length === 0;

  const submit = handleSubmit(
    async ({ people: list }) => {
      setTried(true);
      setGeneralError(null);
      setPartial(null);
      if (missingStores) return;
      const invites = list.map((p) => ({
        ...p,
        locale: emailLocale,
        role,
        storeIds: role === 'store_manager' ? storeIds : [],
      }));
      const action: UserManagerAction = { type: 'invite', invites };
      if ((await props.onBeforeAction?.(action)) === false) return;
      const created: User[] = [];
      const sent: typeof invites = [];
      const failed: { index: number; error: unknown }[] = [];
      // One request per person: a refusal for one (a taken email) must not block the others.
      for (const [index, body] of invites.entries()) {
        try {
          created.push(await invite.mutateAsync(body));
          sent.push(body);
        } catch (error) {
          failed.push({ index, error });
        }
      }
      if (created.length) props.onInvited(sent, created, failed.length === 0);
      if (!failed.length) return;
      // Keep only the people who still need attention, with their errors on their fields.
      const remaining = failed.map((f) => list[f.index]!);
      reset({ people: remaining });
      let firstRefused: number | null = null;
      for (const [i, { error }] of failed.entries()) {
        props.onError(error, action);
        const field = isApiError(error) ? error.fields?.[0] : undefined;
        if (field?.path === 'email' && isApiError(error)) {
          setError(`people.${i}.email`, { type: error.code, message: error.message });
          firstRefused ??= i;
        } else {
          setGeneralError(error);
        }
      }
      // "Fix the highlighted people" only makes sense when someone was sent and someone is marked.
      if (created.length && firstRefused !== null) setPartial(created.length);
      setFocusEmailOf(firstRefused);
    },
    () => setTried(true),
  );

  const count = people.fields.length;
  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={t('users.inviteDialog.title')}
      description={t('users.inviteDialog.description')}
      className={props.className}
    >
      <form className="vt-UserManager-form" onSubmit={submit} noValidate>
        {people.fields.map((person, i) => (
          <fieldset key={person.id} className="vt-UserManager-person">
            <legend className="vt-Field-label">
              {t('users.inviteDialog.person', { number: i + 1 })}
            </legend>
            <PersonFields
              register={register}
              name={`people.${i}`}
              errors={formState.errors}
              labels="users.inviteDialog"
              autoComplete="off"
              namesClassName="vt-UserManager-names"
            />
            {count > 1 && (
              <Button variant="ghost" onClick={() => people.remove(i)}>
                {t('users.inviteDialog.removePerson', { number: i + 1 })}
              </Button>
            )}
          </fieldset>
        ))}
        {count < 20 && (
          <Button variant="secondary" onClick={() => people.append(blank)}>
            {t('users.inviteDialog.addPerson')}
          </Button>
        )}
        <RolePicker
          role={role}
          onRoleChange={setRole}
          roles={roles}
          stores={props.stores}
          storeIds={storeIds}
          onStoreIdsChange={setStoreIds}
          storesError={tried && missingStores ? t('validation.storesRequired') : undefined}
        />
        <EmailLanguageField value={emailLocale} onChange={setEmailLocale} />
        {partial !== null && (
          <p className="vt-Field-error" role="alert">
            {t('users.inviteDialog.partial', { sent: partial })}
          </p>
        )}
        {generalError ? <ErrorAlert error={generalError} /> : null}
        <div className="vt-Actions">
          <Button variant="ghost" onClick={() => props.onOpenChange(false)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="primary" pending={invite.isPending}>
            {invite.isPending
              ? t('users.inviteDialog.sending')
              : t('users.inviteDialog.submit', { count })}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
