import { describe, expect, it } from 'vitest';
import { COUNTRIES, countryName, parseCountry } from './countries.ts';
import { CULTURAL_REGIONS, culturalRegionName, parseCulturalRegion } from './cultural-regions.ts';
import { LEGACY_PROVINCES, PROVINCES, parseProvince, provincesInRegion } from './provinces.ts';

describe('cultural regions', () => {
  it('are the four regions of the fairs, Hanoi in the Red River Delta', () => {
    expect(CULTURAL_REGIONS.map((r) => r.code)).toEqual([
      'northern-mountains',
      'red-river-delta',
      'central-highlands',
      'southern-delta',
    ]);
    expect(culturalRegionName('red-river-delta')).toEqual({ vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' });
    expect(parseProvince('Hà Nội')?.region).toBe('red-river-delta');
  });

  it('are read from codes and names', () => {
    expect(parseCulturalRegion('red-river-delta')).toBe('red-river-delta');
    expect(parseCulturalRegion('Đồng bằng sông Hồng')).toBe('red-river-delta');
    expect(parseCulturalRegion('dong bang song hong')).toBe('red-river-delta');
    expect(parseCulturalRegion('Miền núi phía Bắc')).toBe('northern-mountains');
    expect(parseCulturalRegion('Vùng Tây Nguyên')).toBe('central-highlands');
    expect(parseCulturalRegion('Southern Delta')).toBe('southern-delta');
    expect(parseCulturalRegion('Bắc Cực')).toBeUndefined();
  });
});

describe('provinces', () => {
  it('lists the 34 current provinces and the 63 older names', () => {
    expect(PROVINCES).toHaveLength(34);
    const legacyOnly = LEGACY_PROVINCES.filter((l) => l.name !== 'Thừa Thiên Huế');
    expect(PROVINCES.length + legacyOnly.length).toBe(63);
    for (const legacy of LEGACY_PROVINCES) {
      expect(PROVINCES.some((p) => p.name === legacy.mergedInto), legacy.name).toBe(true);
    }
  });

  it('has provinces in every region', () => {
    for (const region of CULTURAL_REGIONS) expect(provincesInRegion(region.code).length).toBeGreaterThan(3);
  });

  it('reads names with or without accents, prefixes and spaces', () => {
    expect(parseProvince('Thành phố Hà Nội')).toEqual({ name: 'Hà Nội', legacyName: null, region: 'red-river-delta' });
    expect(parseProvince('Hanoi')?.name).toBe('Hà Nội');
    expect(parseProvince('TP. Hồ Chí Minh')?.name).toBe('Hồ Chí Minh');
    expect(parseProvince('Ho Chi Minh City')?.name).toBe('Hồ Chí Minh');
    expect(parseProvince('tỉnh Đắk Lắk')?.name).toBe('Đắk Lắk');
    expect(parseProvince('Daklak')?.name).toBe('Đắk Lắk');
  });

  it('maps pre-2025 names onto the province that absorbed them, keeping the old name', () => {
    expect(parseProvince('Hà Giang')).toEqual({ name: 'Tuyên Quang', legacyName: 'Hà Giang', region: 'northern-mountains' });
    expect(parseProvince('Bắc Giang')).toMatchObject({ name: 'Bắc Ninh', legacyName: 'Bắc Giang' });
    expect(parseProvince('Tỉnh Bà Rịa - Vũng Tàu')).toMatchObject({ name: 'Hồ Chí Minh', legacyName: 'Bà Rịa - Vũng Tàu' });
    expect(parseProvince('Thừa Thiên Huế')).toMatchObject({ name: 'Huế', legacyName: null });
  });

  it('returns undefined for places that are not Vietnamese provinces', () => {
    expect(parseProvince('Vientiane')).toBeUndefined();
  });
});

describe('countries', () => {
  it('reads codes and names', () => {
    expect(parseCountry('VN')).toBe('VN');
    expect(parseCountry('Việt Nam')).toBe('VN');
    expect(parseCountry('Vietnam')).toBe('VN');
    expect(parseCountry('Lào')).toBe('LA');
    expect(parseCountry('Laos')).toBe('LA');
    expect(parseCountry('Thái Lan')).toBe('TH');
    expect(parseCountry('thailand')).toBe('TH');
    expect(parseCountry('Nhật Bản')).toBe('JP');
    expect(parseCountry('Japan')).toBe('JP');
    expect(parseCountry('Atlantis')).toBeUndefined();
  });

  it('names every country in both languages', () => {
    for (const country of COUNTRIES) expect(countryName(country.code)).toEqual(country.name);
  });
});
