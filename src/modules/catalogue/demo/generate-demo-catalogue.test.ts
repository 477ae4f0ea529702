import { describe, expect, it } from 'vitest';
import { expectedAuthorityLevel } from '../domain/authority-levels.ts';
import { LEAF_CATEGORIES, findCategory, isLeafCategory } from '../domain/categories.ts';
import { certificateExpiry, certificateStatus, currentCertificate } from '../domain/certificate-status.ts';
import { CULTURAL_REGIONS } from '../domain/cultural-regions.ts';
import { legalBasisForDate } from '../domain/legal-basis.ts';
import { PRODUCER_TYPES } from '../domain/producer-types.ts';
import { parseProvince } from '../domain/provinces.ts';
import { starsForScore } from '../domain/stars.ts';
import { productKey, producerKey } from '../import/producer-key.ts';
import type { DemoCertificate } from './demo-types.ts';
import { DEFAULT_PRODUCERS, DEFAULT_PRODUCTS, generateDemoCatalogue } from './generate-demo-catalogue.ts';

const TODAY = '2025-10-01';
const demo = generateDemoCatalogue({ today: TODAY });

const certificatesByProduct = new Map<string, DemoCertificate[]>();
for (const cert of demo.certificates) {
  certificatesByProduct.set(cert.productKey, [...(certificatesByProduct.get(cert.productKey) ?? []), cert]);
}

describe('generateDemoCatalogue: size', () => {
  it('has at least 300 producers and 1,000 products by default', () => {
    expect(demo.producers).toHaveLength(DEFAULT_PRODUCERS);
    expect(demo.products).toHaveLength(DEFAULT_PRODUCTS);
    expect(DEFAULT_PRODUCERS).toBeGreaterThanOrEqual(300);
    expect(DEFAULT_PRODUCTS).toBeGreaterThanOrEqual(1000);
  });

  it('honours requested counts', () => {
    const small = generateDemoCatalogue({ today: TODAY, producers: 40, products: 90 });
    expect(small.producers).toHaveLength(40);
    expect(small.products).toHaveLength(90);
  });

  it('gives every producer at least one product when there are enough products', () => {
    const withProducts = new Set(demo.products.map((p) => p.producerKey));
    expect(withProducts.size).toBe(demo.producers.length);
  });

  it('refuses nonsense options', () => {
    expect(() => generateDemoCatalogue({ today: '1/10/2025' })).toThrow(RangeError);
    expect(() => generateDemoCatalogue({ today: TODAY, products: -1 })).toThrow(RangeError);
    expect(() => generateDemoCatalogue({ today: TODAY, producers: 2.5 })).toThrow(RangeError);
  });
});

