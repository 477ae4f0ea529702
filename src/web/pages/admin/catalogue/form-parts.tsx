import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Localized } from '../../../../shared/localized.ts';

/** A labelled input (or textarea when `rows` is given), with an optional hint under it. */
export function TextField({
  id,
  label,
  value,
  onChange,
  required = false,
  hint,
  type = 'text',
  rows,
  lang,
  inputMode,
  placeholder,
  autoComplete = 'off',
  min,
  max,
  step,
}: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  required?: boolean;
  hint?: string;
  type?: 'text' | 'email' | 'url' | 'tel' | 'number' | 'date';
  rows?: number;
  lang?: string;
  inputMode?: 'numeric' | 'decimal' | 'text' | 'email' | 'tel' | 'url';
  placeholder?: string;
  autoComplete?: string;
  min?: number | string;
  max?: number | string;
  step?: number | string;
}) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> ({t('form.required')})</span>}
      </label>
      {rows ? (
        <textarea id={id} rows={rows} value={value} lang={lang} required={required} aria-describedby={hintId} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          id={id}
          type={type}
          value={value}
          lang={lang}
          required={required}
          inputMode={inputMode}
          placeholder={placeholder}
          autoComplete={autoComplete}
          min={min}
          max={max}
          step={step}
          aria-describedby={hintId}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** A text in Vietnamese and English, side by side on wide screens. */
export function LocalizedFields({
  id,
  legend,
  value,
  onChange,
  required = false,
  requiredEn = required,
  rows,
  hint,
}: {
  id: string;
  legend: string;
  value: Localized;
  onChange(value: Localized): void;
  required?: boolean;
  requiredEn?: boolean;
  rows?: number;
  hint?: string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="localized-fields">
      <legend>{legend}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      <div className="form-grid">
        <TextField id={`${id}-vi`} label={t('form.vietnamese')} lang="vi" value={value.vi} rows={rows} required={required} onChange={(vi) => onChange({ ...value, vi })} />
        <TextField id={`${id}-en`} label={t('form.english')} lang="en" value={value.en} rows={rows} required={requiredEn} onChange={(en) => onChange({ ...value, en })} />
      </div>
    </fieldset>
  );
}

export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="form-section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

/** "" → null, otherwise the trimmed text. */
export const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** A whole number of dong typed with or without thousands dots ("150.000"), or null when empty. */
export function parseVnd(text: string): number | null | 'invalid' {
  const clean = text.replace(/[.\s,₫đ]/gi, '');
  if (clean === '') return null;
  if (!/^\d+$/.test(clean)) return 'invalid';
  return Number(clean);
}

/** A status line for a form: success (polite) or error (alert). */
export function FormMessage({ error, success }: { error?: string | null; success?: string | null }) {
  return (
    <div aria-live="polite" className="live-region">
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {success && !error && (
        <p className="form-success" role="status">
          {success}
        </p>
      )}
    </div>
  );
}
