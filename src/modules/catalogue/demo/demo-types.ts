import type { Localized } from '../../../shared/localized.ts';
import type { AuthorityLevel } from '../domain/authority-levels.ts';
import type { CulturalRegionCode } from '../domain/cultural-regions.ts';
import type { IsoDate } from '../domain/iso-date.ts';
import type { LegalBasis } from '../domain/legal-basis.ts';
import type { ProducerType } from '../domain/producer-types.ts';
import type { OcopStars } from '../domain/stars.ts';

/** Plain rows for the database, linked by stable string keys (`village:…`, `producer:…`, …). */

export interface DemoCraftVillage {
  key: string;
  name: Localized;
  craft: Localized;
  /** Commune or ward after the July 2025 reform; null where the demo data does not know it. */
  commune: string | null;
  /** Commune and district before the reform, as addresses still give them. */
  legacyCommune: string;
  legacyDistrict: string;
  province: string;
  lat: number;
  lng: number;
  /** Officially recognised as a traditional craft village ("làng nghề truyền thống"). */
  recognisedTraditional: boolean;
  description: Localized;
}

export interface DemoProducer {
  key: string;
  name: string;
  type: ProducerType;
  address: string;
  commune: string | null;
  legacyDistrict: string | null;
  /** Current province, or the foreign producer's province/prefecture. */
  province: string;
  /** Null for foreign producers. */
  region: CulturalRegionCode | null;
  /** ISO 3166-1 alpha-2. */
  country: string;
  taxCode: string | null;
  phone: string;
  craftVillageKey: string | null;
  lat: number;
  lng: number;
}

export interface DemoProduct {
  key: string;
  producerKey: string;
  /** A leaf category. */
  categoryCode: string;
  name: Localized;
  description: Localized;
  packaging: Localized;
  priceMinVnd: number;
  priceMaxVnd: number;
  craftVillageKey: string | null;
}

export interface DemoCertificate {
  key: string;
  productKey: string;
  stars: OcopStars;
  potentialFiveStar: boolean;
  score: number;
  decisionNumber: string;
  decisionDate: IsoDate;
  issueDate: IsoDate;
  expiryDate: IsoDate;
  level: AuthorityLevel;
  legalBasis: LegalBasis;
  revokedAt: IsoDate | null;
  revocationReason: Localized | null;
}

export interface DemoCatalogue {
  craftVillages: DemoCraftVillage[];
  producers: DemoProducer[];
  products: DemoProduct[];
  certificates: DemoCertificate[];
}
