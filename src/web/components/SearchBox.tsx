import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A search field that searches as the user types (after a pause) and on Enter. `value` is the
 * search in force (from the address); typing does not fight Back/Forward, which set it anew.
 */
export function SearchBox({
  id,
  label,
  value,
  onSearch,
  placeholder,
  hint,
  delay = 350,
}: {
  id: string;
  label: string;
  value: string;
  onSearch(text: string): void;
  placeholder?: string;
  hint?: string;
  delay?: number;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const committed = useRef(value);
  const onSearchRef = useRef(onSearch);
  useEffect(() => {
    onSearchRef.current = onSearch;
  }, [onSearch]);

  // The address changed (Back, a link, "clear filters"): show that search.
  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      setText(value);
    }
  }, [value]);

  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === committed.current) return;
    const timer = setTimeout(() => {
      committed.current = trimmed;
      onSearchRef.current(trimmed);
    }, delay);
    return () => clearTimeout(timer);
  }, [text, delay]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (trimmed === committed.current) return;
    committed.current = trimmed;
    onSearchRef.current(trimmed);
  };

  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <form className="search-box" role="search" onSubmit={submit}>
      <label htmlFor={id}>{label}</label>
      <div className="search-box__row">
        <input
          id={id}
          type="search"
          value={text}
          placeholder={placeholder}
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby={hintId}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="button button--primary">
          {t('catalogue.search.submit')}
        </button>
      </div>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
    </form>
  );
}
