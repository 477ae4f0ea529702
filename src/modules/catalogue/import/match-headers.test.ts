import { describe, expect, it } from 'vitest';
import { COLUMNS } from './columns.ts';
import { countRecognisedHeaders, matchHeader, matchHeaders } from './match-headers.ts';

describe('matchHeader', () => {
  it.each([
    ['STT', 'rowNo'],
    ['No.', 'rowNo'],
    ['Tên sản phẩm', 'productName'],
    ['TÊN SẢN PHẨM', 'productName'],
    ['ten san pham', 'productName'],
    ['Product name', 'productName'],
    ['Tên sản phẩm (tiếng Anh)', 'productNameEn'],
    ['Product name (English)', 'productNameEn'],
    ['Chủ thể', 'producerName'],
    ['Producer', 'producerName'],
    ['Loại hình chủ thể', 'producerType'],
    ['Producer type', 'producerType'],
    ['Địa chỉ', 'address'],
    ['Address', 'address'],
    ['Tỉnh/Thành phố', 'province'],
    ['Tỉnh / Thành phố', 'province'],
    ['Province', 'province'],
    ['Xã/Phường', 'commune'],
    ['Commune', 'commune'],
    ['Huyện', 'district'],
    ['Quận/Huyện', 'district'],
    ['District', 'district'],
    ['Phân nhóm', 'category'],
    ['Category', 'category'],
    ['Số sao', 'stars'],
    ['Stars', 'stars'],
    ['Điểm', 'score'],
    ['Score', 'score'],
    ['Số quyết định', 'decisionNumber'],
    ['Số QĐ', 'decisionNumber'],
    ['Decision number', 'decisionNumber'],
    ['Số, ngày quyết định', 'decisionNumber'],
    ['Ngày quyết định', 'decisionDate'],
    ['Decision date', 'decisionDate'],
    ['Ngày cấp', 'issueDate'],
    ['Issue date', 'issueDate'],
    ['Ngày hết hạn', 'expiryDate'],
    ['Cấp công nhận', 'level'],
    ['Level', 'level'],
    ['Căn cứ', 'legalBasis'],
    ['Mã số thuế', 'taxCode'],
    ['Tax code', 'taxCode'],
    ['Giá', 'price'],
    ['Giá (VNĐ)', 'price'],
    ['Price', 'price'],
    ['Quốc gia', 'country'],
    ['Country', 'country'],
    ['Vùng', 'region'],
    ['Region', 'region'],
    ['Làng nghề', 'craftVillage'],
    ['Craft village', 'craftVillage'],
    ['Quy cách đóng gói', 'packaging'],
    ['Mô tả', 'description'],
  ] as const)('matches "%s" to %s', (header, key) => {
    expect(matchHeader(header)).toBe(key);
  });

  it('matches bilingual and annotated headers', () => {
    expect(matchHeader('Tên sản phẩm (Product name)')).toBe('productName');
    expect(matchHeader('Tên sản phẩm\nProduct name')).toBe('productName');
    expect(matchHeader('Số sao / Stars')).toBe('stars');
    expect(matchHeader('Tên sản phẩm (*)')).toBe('productName');
    expect(matchHeader('Giá bán (đồng/kg)')).toBe('price');
  });

  it('knows every template header in both languages', () => {
    for (const column of COLUMNS) {
      expect(matchHeader(column.header.vi), column.header.vi).toBe(column.key);
      expect(matchHeader(column.header.en), column.header.en).toBe(column.key);
    }
  });

  it('does not match titles or unrelated headers', () => {
    expect(matchHeader('DANH SÁCH SẢN PHẨM OCOP NĂM 2024')).toBeUndefined();
    expect(matchHeader('Ghi chú')).toBeUndefined();
  });
});

describe('matchHeaders', () => {
  it('maps columns to indexes and keeps headers as written', () => {
    const match = matchHeaders(['STT', 'Tên sản phẩm', 'CHỦ THỂ', 'Địa chỉ', 'Phân nhóm', 'Số sao', 'Số QĐ', 'Ngày QĐ', 'Ghi chú', '']);
    expect(match.indexes).toMatchObject({ rowNo: 0, productName: 1, producerName: 2, stars: 5, decisionDate: 7 });
    expect(match.headers.producerName).toBe('CHỦ THỂ');
    expect(match.missing).toEqual([]);
    expect(match.unknown).toEqual([{ index: 8, header: 'Ghi chú' }]);
  });

  it('reports the required columns it cannot find', () => {
    const match = matchHeaders(['STT', 'Tên sản phẩm', 'Số sao']);
    expect(match.missing).toEqual(['producerName', 'address', 'category', 'decisionNumber', 'decisionDate']);
  });

  it('keeps the first of two columns for the same field', () => {
    const match = matchHeaders(['Tên sản phẩm', 'Product name']);
    expect(match.indexes.productName).toBe(0);
    expect(match.duplicates).toEqual([{ key: 'productName', index: 1, header: 'Product name' }]);
  });

  it('counts distinct recognised headers to find the header row', () => {
    expect(countRecognisedHeaders(['DANH SÁCH SẢN PHẨM OCOP', 'DANH SÁCH SẢN PHẨM OCOP'])).toBe(0);
    expect(countRecognisedHeaders(['STT', 'Tên sản phẩm', 'Chủ thể', 45366, null])).toBe(3);
  });
});
