import { useEffect, useRef, type ReactNode } from 'react';
import './form.css';
import { useFormContext, useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useKitField, type FieldRules } from './useKitField.ts';

interface FieldShellProps {
  id: string;
  label: ReactNode;
  required?: boolean;
  hint?: ReactNode;
  hintId: string;
  errorId: string;
  problem?: string;
  children: ReactNode;
}

/** Label, control, hint and problem of one field, tied together for assistive technology. */
function FieldShell({ id, label, required, hint, hintId, errorId, problem, children }: FieldShellProps) {
  const { t } = useTranslation();
  return (
    <div className={problem ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> ({t('form.required')})</span>}
      </label>
      {children}
      <FieldNotes hint={hint} hintId={hintId} problem={problem} errorId={errorId} />
    </div>
  );
}

/** A field's hint and its problem, under the control. */
function FieldNotes({ hint, hintId, problem, errorId }: { hint?: ReactNode; hintId: string; problem?: string; errorId: string }) {
  return (
    <>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {problem && (
        <p className="field__error" id={errorId}>
          {problem}
        </p>
      )}
    </>
  );
}

const describedBy = (hint: unknown, hintId: string, problem: unknown, errorId: string) =>
  [hint ? hintId : null, problem ? errorId : null].filter(Boolean).join(' ') || undefined;

export interface TextFieldProps extends FieldRules {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  id?: string;
  type?: 'text' | 'email' | 'url' | 'tel' | 'number' | 'date' | 'time' | 'datetime-local' | 'password' | 'search';
  /** A textarea of this many rows. */
  rows?: number;
  lang?: string;
  inputMode?: 'numeric' | 'decimal' | 'text' | 'email' | 'tel' | 'url';
  placeholder?: string;
  autoComplete?: string;
  step?: number | string;
  disabled?: boolean;
}

/** A labelled text input (or textarea), its hint, and its problem under it. */
export function TextField({ name, label, hint, id: explicitId, type = 'text', rows, lang, inputMode, placeholder, autoComplete = 'off', step, disabled, ...rules }: TextFieldProps) {
  const { id, errorId, hintId, registration, problem } = useKitField(name, rules, explicitId);
  const common = {
    id,
    lang,
    disabled,
    required: rules.required,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': describedBy(hint, hintId, problem, errorId),
    ...registration,
  };
  return (
    <FieldShell id={id} label={label} required={rules.required} hint={hint} hintId={hintId} errorId={errorId} problem={problem}>
      {rows ? (
        <textarea rows={rows} placeholder={placeholder} {...common} />
      ) : (
        <input type={type} inputMode={inputMode} placeholder={placeholder} autoComplete={autoComplete} step={step} min={rules.min} max={rules.max} {...common} />
      )}
    </FieldShell>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectOptionGroup {
  label: string;
  options: readonly SelectOption[];
}

export interface SelectFieldProps extends Pick<FieldRules, 'required' | 'validate'> {
  name: string;
  label: ReactNode;
  options: readonly SelectOption[];
  /** Options in named groups (optgroup), after `options`. */
  groups?: readonly SelectOptionGroup[];
  /** A first option with the empty value ("Choose…", "All"). */
  placeholder?: string;
  hint?: ReactNode;
  id?: string;
  disabled?: boolean;
}

const renderOption = (option: SelectOption) => (
  <option key={option.value} value={option.value}>
    {option.label}
  </option>
);

/** A labelled select. */
export function SelectField({ name, label, options, groups = [], placeholder, hint, id: explicitId, disabled, ...rules }: SelectFieldProps) {
  const { id, errorId, hintId, registration, problem } = useKitField(name, rules, explicitId);
  const { getValues } = useFormContext();
  const element = useRef<HTMLSelectElement | null>(null);
  // Options that arrive later (loaded, or searched for) show the form's value once they are there.
  const optionValues = [...options, ...groups.flatMap((group) => group.options)].map((option) => option.value).join('\n');
  useEffect(() => {
    const value: unknown = getValues(name);
    if (element.current && typeof value === 'string' && element.current.value !== value) element.current.value = value;
  }, [optionValues, getValues, name]);
  const ref = (node: HTMLSelectElement | null) => {
    element.current = node;
    registration.ref(node);
  };
  return (
    <FieldShell id={id} label={label} required={rules.required} hint={hint} hintId={hintId} errorId={errorId} problem={problem}>
      <select id={id} disabled={disabled} required={rules.required} aria-invalid={problem ? true : undefined} aria-describedby={describedBy(hint, hintId, problem, errorId)} {...registration} ref={ref}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map(renderOption)}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map(renderOption)}
          </optgroup>
        ))}
      </select>
    </FieldShell>
  );
}

/** A checkbox with its label beside it (the value is a boolean). */
export function CheckboxField({ name, label, hint, id: explicitId, disabled }: { name: string; label: ReactNode; hint?: ReactNode; id?: string; disabled?: boolean }) {
  const { id, errorId, hintId, registration, problem } = useKitField(name, {}, explicitId);
  return (
    <div className={problem ? 'field field--invalid' : 'field'}>
      <div className="checkbox-field">
        <input type="checkbox" id={id} disabled={disabled} aria-invalid={problem ? true : undefined} aria-describedby={describedBy(hint, hintId, problem, errorId)} {...registration} />
        <label htmlFor={id}>{label}</label>
      </div>
      <FieldNotes hint={hint} hintId={hintId} problem={problem} errorId={errorId} />
    </div>
  );
}

/** A text in Vietnamese and English (fields `${name}.vi` and `${name}.en`), side by side on wide screens. */
export function LocalizedFields({ name, legend, hint, required = false, requiredEn = required, rows, maxLength, id }: { name: string; legend: string; hint?: string; required?: boolean; requiredEn?: boolean; rows?: number; maxLength?: number; /** Ids `${id}-vi` and `${id}-en` (default: from the form and the name). */ id?: string }) {
  const { t } = useTranslation();
  return (
    <fieldset className="localized-fields">
      <legend>{legend}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      <div className="form-grid">
        <TextField name={`${name}.vi`} id={id && `${id}-vi`} label={t('form.vietnamese')} lang="vi" rows={rows} required={required} maxLength={maxLength} />
        <TextField name={`${name}.en`} id={id && `${id}-en`} label={t('form.english')} lang="en" rows={rows} required={requiredEn} maxLength={maxLength} />
      </div>
    </fieldset>
  );
}

/** The form's submit button: disabled and saying so while the form is being sent. */
export function SubmitButton({ children, className = 'button button--primary' }: { children: ReactNode; className?: string }) {
  const { t } = useTranslation();
  const { isSubmitting } = useFormState();
  return (
    <button type="submit" className={className} disabled={isSubmitting}>
      {isSubmitting ? t('common.saving') : children}
    </button>
  );
}
