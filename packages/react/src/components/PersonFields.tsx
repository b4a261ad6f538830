'use client';
import type { FieldErrors, FormApi } from '../hooks/useForm.js';
import { useVitrine } from '../provider/VitrineProvider.js';
import { Field } from './Field.js';
import { fieldErrorText } from './formErrors.js';

type PersonField = 'email' | 'firstName' | 'lastName';

export interface PersonFieldsProps {
  register: FormApi<unknown, unknown>['register'];
  /** Where the person sits in the form's values, e.g. `admin` or `people.0`. */
  name: string;
  /** The form's errors; the person's are those under `name`. */
  errors: FieldErrors;
  /** Whose words label the fields: the access dialog names an admin, the team dialog anyone. */
  labels: 'access.enable' | 'users.inviteDialog';
  /** `personal` lets the browser offer saved contact details; `off` for a list of other people. */
  autoComplete: 'personal' | 'off';
  /** The row holding both names, laid out by each widget. */
  namesClassName: string;
}

/**
 * Email, first name and last name of a person to invite, checked by the contract's `PersonBody`
 * (the form's resolver) and explained with the same words wherever a person is asked for.
 */
export function PersonFields(props: PersonFieldsProps) {
  const { t } = useVitrine();
  const { labels, name } = props;
  const errors = {
    email: props.errors[`${name}.email`],
    firstName: props.errors[`${name}.firstName`],
    lastName: props.errors[`${name}.lastName`],
  };
  const personal = props.autoComplete === 'personal';
  const register = (field: PersonField) => props.register(`${name}.${field}`);
  return (
    <>
      <Field
        label={t(`${labels}.email`)}
        error={fieldErrorText(t, errors.email, { max: 254, format: 'email' })}
      >
        <input
          className="vt-Input"
          type="email"
          autoComplete={personal ? 'email' : 'off'}
          aria-required="true"
          {...register('email')}
        />
      </Field>
      <div className={props.namesClassName}>
        <Field
          label={t(`${labels}.firstName`)}
          error={fieldErrorText(t, errors.firstName, { max: 60 })}
        >
          <input
            className="vt-Input"
            autoComplete={personal ? 'given-name' : 'off'}
            aria-required="true"
            {...register('firstName')}
          />
        </Field>
        <Field
          label={t(`${labels}.lastName`)}
          error={fieldErrorText(t, errors.lastName, { max: 60 })}
        >
          <input
            className="vt-Input"
            autoComplete={personal ? 'family-name' : 'off'}
            aria-required="true"
            {...register('lastName')}
          />
        </Field>
      </div>
    </>
  );
}
