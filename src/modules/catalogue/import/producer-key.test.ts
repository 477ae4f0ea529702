import { describe, expect, it } from 'vitest';
import { producerKey, productKey } from './producer-key.ts';

describe('producerKey', () => {
  it('ignores accents, case, punctuation and spacing', () => {
    expect(producerKey('HTX Gốm sứ Minh Phát', 'Xã Bát Tràng, huyện Gia Lâm')).toBe(
      producerKey('htx gom su  minh phat', 'xa bat trang - huyen gia lam'),
    );
  });

  it('treats a legal form written in full or abbreviated as the same', () => {
    expect(producerKey('Hợp tác xã Gốm sứ Minh Phát', 'Bát Tràng')).toBe(producerKey('HTX Gốm sứ Minh Phát', 'Bát Tràng'));
    expect(producerKey('Công ty TNHH Lụa Hà Đông Xưa', 'Vạn Phúc')).toBe(
      producerKey('Cty trách nhiệm hữu hạn Lụa Hà Đông Xưa', 'Vạn Phúc'),
    );
    expect(producerKey('Công ty cổ phần Thực phẩm Sài Sơn', 'Sài Sơn')).toBe(producerKey('CTCP Thực phẩm Sài Sơn', 'Sài Sơn'));
  });

  it('ignores administrative words and a trailing Hà Nội', () => {
    expect(producerKey('HTX Gốm sứ Minh Phát', 'Thôn 3, xã Bát Tràng, huyện Gia Lâm, thành phố Hà Nội')).toBe(
      producerKey('HTX Gốm sứ Minh Phát', '3 Bát Tràng, Gia Lâm'),
    );
  });

  it('keeps producers with the same name at different addresses apart', () => {
    expect(producerKey('Hộ kinh doanh Nguyễn Văn Hùng', 'Đường Lâm, Sơn Tây')).not.toBe(
      producerKey('Hộ kinh doanh Nguyễn Văn Hùng', 'Vạn Phúc, Hà Đông'),
    );
  });

  it('accepts a missing address', () => {
    expect(producerKey('HTX Minh Phát', null)).toBe(producerKey('HTX Minh Phát', ''));
  });
});

describe('productKey', () => {
  it('folds the product name', () => {
    expect(productKey('Gốm Bát Tràng men rạn')).toBe(productKey('GOM BAT TRANG  MEN RAN'));
    expect(productKey('Tương Đường Lâm')).not.toBe(productKey('Tương Cự Đà'));
  });
});
