import type { Queryable } from '../../../server/db/database.ts';
import type { VerifyResult } from '../contract.ts';
import { CERTIFICATE_STATUSES } from '../domain/certificate-status.ts';
import { getProduct } from '../products/get-product.ts';
import { normaliseProductCode } from '../products/product-code.ts';

const NO_CERTIFICATE = { vi: 'Chưa được công nhận OCOP', en: 'Not OCOP certified' };

/**
 * What a shopper sees after scanning a label: is the OCOP mark valid today? Expired and revoked
 * marks are said to be so, never shown as valid.
 */
export async function verifyProductCode(db: Queryable, code: string, today: string): Promise<VerifyResult> {
  const product = await getProduct(db, { code: normaliseProductCode(code) }, today);
  const current = product.certificates.find((c) => c.id === product.currentCertificateId);
  const status = product.certificateStatus;
  return {
    code: product.code,
    checkedOn: today,
    validToday: status === 'valid' || status === 'expiring',
    status,
    statusLabel: status === 'none' ? NO_CERTIFICATE : CERTIFICATE_STATUSES[status].label,
    product: { id: product.id, name: product.name, categoryCode: product.categoryCode },
    producer: { id: product.producer.id, name: product.producer.name, province: product.producer.province, country: product.producer.country },
    certificate: current
      ? {
          stars: current.stars,
          potentialFiveStar: current.potentialFiveStar,
          decisionNumber: current.decisionNumber,
          authorityLevel: current.authorityLevel,
          issueDate: current.issueDate,
          expiryDate: current.expiryDate,
          revokedOn: current.revokedOn,
          revocationReason: current.revocationReason,
        }
      : null,
  };
}
