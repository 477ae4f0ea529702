// Codes of the catalogue that the web app has words for in vi.json/en.json. Pure data, imported
// by the i18n test in Node to check that every `certificate.status.<code>` (etc.) key exists.
import type { PRODUCT_SORTS, ProductCertificateStatus } from '../../../../modules/catalogue/contract.ts';

/** Certificate statuses a product can have, in the order filters list them. */
export const STATUS_CODES = ['valid', 'expiring', 'expired', 'revoked', 'none'] as const satisfies readonly ProductCertificateStatus[];

export type ProductSort = (typeof PRODUCT_SORTS)[number];
export const SORT_CODES = ['relevance', 'name', 'stars', 'expiry', 'newest'] as const satisfies readonly ProductSort[];

/** Status colours: always shown together with the status in words and an icon. */
export const STATUS_ICONS: Readonly<Record<ProductCertificateStatus, string>> = {
  valid: '✓',
  expiring: '!',
  expired: '✕',
  revoked: '⊘',
  none: '–',
};

// Compile-time check that the lists above name every code the API has.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
export const STATUS_CODES_COMPLETE: Missing<ProductCertificateStatus, (typeof STATUS_CODES)[number]> = true;
export const SORT_CODES_COMPLETE: Missing<ProductSort, (typeof SORT_CODES)[number]> = true;

export function isStatusCode(value: string | null): value is ProductCertificateStatus {
  return value !== null && (STATUS_CODES as readonly string[]).includes(value);
}

export function isSortCode(value: string | null): value is ProductSort {
  return value !== null && (SORT_CODES as readonly string[]).includes(value);
}

/** In force today: the OCOP mark may be used (valid, or valid but expiring soon). */
export const inForce = (status: ProductCertificateStatus): boolean => status === 'valid' || status === 'expiring';
