import type { TFunction } from 'i18next';
import { ApiError } from './client.ts';
import { KNOWN_ERROR_CODES } from './error-codes.ts';

const known = new Set<string>(KNOWN_ERROR_CODES);

/** A sentence for the user about a failure: our words for known codes, else the server's message. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    if (known.has(error.code)) return t(`errors.${error.code}`);
    if (error.message) return error.message;
  }
  return t('errors.unknown');
}

/** The request fields a `validation_failed` answer names (`details[].field`), each once. */
export function invalidFields(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed' || !Array.isArray(error.details)) return [];
  const fields = new Set<string>();
  for (const detail of error.details as unknown[]) {
    if (detail && typeof detail === 'object' && typeof (detail as { field?: unknown }).field === 'string') {
      fields.add((detail as { field: string }).field);
    }
  }
  return [...fields];
}

/**
 * errorMessage, and for invalid data the fields to check, named by the form's own labels
 * (`labels` maps a request field such as `name.vi` or `email` to the label shown next to it).
 */
export function formErrorMessage(t: TFunction, error: unknown, labels: Readonly<Record<string, string>> = {}): string {
  const base = errorMessage(t, error);
  const fields = invalidFields(error);
  if (fields.length === 0) return base;
  const named = [...new Set(fields.map((field) => labels[field] ?? labels[field.replace(/\//g, '.').replace(/^\./, '')] ?? field))];
  return `${base} ${t('errors.checkFields', { fields: named.join(', ') })}`;
}
