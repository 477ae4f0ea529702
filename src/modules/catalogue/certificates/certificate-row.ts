import { sql } from 'drizzle-orm';
import type { Certificate, ProductCertificateStatus } from '../contract.ts';

export const certificateColumns = (today: string) => sql`
  c.id, c.stars, c.potential_five_star, c.score::float8 AS score, c.decision_number, c.decision_date::text AS decision_date,
  c.authority_level, c.authority_name, c.legal_basis, c.issue_date::text AS issue_date, c.expiry_date::text AS expiry_date,
  c.revoked_on::text AS revoked_on, c.revocation_reason_vi, c.revocation_reason_en,
  ocop_certificate_status(c.expiry_date, c.revoked_on IS NOT NULL, ${today}::date) AS status`;

export interface CertificateRow {
  id: string;
  stars: number;
  potential_five_star: boolean;
  score: number | null;
  decision_number: string;
  decision_date: string;
  authority_level: Certificate['authorityLevel'];
  authority_name: string | null;
  legal_basis: Certificate['legalBasis'];
  issue_date: string;
  expiry_date: string;
  revoked_on: string | null;
  revocation_reason_vi: string | null;
  revocation_reason_en: string | null;
  status: ProductCertificateStatus;
}

export function toCertificate(row: CertificateRow): Certificate {
  return {
    id: row.id,
    stars: row.stars,
    potentialFiveStar: row.potential_five_star,
    score: row.score,
    decisionNumber: row.decision_number,
    decisionDate: row.decision_date,
    authorityLevel: row.authority_level,
    authorityName: row.authority_name,
    legalBasis: row.legal_basis,
    issueDate: row.issue_date,
    expiryDate: row.expiry_date,
    revokedOn: row.revoked_on,
    revocationReason:
      row.revocation_reason_vi === null ? null : { vi: row.revocation_reason_vi, en: row.revocation_reason_en ?? '' },
    status: row.status,
  };
}
