// The Catalogue domain in one import for the server and web; each file holds one concern.
export * from './iso-date.ts';
export * from './categories.ts';
export * from './sectors-1048.ts';
export * from './guess-leaf.ts';
export * from './producer-types.ts';
export * from './cultural-regions.ts';
export * from './provinces.ts';
export * from './countries.ts';
export * from './stars.ts';
export * from './legal-basis.ts';
export * from './authority-levels.ts';
export {
  CERTIFICATE_STATUSES,
  CERTIFICATE_VALIDITY_MONTHS,
  EXPIRING_WITHIN_DAYS,
  certificateExpiry,
  certificateStatus,
  currentCertificate,
  isInForce,
  type CertificateDates,
  type CertificateStatus,
  type StatusColour,
} from './certificate-status.ts';
