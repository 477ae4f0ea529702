import { describe, expect, it } from 'vitest';
import { PRODUCER_TYPES, isProducerType, parseProducerType, producerTypeLabel } from './producer-types.ts';

describe('producer types', () => {
  it('are the five legal forms with Vietnamese and English labels', () => {
    expect(PRODUCER_TYPES.map((t) => t.code)).toEqual([
      'enterprise',
      'cooperative',
      'cooperative-group',
      'household',
      'foreign-enterprise',
    ]);
    expect(producerTypeLabel('cooperative')).toEqual({ vi: 'Hợp tác xã', en: 'Cooperative' });
    expect(isProducerType('household')).toBe(true);
    expect(isProducerType('co-op')).toBe(false);
  });

  it.each([
    ['Doanh nghiệp', 'enterprise'],
    ['Công ty TNHH', 'enterprise'],
    ['Công ty CP', 'enterprise'],
    ['CÔNG TY CỔ PHẦN', 'enterprise'],
    ['DNTN', 'enterprise'],
    ['enterprise', 'enterprise'],
    ['Hợp tác xã', 'cooperative'],
    ['HTX', 'cooperative'],
    ['htx', 'cooperative'],
    ['cooperative', 'cooperative'],
    ['Tổ hợp tác', 'cooperative-group'],
    ['THT', 'cooperative-group'],
    ['cooperative-group', 'cooperative-group'],
    ['Hộ kinh doanh', 'household'],
    ['Hộ sản xuất', 'household'],
    ['HKD', 'household'],
    ['Hộ', 'household'],
    ['Cơ sở sản xuất', 'household'],
    ['household', 'household'],
    ['Doanh nghiệp nước ngoài', 'foreign-enterprise'],
    ['FDI', 'foreign-enterprise'],
    ['foreign', 'foreign-enterprise'],
    ['foreign-enterprise', 'foreign-enterprise'],
  ] as const)('reads "%s" as %s', (text, type) => {
    expect(parseProducerType(text)).toBe(type);
  });

  it('reads the legal form a producer name starts with', () => {
    expect(parseProducerType('HTX Gốm sứ Minh Phát')).toBe('cooperative');
    expect(parseProducerType('Công ty TNHH Lụa Hà Đông Xưa')).toBe('enterprise');
    expect(parseProducerType('Tổ hợp tác Mây tre đan Phú Vinh')).toBe('cooperative-group');
    expect(parseProducerType('Hộ kinh doanh Nguyễn Văn Hùng')).toBe('household');
    expect(parseProducerType('Hộ ông Nguyễn Văn Hùng')).toBe('household');
    expect(parseProducerType('Công ty TNHH Thực phẩm Sakura (doanh nghiệp nước ngoài)')).toBe('foreign-enterprise');
  });

  it('does not read the surname Hồ as a household', () => {
    expect(parseProducerType('Hồ Văn Nam')).toBeUndefined();
  });

  it('returns undefined for unknown or blank text', () => {
    expect(parseProducerType('Nhà nước')).toBeUndefined();
    expect(parseProducerType('  ')).toBeUndefined();
  });
});
