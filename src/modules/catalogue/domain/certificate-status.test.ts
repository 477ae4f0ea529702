import { describe, expect, it } from 'vitest';
import {
  CERTIFICATE_STATUSES,
  certificateExpiry,
  certificateStatus,
  currentCertificate,
  isInForce,
} from './certificate-status.ts';

describe('certificateExpiry: issue date + 36 months', () => {
  it('keeps the day of month', () => {
    expect(certificateExpiry('2023-05-15')).toBe('2026-05-15');
    expect(certificateExpiry('2023-05-31')).toBe('2026-05-31');
  });

  it('clamps a leap day to the end of February', () => {
    expect(certificateExpiry('2024-02-29')).toBe('2027-02-28');
  });

  it('lands on a leap day when the period ends in a leap February', () => {
    expect(certificateExpiry('2025-02-28')).toBe('2028-02-28');
    expect(certificateExpiry('2021-02-28')).toBe('2024-02-28');
  });
});

describe('certificateStatus', () => {
  // Issued 2023-06-15 → expires 2026-06-15; the expiring window opens 90 days before: 2026-03-17.
  const cert = { issueDate: '2023-06-15' };

  it('is valid well before expiry', () => {
    expect(certificateStatus(cert, '2024-01-01')).toBe('valid');
    expect(certificateStatus(cert, '2023-06-15')).toBe('valid');
  });

  it('is valid 91 days before expiry and expiring from 90 days before', () => {
    expect(certificateStatus(cert, '2026-03-16')).toBe('valid'); // 91 days before
    expect(certificateStatus(cert, '2026-03-17')).toBe('expiring'); // 90 days before
  });

  it('is still expiring (in force) on the expiry day itself', () => {
    expect(certificateStatus(cert, '2026-06-15')).toBe('expiring');
  });

  it('is expired the day after the expiry date', () => {
    expect(certificateStatus(cert, '2026-06-16')).toBe('expired');
  });

  it('uses a stored expiry date instead of computing one', () => {
    const shortened = { issueDate: '2023-06-15', expiryDate: '2025-01-31' };
    expect(certificateStatus(shortened, '2025-01-31')).toBe('expiring');
    expect(certificateStatus(shortened, '2025-02-01')).toBe('expired');
    expect(certificateStatus({ issueDate: '2023-06-15', expiryDate: null }, '2026-06-16')).toBe('expired');
  });

  it('is revoked when revoked today, but not when revocation is dated tomorrow', () => {
    expect(certificateStatus({ ...cert, revokedAt: '2024-05-10' }, '2024-05-10')).toBe('revoked');
    expect(certificateStatus({ ...cert, revokedAt: '2024-05-11' }, '2024-05-10')).toBe('valid');
    expect(certificateStatus({ ...cert, revokedAt: null }, '2024-05-10')).toBe('valid');
  });

  it('reports revoked rather than expired for an expired certificate that was revoked', () => {
    expect(certificateStatus({ ...cert, revokedAt: '2024-05-10' }, '2030-01-01')).toBe('revoked');
  });

  it('handles a leap-day issue date exactly', () => {
    const leap = { issueDate: '2024-02-29' }; // expires 2027-02-28; window opens 2026-11-30
    expect(certificateStatus(leap, '2026-11-29')).toBe('valid');
    expect(certificateStatus(leap, '2026-11-30')).toBe('expiring');
    expect(certificateStatus(leap, '2027-02-28')).toBe('expiring');
    expect(certificateStatus(leap, '2027-03-01')).toBe('expired');
  });

  it('counts the 90-day window across a leap February', () => {
    const cert2028 = { issueDate: '2025-05-01' }; // expires 2028-05-01; 90 days before = 2028-02-01
    expect(certificateStatus(cert2028, '2028-01-31')).toBe('valid');
    expect(certificateStatus(cert2028, '2028-02-01')).toBe('expiring');
  });

  it('treats a certificate issued in the future as valid', () => {
    expect(certificateStatus({ issueDate: '2030-01-01' }, '2025-01-01')).toBe('valid');
  });
});

describe('status display', () => {
  it('gives every status a bilingual label and a colour', () => {
    expect(CERTIFICATE_STATUSES).toEqual({
      valid: { label: { vi: 'Còn hiệu lực', en: 'Valid' }, colour: 'green' },
      expiring: { label: { vi: 'Sắp hết hạn', en: 'Expiring soon' }, colour: 'amber' },
      expired: { label: { vi: 'Hết hạn', en: 'Expired' }, colour: 'red' },
      revoked: { label: { vi: 'Đã thu hồi', en: 'Revoked' }, colour: 'grey' },
    });
    expect(isInForce('valid')).toBe(true);
    expect(isInForce('expiring')).toBe(true);
    expect(isInForce('expired')).toBe(false);
    expect(isInForce('revoked')).toBe(false);
  });
});

describe('currentCertificate', () => {
  const today = '2025-06-01';
  const old3 = { id: 'old-3★', issueDate: '2020-03-01' }; // expired 2023-03-01
  const renewed4 = { id: 'renewed-4★', issueDate: '2023-03-10' }; // valid to 2026-03-10
  const newerRevoked = { id: 'newer-revoked', issueDate: '2024-09-01', revokedAt: '2025-01-15' };
  const expiring = { id: 'expiring', issueDate: '2022-07-01' }; // expires 2025-07-01

  it('is undefined for a product without certificates', () => {
    expect(currentCertificate<{ issueDate: string }>([], today)).toBeUndefined();
  });

  it('is the newest certificate in force', () => {
    expect(currentCertificate([old3, renewed4], today)?.id).toBe('renewed-4★');
    expect(currentCertificate([renewed4, old3], today)?.id).toBe('renewed-4★');
  });

  it('skips a newer certificate that is revoked when an older one is still in force', () => {
    expect(currentCertificate([renewed4, newerRevoked, old3], today)?.id).toBe('renewed-4★');
  });

  it('counts an expiring certificate as in force', () => {
    expect(currentCertificate([old3, expiring], today)?.id).toBe('expiring');
  });

  it('falls back to the newest certificate when none is in force, so the product shows as expired or revoked', () => {
    expect(currentCertificate([old3], today)?.id).toBe('old-3★');
    const revokedOnly = [old3, newerRevoked];
    expect(currentCertificate(revokedOnly, today)?.id).toBe('newer-revoked');
  });

  it('does not reorder the caller’s array', () => {
    const certs = [old3, renewed4];
    currentCertificate(certs, today);
    expect(certs.map((c) => c.id)).toEqual(['old-3★', 'renewed-4★']);
  });
});
