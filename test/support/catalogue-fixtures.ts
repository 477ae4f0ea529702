import { SYSTEM_ACTOR } from '../../src/modules/audit/actor.ts';
import { addCertificate } from '../../src/modules/catalogue/certificates/add-certificate.ts';
import type { CertificateInput, ProducerInput } from '../../src/modules/catalogue/contract.ts';
import { addDays, addMonths } from '../../src/modules/catalogue/domain/iso-date.ts';
import { createProducer } from '../../src/modules/catalogue/producers/create-producer.ts';
import { createProduct } from '../../src/modules/catalogue/products/create-product.ts';
import type { Database } from '../../src/server/db/database.ts';
import type { SignedInUser } from '../../src/server/http/access.ts';
import { clock } from '../../src/shared/time/clock.ts';

const staff: SignedInUser = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'fixtures@test.example',
  displayName: 'Fixtures',
  role: 'organizer',
  producerId: null,
  buyerOrganisationId: null,
  preferredLanguage: 'vi',
  mustChangePassword: false,
};

export function aProducer(database: Database, overrides: Partial<ProducerInput> = {}) {
  return createProducer(database, SYSTEM_ACTOR, {
    name: 'HTX Gốm sứ Minh Phát',
    type: 'cooperative',
    address: 'Thôn 3, xã Bát Tràng',
    province: 'Hà Nội',
    commune: 'Bát Tràng',
    legacyDistrict: 'Gia Lâm',
    region: 'red-river-delta',
    ...overrides,
  });
}

export function aProduct(database: Database, producerId: string, name: { vi: string; en: string }, extra: { description?: { vi: string; en: string }; categoryCode?: string } = {}) {
  return createProduct(database, staff, SYSTEM_ACTOR, { producerId, name, categoryCode: extra.categoryCode ?? 'IV.1', description: extra.description });
}

/** A certificate issued so that it expires `expiresInDays` from today (negative: expired). */
export function aCertificate(database: Database, productId: string, options: { stars?: 3 | 4 | 5; expiresInDays?: number } & Partial<CertificateInput> = {}) {
  const { expiresInDays = 500, stars = 4, ...rest } = options;
  // Expiry is issue + 36 months; walking back 36 months from the wanted expiry finds the issue date.
  const wantedExpiry = addDays(clock.today(), expiresInDays);
  let issueDate = addMonths(wantedExpiry, -36);
  while (addMonths(issueDate, 36) < wantedExpiry) issueDate = addDays(issueDate, 1);
  return addCertificate(database, SYSTEM_ACTOR, productId, {
    stars,
    decisionNumber: `${Math.floor(Math.random() * 9000) + 1000}/QĐ-UBND`,
    decisionDate: issueDate,
    issueDate,
    authorityLevel: 'province',
    ...rest,
  });
}
