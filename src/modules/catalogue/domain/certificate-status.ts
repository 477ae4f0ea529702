import type { Localized } from '../../../shared/localized.ts';
import { addDays, addMonths, type IsoDate } from './iso-date.ts';
import table from './ocop-categories.json' with { type: 'json' };

export { starsForScore, isOcopStars, type OcopStars, type StarRating } from './stars.ts';
export {
  AUTHORITY_LEVELS,
  authorityLevelLabel,
  expectedAuthorityLevel,
  parseAuthorityLevel,
  type AuthorityLevel,
} from './authority-levels.ts';
export { LEGAL_BASES, legalBasisForDate, legalBasisLabel, parseLegalBasis, type LegalBasis } from './legal-basis.ts';

/** A certificate is valid this many months from its issue date (all legal bases so far). */
export const CERTIFICATE_VALIDITY_MONTHS: number = table.certificateValidityMonths;

/** A certificate is flagged as expiring this many days before its expiry date. */
export const EXPIRING_WITHIN_DAYS = 90;

export type CertificateStatus = 'valid' | 'expiring' | 'expired' | 'revoked';

export type StatusColour = 'green' | 'amber' | 'red' | 'grey';

export const CERTIFICATE_STATUSES: Readonly<Record<CertificateStatus, { label: Localized; colour: StatusColour }>> = {
  valid: { label: { vi: 'Còn hiệu lực', en: 'Valid' }, colour: 'green' },
  expiring: { label: { vi: 'Sắp hết hạn', en: 'Expiring soon' }, colour: 'amber' },
  expired: { label: { vi: 'Hết hạn', en: 'Expired' }, colour: 'red' },
  revoked: { label: { vi: 'Đã thu hồi', en: 'Revoked' }, colour: 'grey' },
};

export interface CertificateDates {
  issueDate: IsoDate;
  /** Stored expiry when the certificate states one; otherwise computed from the issue date. */
  expiryDate?: IsoDate | null;
  revokedAt?: IsoDate | null;
}

/**
 * Issue date + 36 months. When that day does not exist the period ends on the last day of the
 * month instead of spilling into the next: 2024-02-29 → 2027-02-28, 2023-05-31 → 2026-05-31.
 * The certificate is valid through its expiry date inclusive.
 */
export function certificateExpiry(issueDate: IsoDate): IsoDate {
  return addMonths(issueDate, CERTIFICATE_VALIDITY_MONTHS);
}

/**
 * The status of a certificate on `today`, checked in this order:
 * - revoked: revoked on or before today (a revocation dated tomorrow has not happened yet);
 * - expired: today is after the expiry date;
 * - expiring: today is on or after expiry − 90 days;
 * - valid: otherwise (including a certificate whose issue date is still ahead).
 */
export function certificateStatus(cert: CertificateDates, today: IsoDate): CertificateStatus {
  if (cert.revokedAt != null && cert.revokedAt <= today) return 'revoked';
  const expiry = cert.expiryDate ?? certificateExpiry(cert.issueDate);
  if (today > expiry) return 'expired';
  if (today >= addDays(expiry, -EXPIRING_WITHIN_DAYS)) return 'expiring';
  return 'valid';
}

/** A product may carry the OCOP mark today: its certificate is valid or about to expire. */
export function isInForce(status: CertificateStatus): boolean {
  return status === 'valid' || status === 'expiring';
}

function newestFirst(a: CertificateDates, b: CertificateDates): number {
  if (a.issueDate !== b.issueDate) return a.issueDate < b.issueDate ? 1 : -1;
  const expiryA = a.expiryDate ?? certificateExpiry(a.issueDate);
  const expiryB = b.expiryDate ?? certificateExpiry(b.issueDate);
  return expiryA < expiryB ? 1 : expiryA > expiryB ? -1 : 0;
}

/**
 * The certificate that labels a product today: the newest one in force; when none is in force,
 * the newest of all, so an expired or revoked product keeps showing as such instead of as
 * unrated. Newest means latest issue date (then latest expiry). Undefined for no certificates.
 */
export function currentCertificate<C extends CertificateDates>(certs: readonly C[], today: IsoDate): C | undefined {
  const sorted = [...certs].sort(newestFirst);
  return sorted.find((cert) => isInForce(certificateStatus(cert, today))) ?? sorted[0];
}