describe('generateDemoCatalogue: coverage', () => {
  it('covers all six category groups, with leaf categories only', () => {
    const groups = new Set(demo.products.map((p) => findCategory(p.categoryCode)?.groupCode));
    expect([...groups].sort()).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    expect(demo.products.every((p) => isLeafCategory(p.categoryCode))).toBe(true);
    expect(new Set(demo.products.map((p) => p.categoryCode)).size).toBeGreaterThanOrEqual(LEAF_CATEGORIES.length - 2);
  });

  it('has producers in all four cultural regions, from real provinces outside Hanoi too', () => {
    const regions = new Set(demo.producers.map((p) => p.region).filter((r) => r !== null));
    expect([...regions].sort()).toEqual(CULTURAL_REGIONS.map((r) => r.code).sort());
    const vietnamese = demo.producers.filter((p) => p.country === 'VN');
    for (const producer of vietnamese) {
      const province = parseProvince(producer.province);
      expect(province?.name, producer.province).toBe(producer.province);
      expect(province?.region, producer.province).toBe(producer.region);
    }
    for (const region of CULTURAL_REGIONS) {
      const outsideHanoi = vietnamese.filter((p) => p.region === region.code && p.province !== 'Hà Nội');
      expect(outsideHanoi.length, region.code).toBeGreaterThan(0);
    }
  });

  it('includes foreign enterprises from Laos, Thailand and Japan, without OCOP certificates', () => {
    const foreign = demo.producers.filter((p) => p.country !== 'VN');
    expect(new Set(foreign.map((p) => p.country))).toEqual(new Set(['LA', 'TH', 'JP']));
    expect(foreign.every((p) => p.type === 'foreign-enterprise' && p.region === null)).toBe(true);
    const foreignKeys = new Set(foreign.map((p) => p.key));
    const foreignProducts = new Set(demo.products.filter((p) => foreignKeys.has(p.producerKey)).map((p) => p.key));
    expect(foreignProducts.size).toBeGreaterThan(0);
    expect(demo.certificates.some((c) => foreignProducts.has(c.productKey))).toBe(false);
  });

  it('mixes producer types like the national figures (33% cooperatives, 24% enterprises, 43% households)', () => {
    const vietnamese = demo.producers.filter((p) => p.country === 'VN');
    const share = (type: string) => vietnamese.filter((p) => p.type === type).length / vietnamese.length;
    expect(share('cooperative')).toBeCloseTo(0.33, 1);
    expect(share('enterprise')).toBeCloseTo(0.24, 1);
    expect(share('household')).toBeCloseTo(0.43, 1);
    expect(new Set(demo.producers.map((p) => p.type))).toEqual(new Set(PRODUCER_TYPES.map((t) => t.code)));
  });

  it('includes the pilot craft villages and the centres named in the programme, in Hanoi', () => {
    const names = demo.craftVillages.map((v) => v.name.vi).join(' | ');
    for (const place of ['Bát Tràng', 'Vạn Phúc', 'Đường Lâm', 'Sài Sơn', 'Phú Vinh', 'Hạ Thái', 'Chuyên Mỹ', 'Sơn Đồng', 'Thiết Úng', 'Tranh Khúc', 'Kim Lan', 'Trạch Xá']) {
      expect(names).toContain(place);
    }
    for (const village of demo.craftVillages) {
      expect(village.lat).toBeGreaterThan(20.5);
      expect(village.lat).toBeLessThan(21.4);
      expect(village.lng).toBeGreaterThan(105.2);
      expect(village.lng).toBeLessThan(106.1);
      expect(village.description.vi).not.toBe('');
      expect(village.description.en).not.toBe('');
    }
    expect(demo.craftVillages.some((v) => v.recognisedTraditional)).toBe(true);
    expect(demo.craftVillages.some((v) => !v.recognisedTraditional)).toBe(true);
  });

  it('names products realistically in both languages', () => {
    const names = new Set(demo.products.map((p) => p.name.vi));
    for (const expected of ['Bánh chưng Tranh Khúc', 'Kẹo lạc Đường Lâm', 'Tương Đường Lâm', 'Gà Mía Đường Lâm', 'Chè lam Đường Lâm']) {
      expect(names, expected).toContain(expected);
    }
    expect([...names].some((n) => n.startsWith('Lụa tơ tằm Vạn Phúc'))).toBe(true);
    expect([...names].some((n) => n.startsWith('Bình gốm Bát Tràng men rạn'))).toBe(true);
    for (const product of demo.products) {
      expect(product.name.en).not.toMatch(/[\u0300-\u036fđĐăâêôơư]/u);
      expect(product.priceMinVnd).toBeGreaterThan(0);
      expect(product.priceMaxVnd).toBeGreaterThanOrEqual(product.priceMinVnd);
    }
  });

  it('never gives one producer the same product twice (by the importer’s product key)', () => {
    const seen = new Set<string>();
    for (const product of demo.products) {
      const key = `${product.producerKey}|${productKey(product.name.vi)}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });
});

describe('generateDemoCatalogue: certificates', () => {
  it('shows every status relative to today', () => {
    const statuses = new Set(demo.certificates.map((c) => certificateStatus(c, TODAY)));
    expect(statuses).toEqual(new Set(['valid', 'expiring', 'expired', 'revoked']));
    const current = new Set(
      [...certificatesByProduct.values()].map((certs) => {
        const cert = currentCertificate(certs, TODAY);
        return cert ? certificateStatus(cert, TODAY) : 'none';
      }),
    );
    expect(current).toEqual(new Set(['valid', 'expiring', 'expired', 'revoked']));
  });

  it('shows every status even in a tiny catalogue and for any today', () => {
    for (const today of ['2021-06-01', '2030-01-01']) {
      const tiny = generateDemoCatalogue({ today, producers: 4, products: 4 });
      expect(new Set(tiny.certificates.map((c) => certificateStatus(c, today)))).toEqual(new Set(['valid', 'expiring', 'expired', 'revoked']));
    }
  });

  it('gives some products a history of two certificates, oldest first', () => {
    const histories = [...certificatesByProduct.values()].filter((certs) => certs.length === 2);
    expect(histories.length).toBeGreaterThan(50);
    for (const [first, second] of histories) expect(first && second && first.issueDate < second.issueDate).toBe(true);
  });

  it('mostly rates 3 and 4 stars, with a few 5 stars and potential 5 stars', () => {
    const count = (predicate: (c: DemoCertificate) => boolean) => demo.certificates.filter(predicate).length;
    const total = demo.certificates.length;
    expect(count((c) => c.stars === 3 || (c.stars === 4 && !c.potentialFiveStar)) / total).toBeGreaterThan(0.93);
    expect(count((c) => c.stars === 5)).toBeGreaterThan(0);
    expect(count((c) => c.potentialFiveStar)).toBeGreaterThan(0);
    expect(count((c) => c.potentialFiveStar && c.stars !== 4)).toBe(0);
  });

  it('keeps dates, legal basis, authority level and score consistent', () => {
    for (const cert of demo.certificates) {
      expect(cert.issueDate <= TODAY).toBe(true);
      expect(cert.decisionDate).toBe(cert.issueDate);
      expect(cert.expiryDate).toBe(certificateExpiry(cert.issueDate));
      expect(cert.legalBasis).toBe(legalBasisForDate(cert.decisionDate));
      expect(cert.level).toBe(expectedAuthorityLevel(cert.stars, cert.legalBasis));
      expect(starsForScore(cert.score)).toBe(cert.potentialFiveStar ? 5 : cert.stars);
      expect(cert.decisionNumber).toMatch(/^\d+\/QĐ-(UBND|BNN-VPĐP|BNNMT)$/);
    }
    const bases = new Set(demo.certificates.map((c) => c.legalBasis));
    expect(bases).toEqual(new Set(['1048', '148', '1489']));
  });

  it('dates and explains every revocation', () => {
    const revoked = demo.certificates.filter((c) => c.revokedAt !== null);
    expect(revoked.length).toBeGreaterThan(0);
    for (const cert of revoked) {
      expect(cert.revokedAt && cert.revokedAt > cert.issueDate && cert.revokedAt <= TODAY && cert.revokedAt <= cert.expiryDate).toBe(true);
      expect(cert.revocationReason?.vi).toBeTruthy();
      expect(cert.revocationReason?.en).toBeTruthy();
    }
    expect(demo.certificates.filter((c) => c.revokedAt === null).every((c) => c.revocationReason === null)).toBe(true);
  });

  it('lists many products under one decision, as councils do', () => {
    const perDecision = new Map<string, number>();
    for (const cert of demo.certificates) {
      const key = `${cert.decisionNumber}|${cert.decisionDate}`;
      perDecision.set(key, (perDecision.get(key) ?? 0) + 1);
    }
    expect(Math.max(...perDecision.values())).toBeGreaterThan(1);
  });
});

describe('generateDemoCatalogue: integrity and determinism', () => {
  it('links everything by existing, unique keys', () => {
    const unique = (keys: string[]) => new Set(keys).size === keys.length;
    expect(unique(demo.craftVillages.map((v) => v.key))).toBe(true);
    expect(unique(demo.producers.map((p) => p.key))).toBe(true);
    expect(unique(demo.products.map((p) => p.key))).toBe(true);
    expect(unique(demo.certificates.map((c) => c.key))).toBe(true);
    const villages = new Set(demo.craftVillages.map((v) => v.key));
    const producers = new Map(demo.producers.map((p) => [p.key, p]));
    const products = new Set(demo.products.map((p) => p.key));
    for (const producer of demo.producers) if (producer.craftVillageKey) expect(villages.has(producer.craftVillageKey)).toBe(true);
    for (const product of demo.products) {
      expect(producers.has(product.producerKey)).toBe(true);
      expect(product.craftVillageKey).toBe(producers.get(product.producerKey)?.craftVillageKey);
    }
    for (const cert of demo.certificates) expect(products.has(cert.productKey)).toBe(true);
    expect(new Set(demo.craftVillages.map((v) => v.key))).toEqual(new Set(demo.producers.map((p) => p.craftVillageKey).filter((k) => k !== null)));
  });

  it('produces the same catalogue for the same options', () => {
    expect(generateDemoCatalogue({ today: TODAY })).toEqual(demo);
  });

  it('produces a different catalogue for another seed or another today', () => {
    const other = generateDemoCatalogue({ today: TODAY, seed: 'another' });
    expect(other.producers.map((p) => p.name)).not.toEqual(demo.producers.map((p) => p.name));
    const later = generateDemoCatalogue({ today: '2026-10-01' });
    expect(later.certificates.map((c) => c.issueDate)).not.toEqual(demo.certificates.map((c) => c.issueDate));
  });

  // CPU time rather than wall time, so a busy machine does not fail the test (about 1.7 s here).
  it('scales to 100,000 products in under 5 s of CPU time', () => {
    const started = process.cpuUsage();
    const big = generateDemoCatalogue({ today: TODAY, products: 100_000 });
    const used = process.cpuUsage(started);
    const elapsed = (used.user + used.system) / 1000;
    expect(big.products).toHaveLength(100_000);
    expect(big.producers.length).toBeGreaterThan(20_000);
    expect(new Set(big.producers.map((p) => p.name)).size).toBe(big.producers.length);
    expect(new Set(big.producers.map((p) => producerKey(p.name, p.address))).size).toBe(big.producers.length);
    expect(elapsed).toBeLessThan(5_000);
  });
});
