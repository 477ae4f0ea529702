import type { TFunction } from 'i18next';
import { ApiError, CLIENT_ERROR_CODES } from './client.ts';

/**
 * The server's error codes the web app has its own words for (`errors.<code>` in vi.json and
 * en.json; the i18n test checks each one). Any other code shows the server's message, which
 * already comes in the UI language.
 */
export const KNOWN_ERROR_CODES = [
  ...CLIENT_ERROR_CODES,
  'invalid_credentials',
  'too_many_attempts',
  'unauthorized',
  'forbidden',
  'not_found',
  'validation_failed',
  'conflict',
  'wrong_password',
  'cannot_change_own_access',
  'internal_error',
] as const;
export type KnownErrorCode = (typeof KNOWN_ERROR_CODES)[number];

const known = new Set<string>(KNOWN_ERROR_CODES);

/** A sentence for the user about a failure: our words for known codes, else the server's. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    if (known.has(error.code)) return t(`errors.${error.code}`);
    if (error.message) return error.message;
  }
  return t('errors.unknown');
}
