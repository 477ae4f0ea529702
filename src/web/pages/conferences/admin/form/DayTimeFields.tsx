import { useTranslation } from 'react-i18next';
import { parseDate } from '../../../../format.ts';
import { TextField } from '../../../../kit/form/fields.tsx';

// Dates and times typed the Vietnamese way in the conference forms, not the browser's pickers
// (whose format follows the browser's language: mm/dd/yyyy, 12-hour clocks).

/**
 * A calendar date typed day first (15/03/2027), whatever the browser's language: the value is the
 * text, turned into yyyy-MM-dd with parseDate when the body is made. `notBefore` names another
 * date field of the form (its text) that this one may not precede.
 */
export function DateField({ id, name, label, required = false, notBefore }: {
  id: string; name: string; label: string; required?: boolean; notBefore?: { value(): string; problem: string };
}) {
  const { t } = useTranslation();
  const validate = (value: unknown) => {
    const text = String(value ?? '').trim();
    if (!text) return true;
    const date = parseDate(text);
    if (!date) return t('form.badDate');
    const other = notBefore ? parseDate(notBefore.value()) : null;
    return !other || date >= other || (notBefore?.problem ?? true);
  };
  return <TextField id={id} name={name} label={label} required={required} inputMode="numeric" placeholder={t('form.datePlaceholder')} hint={t('form.dateHint')} validate={validate} />;
}

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** A time of day typed as HH:mm (24-hour), whatever the browser's language. */
export function TimeField({ id, name, label, after }: { id: string; name: string; label: string; after?: { value(): string; problem: string } }) {
  const { t } = useTranslation();
  const validate = (value: unknown) => {
    const text = String(value ?? '').trim();
    if (!TIME.test(text)) return t('conferences.form.badTime');
    const other = after?.value() ?? '';
    return !TIME.test(other) || text > other || (after?.problem ?? true);
  };
  return <TextField id={id} name={name} label={label} required inputMode="numeric" placeholder="HH:mm" validate={validate} />;
}
