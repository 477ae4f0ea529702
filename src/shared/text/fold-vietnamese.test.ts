import { describe, expect, it } from 'vitest';
import { foldVietnamese } from './fold-vietnamese.ts';
import { textKey } from './text-key.ts';

describe('foldVietnamese', () => {
  it('removes tones and vowel marks and lowercases', () => {
    expect(foldVietnamese('Gốm Bát Tràng men rạn')).toBe('gom bat trang men ran');
    expect(foldVietnamese('ƯỚC LỄ, Ơn, Ăn, Âm, Ê, Ô')).toBe('uoc le, on, an, am, e, o');
  });

  it('turns đ and Đ into d', () => {
    expect(foldVietnamese('Đường Lâm đậu')).toBe('duong lam dau');
  });

  it('treats the Eth look-alike as Đ', () => {
    expect(foldVietnamese('\u00d0ồ uống')).toBe('do uong');
  });

  it('gives the same key for precomposed and decomposed input', () => {
    const precomposed = 'Thành phố'.normalize('NFC');
    const decomposed = 'Thành phố'.normalize('NFD');
    expect(precomposed).not.toBe(decomposed);
    expect(foldVietnamese(precomposed)).toBe(foldVietnamese(decomposed));
  });

  it('collapses inner whitespace (including non-breaking spaces, tabs, newlines) and trims', () => {
    expect(foldVietnamese('  Tên \u00a0 sản\tphẩm\n(OCOP) ')).toBe('ten san pham (ocop)');
  });

  it('keeps punctuation and digits', () => {
    expect(foldVietnamese('Số QĐ: 1234/QĐ-UBND')).toBe('so qd: 1234/qd-ubnd');
  });

  it('returns an empty string for blank input', () => {
    expect(foldVietnamese('   ')).toBe('');
  });
});

describe('textKey', () => {
  it('treats punctuation as a word break', () => {
    expect(textKey('Tỉnh/Thành phố')).toBe('tinh thanh pho');
    expect(textKey('Lưu niệm - nội thất - trang trí')).toBe('luu niem noi that trang tri');
    expect(textKey('No.')).toBe('no');
  });

  it('reads & as and', () => {
    expect(textKey('Textiles & garments')).toBe('textiles and garments');
  });
});
