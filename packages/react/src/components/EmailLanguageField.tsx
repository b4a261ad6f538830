'use client';
import { useMemo } from 'react';
import { type Locale, locales } from '../i18n/locales.js';
import { useVitrine } from '../provider/VitrineProvider.js';
import { Field } from './Field.js';

/** Each language named in itself ("Deutsch", "português (Brasil)"), as a person finds their own. */
function autonym(locale: Locale): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    return locale;
  }
}

/**
 * The language the invitation email is written in: the inviter knows the invitee's, which may
 * not be their own. Starts at the widget's language.
 */
export function EmailLanguageField(props: { value: Locale; onChange: (locale: Locale) => void }) {
  const { t } = useVitrine();
  const options = useMemo(() => locales.map((locale) => ({ locale, name: autonym(locale) })), []);
  return (
    <Field label={t('common.emailLanguage')}>
      <select
        className="vt-Input"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value as Locale)}
      >
        {options.map((option) => (
          <option key={option.locale} value={option.locale} lang={option.locale}>
            {option.name}
          </option>
        ))}
      </select>
    </Field>
  );
}
