'use client';
import type { Role, Store } from '@vitrine/sdk';
import { useId } from 'react';
import { useVitrine } from '../../provider/VitrineProvider.js';

/** Role as a radio group with what each role may do, and the store picker for store managers. */
export function RolePicker(props: {
  role: Role;
  onRoleChange: (role: Role) => void;
  roles: readonly Role[];
  stores: readonly Store[];
  storeIds: readonly string[];
  onStoreIdsChange: (ids: string[]) => void;
  storesError?: string | undefined;
}) {
  const { t } = useVitrine();
  const id = useId();
  const storesErrorId = `${id}-stores-error`;
  return (
    <>
      <fieldset className="vt-UserManager-fieldset">
        <legend className="vt-Field-label">{t('users.inviteDialog.role')}</legend>
        {props.roles.map((role) => (
          <label key={role} className="vt-UserManager-choice">
            <input
              type="radio"
              name={`${id}-role`}
              value={role}
              checked={props.role === role}
              onChange={() => props.onRoleChange(role)}
              // Named by the role alone: the wrapping label would add the hint to the name too.
              aria-labelledby={`${id}-${role}-label`}
              aria-describedby={`${id}-${role}-hint`}
            />
            <span>
              <span className="vt-UserManager-choiceLabel" id={`${id}-${role}-label`}>
                {t(`role.${role}`)}
              </span>
              <span className="vt-UserManager-choiceHint" id={`${id}-${role}-hint`}>
                {t(`users.role.${role}.hint`)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {props.role === 'store_manager' && (
        <fieldset
          className="vt-UserManager-fieldset"
          aria-invalid={props.storesError ? true : undefined}
          aria-describedby={props.storesError ? storesErrorId : undefined}
        >
          <legend className="vt-Field-label">{t('users.inviteDialog.stores')}</legend>
          {props.stores.length === 0 ? (
            <p className="vt-Field-hint">{t('users.inviteDialog.noStores')}</p>
          ) : (
            props.stores.map((store) => (
              <label key={store.id} className="vt-UserManager-choice">
                <input
                  type="checkbox"
                  checked={props.storeIds.includes(store.id)}
                  onChange={(event) =>
                    props.onStoreIdsChange(
                      event.target.checked
                        ? [...props.storeIds, store.id]
                        : props.storeIds.filter((s) => s !== store.id),
                    )
                  }
                />
                <span className="vt-UserManager-choiceLabel">{store.name}</span>
              </label>
            ))
          )}
          {props.storesError && (
            <p className="vt-Field-error" id={storesErrorId}>
              {props.storesError}
            </p>
          )}
        </fieldset>
      )}
    </>
  );
}
