import { describe, expect, it } from 'vitest';
import {
  AUTHORITY_LEVELS,
  authorityLevelLabel,
  expectedAuthorityLevel,
  parseAuthorityLevel,
} from './authority-levels.ts';
import { LEGAL_BASES, legalBasisForDate, parseLegalBasis } from './legal-basis.ts';
import { isOcopStars, starsForScore } from './stars.ts';

describe('starsForScore', () => {
  it.each([
    [100, 5],
    [90, 5],
    [89, 4],
    [89.9, 4],
    [70, 4],
    [69.5, 3],
    [50, 3],
    [49, 2],
    [30, 2],
    [29, 1],
    [0, 1],
  ] as const)('%s points → %s★', (score, stars) => {
    expect(starsForScore(score)).toBe(stars);
  });

  it('rejects scores outside the 100-point scale', () => {
    expect(() => starsForScore(-1)).toThrow(RangeError);
    expect(() => starsForScore(101)).toThrow(RangeError);
    expect(() => starsForScore(Number.NaN)).toThrow(RangeError);
  });

  it('knows that only 3★ and above are OCOP products', () => {
    expect([1, 2, 3, 4, 5, 6].filter(isOcopStars)).toEqual([3, 4, 5]);
  });
});

describe('legal basis', () => {
  it('follows the decision date', () => {
    expect(legalBasisForDate('2019-08-21')).toBe('1048');
    expect(legalBasisForDate('2023-02-23')).toBe('1048');
    expect(legalBasisForDate('2023-02-24')).toBe('148');
    expect(legalBasisForDate('2025-06-30')).toBe('148');
    expect(legalBasisForDate('2025-07-01')).toBe('1489');
    expect(legalBasisForDate('2018-12-01')).toBe('1048');
  });

  it('is read from a decision number or bare code', () => {
    expect(parseLegalBasis('148')).toBe('148');
    expect(parseLegalBasis('QĐ 1048')).toBe('1048');
    expect(parseLegalBasis('Quyết định 1489/QĐ-TTg')).toBe('1489');
    expect(parseLegalBasis('2148')).toBeUndefined();
  });

  it('has a bilingual label for each basis', () => {
    expect(LEGAL_BASES.map((b) => b.code)).toEqual(['1048', '148', '1489']);
  });
});

describe('authority levels', () => {
  it('have bilingual labels', () => {
    expect(AUTHORITY_LEVELS.map((l) => l.code)).toEqual(['district', 'province', 'central']);
    expect(authorityLevelLabel('central')).toEqual({ vi: 'Trung ương', en: 'Central' });
  });

  it.each([
    ['Huyện', 'district'],
    ['huyen', 'district'],
    ['Quận', 'district'],
    ['Cấp huyện', 'district'],
    ['district', 'district'],
    ['UBND huyện Gia Lâm', 'district'],
    ['Tỉnh', 'province'],
    ['Thành phố', 'province'],
    ['TP', 'province'],
    ['TP.', 'province'],
    ['province', 'province'],
    ['city', 'province'],
    ['UBND thành phố Hà Nội', 'province'],
    ['Trung ương', 'central'],
    ['TW', 'central'],
    ['central', 'central'],
    ['national', 'central'],
    ['Bộ Nông nghiệp và PTNT', 'central'],
  ] as const)('reads "%s" as %s', (text, level) => {
    expect(parseAuthorityLevel(text)).toBe(level);
  });

  it('returns undefined for unknown levels', () => {
    expect(parseAuthorityLevel('Xã')).toBeUndefined();
    expect(parseAuthorityLevel('')).toBeUndefined();
  });

  it('knows who recognises each star level under each basis', () => {
    expect(expectedAuthorityLevel(3, '1048')).toBe('province');
    expect(expectedAuthorityLevel(4, '1048')).toBe('province');
    expect(expectedAuthorityLevel(5, '1048')).toBe('central');
    expect(expectedAuthorityLevel(3, '148')).toBe('district');
    expect(expectedAuthorityLevel(4, '148')).toBe('province');
    expect(expectedAuthorityLevel(5, '148')).toBe('central');
    expect(expectedAuthorityLevel(3, '1489')).toBe('province');
    expect(expectedAuthorityLevel(4, '1489')).toBe('province');
    expect(expectedAuthorityLevel(5, '1489')).toBe('central');
  });
});
