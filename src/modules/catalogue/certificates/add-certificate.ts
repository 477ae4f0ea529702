import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { badRequest } from '../../../server/http/app-error.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { CertificateInput } from '../contract.ts';
import { certificateExpiry } from '../domain/certificate-status.ts';
import { legalBasisForDate } from '../domain/legal-basis.ts';
import { productNotFound } from '../products/get-product.ts';
import { certificates, products } from '../tables.ts';

/**
 * Records an OCOP certificate (a rating decision) for a product. The expiry is always issue +
 * 36 months; the legal basis defaults to the one in force on the decision date. The product's
 * current rating follows from the database trigger.
 */
export async function addCertificate(database: Database, actor: Actor, productId: string, input: CertificateInput): Promise<{ id: string }> {
  const issueDate = input.issueDate ?? input.decisionDate;
  if (issueDate < input.decisionDate) {
    throw badRequest('bad_issue_date', { vi: 'Ngày cấp không thể trước ngày quyết định', en: 'The issue date cannot precede the decision date' });
  }
  if (input.potentialFiveStar && input.stars !== 4) {
    throw badRequest('bad_potential_five_star', { vi: 'Chỉ sản phẩm 4 sao mới là tiềm năng 5 sao', en: 'Only a 4-star product can be potential 5-star' });
  }
  return database.db.transaction(async (tx) => {
    const [product] = await tx.select({ id: products.id }).from(products).where(eq(products.id, productId));
    if (!product) throw productNotFound();
    const values = {
      productId,
      stars: input.stars,
      potentialFiveStar: input.potentialFiveStar ?? false,
      score: input.score ?? null,
      decisionNumber: input.decisionNumber.trim(),
      decisionDate: input.decisionDate,
      authorityLevel: input.authorityLevel,
      authorityName: input.authorityName ?? null,
      legalBasis: input.legalBasis ?? legalBasisForDate(input.decisionDate),
      issueDate,
      expiryDate: certificateExpiry(issueDate),
    };
    const [row] = await tx.insert(certificates).values(values).returning({ id: certificates.id });
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, { action: 'certificate.create', entity: 'certificate', entityId: row.id, changes: values });
    return row;
  });
}
