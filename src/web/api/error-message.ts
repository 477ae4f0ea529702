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
