import type { AuthorityLevel } from '../domain/authority-levels.ts';
import type { CertificateStatus } from '../domain/certificate-status.ts';
import type { CulturalRegionCode } from '../domain/cultural-regions.ts';
import type { IsoDate } from '../domain/iso-date.ts';
import type { LegalBasis } from '../domain/legal-basis.ts';
import type { ProducerType } from '../domain/producer-types.ts';
import type { OcopStars } from '../domain/stars.ts';

/** A producer as read from one row. Absent optional values are null (database-ready). */
export interface ImportProducer {
  /** {@link producerKey} of name and address, for matching rows and existing producers. */
  key: string;
  name: string;
  type: ProducerType;
  address: string;
  /** Current province (a pre-2025 name is mapped onto it); as written for foreign producers. */
  province: string | null;
  /** The pre-2025 province as written, when it has since been merged. */
  legacyProvince: string | null;
  /** Commune or ward (after the 2025 reform when the list is recent). */
  commune: string | null;
  /** District as written: Hanoi abolished districts in 2025, so this is historical. */
  legacyDistrict: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string;
  region: CulturalRegionCode | null;
  taxCode: string | null;
  phone: string | null;
}

/** One valid row of an official list: a product with its certificate. */
export interface ImportRow {
  rowNumber: number;
  /** {@link productKey} of the Vietnamese name, unique per producer within a file. */
  productKey: string;
  productName: { vi: string; en: string | null };
  producer: ImportProducer;
  /** Always a leaf category. */
  categoryCode: string;
  stars: OcopStars;
  /** Scored at 5★ level by the city and sent up for national review; holds 4 stars meanwhile. */
  potentialFiveStar: boolean;
  score: number | null;
  decisionNumber: string;
  decisionDate: IsoDate;
  /** The decision date unless the list gives a separate issue date. */
  issueDate: IsoDate;
  /** As listed, or issue date + 36 months. */
  expiryDate: IsoDate;
  level: AuthorityLevel;
  legalBasis: LegalBasis;
  /** Certificate status on the `today` the file was validated for. */
  status: CertificateStatus;
  craftVillage: string | null;
  priceMinVnd: number | null;
  priceMaxVnd: number | null;
  packaging: string | null;
  description: string | null;
}
