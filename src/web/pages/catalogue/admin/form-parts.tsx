import type { ReactNode } from 'react';

/** A titled group of fields (a fieldset with its legend). */
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
