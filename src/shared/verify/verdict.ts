// What the verify page says about a code. Pure data (the i18n test imports it in Node).
import type { VerifyResult } from '../../modules/catalogue/contract.ts';

/**
 * The verdicts the page can show. `unconfirmed` is for an answer that contradicts itself (a
 * status in force but not valid today): the page then does not claim validity.
 */
export const VERDICTS = ['valid', 'expiring', 'expired', 'revoked', 'none', 'unconfirmed'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * The verdict for an answer of GET /api/verify/:code. Valid only when the server says the mark
 * is valid today AND the status is one in force: expired or revoked are never shown as valid.
 */
export function verdictOf(result: Pick<VerifyResult, 'validToday' | 'status' | 'certificate'>): Verdict {
  const { status, validToday } = result;
  if (status === 'valid' || status === 'expiring') return validToday && result.certificate ? status : 'unconfirmed';
  return status;
}

/** A code as people type it → `XXXX-XXXX` (upper case, dash added), or null when it cannot be one. */
export function normaliseCode(text: string): string | null {
  const clean = text.toUpperCase().replace(/[^0-9A-Z]/g, '');
  if (clean.length !== 8) return null;
  return `${clean.slice(0, 4)}-${clean.slice(4)}`;
}
