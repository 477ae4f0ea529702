import { describe, expect, it } from 'vitest';
import { guessLeafFromProductName } from './guess-leaf.ts';

describe('guessLeafFromProductName', () => {
  it('finds the leaf a product name points to within a group', () => {
    expect(guessLeafFromProductName('Tương Cự Đà', 'I')).toBe('I.4.a');
    expect(guessLeafFromProductName('Chè lam Đường Lâm', 'I')).toBe('I.3.b');
    expect(guessLeafFromProductName('Trà sen Tây Hồ', 'I')).toBe('I.5.a');
    expect(guessLeafFromProductName('Mật ong hoa nhãn', 'I')).toBe('I.2.b');
    expect(guessLeafFromProductName('Rượu nếp cái hoa vàng', 'II')).toBe('II.1.a');
    expect(guessLeafFromProductName('Tinh dầu sả chanh', 'III')).toBe('III.3');
  });

  it('matches whole words only', () => {
    // "Gạo" must not match inside other words, and "ca" (fish) not inside "cam".
    expect(guessLeafFromProductName('Cam Canh', 'I')).toBe('I.1.a');
  });

  it('never leaves the given group', () => {
    expect(guessLeafFromProductName('Rượu mơ Hương Sơn', 'I')).toBeUndefined();
    expect(guessLeafFromProductName('Bánh chưng Tranh Khúc', 'II')).toBeUndefined();
  });

  it('returns undefined when no word points anywhere', () => {
    expect(guessLeafFromProductName('Sản phẩm đặc biệt', 'I')).toBeUndefined();
  });
});
