import { describe, expect, it } from 'vitest';
import { normaliseCode, verdictOf } from './verdict.ts';

const certificate = {
  stars: 4,
  potentialFiveStar: false,
  decisionNumber: '1/QĐ-UBND',
  authorityLevel: 'province' as const,
  issueDate: '2025-01-01',
  expiryDate: '2028-01-01',
  revokedOn: null,
  revocationReason: null,
};

describe('verify verdict', () => {
  it('says valid only when the mark is valid today and the status is in force', () => {
    expect(verdictOf({ status: 'valid', validToday: true, certificate })).toBe('valid');
    expect(verdictOf({ status: 'expiring', validToday: true, certificate })).toBe('expiring');
    expect(verdictOf({ status: 'valid', validToday: false, certificate })).toBe('unconfirmed');
    expect(verdictOf({ status: 'valid', validToday: true, certificate: null })).toBe('unconfirmed');
  });

  it('never shows expired, revoked or uncertified products as valid, whatever validToday says', () => {
    for (const status of ['expired', 'revoked', 'none'] as const) {
      expect(verdictOf({ status, validToday: true, certificate })).toBe(status);
      expect(verdictOf({ status, validToday: false, certificate })).toBe(status);
    }
  });

  it('reads codes as people type them', () => {
    expect(normaliseCode('7k3m9qx2')).toBe('7K3M-9QX2');
    expect(normaliseCode(' 7K3M - 9QX2 ')).toBe('7K3M-9QX2');
    expect(normaliseCode('7K3M-9QX')).toBeNull();
    expect(normaliseCode('')).toBeNull();
  });
});
