import { createContext, useContext, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The filters of a list, in a row that wraps (one per line on a phone). */
export function FilterBar({ children, label }: { children: ReactNode; label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="filters filters--row" role="group" aria-label={label ?? t('kit.list.filters')}>
      {children}
    </div>
  );
}

export interface FilterOption {
  value: string;
  label: string;
}

/** The typed, not yet applied values of a FilterForm, for the fields inside it. */
interface DraftContext {
  draft: Record<string, string>;
  change(name: string, value: string): void;
}
const FilterDraft = createContext<DraftContext | null>(null);

/** A field's value and setter: from its FilterForm when it has a name there, else its props. */
function useFilterValue(name: string | undefined, value: string | undefined, onChange: ((value: string) => void) | undefined) {
  const draft = useContext(FilterDraft);
  if (draft && name !== undefined) return [draft.draft[name] ?? '', (next: string) => draft.change(name, next)] as const;
  return [value ?? '', onChange ?? (() => undefined)] as const;
}

/**
 * Filters applied together with a button (lists where each change would be a costly query, or
 * free text): the fields show the filters in force (they follow the address on Back), the
 * button applies the typed ones, "clear" (when given) removes them all.
 */
export function FilterForm<K extends string>({
  label,
  submitLabel,
  clearLabel,
  values,
  onApply,
  onClear,
  children,
}: {
  label: string;
  submitLabel: string;
  clearLabel?: string;
  values: Readonly<Record<K, string>>;
  onApply(values: NoInfer<Record<K, string>>): void;
  onClear?(): void;
  children: ReactNode;
}) {
  const [draft, setDraft] = useState<Record<string, string>>(values);
  const key = JSON.stringify(values);
  useEffect(() => setDraft(JSON.parse(key) as Record<string, string>), [key]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(Object.fromEntries(Object.entries(draft).map(([name, value]) => [name, value.trim()])) as Record<K, string>);
  };
  const active = Object.values<string>(values).some((value) => value !== '');
  return (
    <FilterDraft.Provider value={{ draft, change: (name, value) => setDraft((previous) => ({ ...previous, [name]: value })) }}>
      <form className="filters" role="search" aria-label={label} onSubmit={submit}>
        {children}
        <button type="submit" className="button">
          {submitLabel}
        </button>
        {clearLabel && onClear && active && (
          <button type="button" className="button button--secondary" onClick={onClear}>
            {clearLabel}
          </button>
        )}
      </form>
    </FilterDraft.Provider>
  );
}

/** A labelled text filter; `suggestions` offer known values (the server matches exactly). */
export function FilterText({
  id,
  name,
  label,
  value,
  onChange,
  type = 'text',
  suggestions,
}: {
  id?: string;
  name?: string;
  label: string;
  value?: string;
  onChange?(value: string): void;
  type?: 'text' | 'search';
  suggestions?: readonly string[];
}) {
  const [current, set] = useFilterValue(name, value, onChange);
  const inputId = id ?? `filter-${name ?? 'text'}`;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <input id={inputId} type={type} list={suggestions ? `${inputId}-list` : undefined} value={current} onChange={(event) => set(event.target.value)} />
      {suggestions && (
        <datalist id={`${inputId}-list`}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
    </div>
  );
}

/** A labelled select that filters a list; `allLabel` is the first option (no filter). */
export function FilterSelect({
  id,
  name,
  label,
  value,
  options,
  allLabel,
  onChange,
}: {
  id: string;
  /** Inside a FilterForm: the filter it sets (applied with the form's button). */
  name?: string;
  label: string;
  value?: string;
  options: readonly FilterOption[];
  allLabel?: string;
  onChange?(value: string): void;
}) {
  const [current, set] = useFilterValue(name, value, onChange);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={current} onChange={(event) => set(event.target.value)}>
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
