import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../server/spreadsheet/cell-value.ts';
import type { SpreadsheetTable } from '../../../server/spreadsheet/read-table.ts';
import { validateImport } from './validate-import.ts';

const TODAY = '2025-10-01';

const HEADERS = [
  'STT',
  'Tên sản phẩm',
  'Chủ thể',
  'Loại hình chủ thể',
  'Địa chỉ',
  'Tỉnh/Thành phố',
  'Phân nhóm',
  'Số sao',
  'Số quyết định',
  'Ngày quyết định',
  'Cấp công nhận',
] as const;
type Header = (typeof HEADERS)[number];

const BASE: Record<Header, CellValue> = {
  STT: 1,
  'Tên sản phẩm': 'Tương Cự Đà',
  'Chủ thể': 'HTX Tương Cự Đà',
  'Loại hình chủ thể': 'HTX',
  'Địa chỉ': 'Thôn Cự Đà, xã Cự Khê, huyện Thanh Oai',
  'Tỉnh/Thành phố': 'Hà Nội',
  'Phân nhóm': 'I.4.a',
  'Số sao': '4 sao',
  'Số quyết định': '1234/QĐ-UBND',
  'Ngày quyết định': '15/03/2024',
  'Cấp công nhận': 'Thành phố',
};

/** A table with the given headers (default: the standard set) and rows from row 2. */
function table(rows: Partial<Record<string, CellValue>>[], headers: readonly string[] = HEADERS): SpreadsheetTable {
  return {
    headers: [...headers],
    headerRowNumber: 1,
    rows: rows.map((row, i) => ({
      rowNumber: i + 2,
      cells: headers.map((h) => {
        const value = h in row ? row[h] : (BASE as Partial<Record<string, CellValue>>)[h];
        return value ?? null;
      }),
    })),
  };
}

function validate(overrides: Partial<Record<string, CellValue>>, headers: readonly string[] = HEADERS) {
  return validateImport(table([overrides], headers), { today: TODAY });
}

const codes = (result: ReturnType<typeof validate>) => result.problems.map((p) => p.code);
const warningCodes = (result: ReturnType<typeof validate>) => result.warnings.map((p) => p.code);

describe('validateImport: a valid row', () => {
  it('becomes a typed, normalised ImportRow', () => {
    const result = validate({});
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.rowCount).toBe(1);
    expect(result.rows).toEqual([
      {
        rowNumber: 2,
        productKey: 'tuong cu da',
        productName: { vi: 'Tương Cự Đà', en: null },
        producer: {
          key: 'htx tuong cu da|cu da cu khe thanh oai',
          name: 'HTX Tương Cự Đà',
          type: 'cooperative',
          address: 'Thôn Cự Đà, xã Cự Khê, huyện Thanh Oai',
          province: 'Hà Nội',
          legacyProvince: null,
          commune: null,
          legacyDistrict: null,
          country: 'VN',
          region: 'red-river-delta',
          taxCode: null,
          phone: null,
        },
        categoryCode: 'I.4.a',
        stars: 4,
        potentialFiveStar: false,
        score: null,
        decisionNumber: '1234/QĐ-UBND',
        decisionDate: '2024-03-15',
        issueDate: '2024-03-15',
        expiryDate: '2027-03-15',
        level: 'province',
        legalBasis: '148',
        status: 'valid',
        craftVillage: null,
        priceMinVnd: null,
        priceMaxVnd: null,
        packaging: null,
        description: null,
      },
    ]);
  });

  it('reads the optional columns', () => {
    const headers = [
      ...HEADERS,
      'Tên sản phẩm (tiếng Anh)',
      'Điểm',
      'Mã số thuế',
      'Xã/Phường',
      'Huyện',
      'Ngày cấp',
      'Ngày hết hạn',
      'Giá',
      'Quốc gia',
      'Vùng',
      'Làng nghề',
      'Điện thoại',
      'Quy cách đóng gói',
      'Mô tả',
      'Căn cứ',
    ];
    const [row] = validate(
      {
        'Tên sản phẩm (tiếng Anh)': 'Cu Da soy sauce',
        Điểm: 78,
        'Mã số thuế': '0101234567',
        'Xã/Phường': 'Xã Bình Minh',
        Huyện: 'Thanh Oai',
        'Ngày cấp': '20/03/2024',
        'Ngày hết hạn': '20/03/2027',
        Giá: '35.000 - 45.000 đ',
        'Quốc gia': 'Việt Nam',
        Vùng: 'Đồng bằng sông Hồng',
        'Làng nghề': 'Làng tương Cự Đà',
        'Điện thoại': '0912 345 678',
        'Quy cách đóng gói': 'Chai thủy tinh 500 ml',
        'Mô tả': 'Tương ủ chum',
        'Căn cứ': '148/QĐ-TTg',
      },
      headers,
    ).rows;
    expect(row).toMatchObject({
      productName: { vi: 'Tương Cự Đà', en: 'Cu Da soy sauce' },
      score: 78,
      issueDate: '2024-03-20',
      expiryDate: '2027-03-20',
      legalBasis: '148',
      craftVillage: 'Làng tương Cự Đà',
      priceMinVnd: 35000,
      priceMaxVnd: 45000,
      packaging: 'Chai thủy tinh 500 ml',
      description: 'Tương ủ chum',
      producer: {
        taxCode: '0101234567',
        commune: 'Xã Bình Minh',
        legacyDistrict: 'Thanh Oai',
        country: 'VN',
        region: 'red-river-delta',
        phone: '0912 345 678',
      },
    });
  });

  it('works with English headers', () => {
    const english = ['No.', 'Product name', 'Producer', 'Producer type', 'Address', 'Province', 'Category', 'Stars', 'Decision number', 'Decision date', 'Level'];
    const t = table([{}], HEADERS);
    const result = validateImport({ ...t, headers: english }, { today: TODAY });
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(1);
  });
});

describe('validateImport: derived values', () => {
  it('defaults the issue date to the decision date and computes the expiry', () => {
    const [row] = validate({ 'Ngày quyết định': '29/02/2024' }).rows;
    expect(row).toMatchObject({ issueDate: '2024-02-29', expiryDate: '2027-02-28' });
  });

  it('derives the legal basis from the decision date', () => {
    expect(validate({ 'Ngày quyết định': '10/12/2021' }).rows[0]?.legalBasis).toBe('1048');
    expect(validate({ 'Ngày quyết định': '24/02/2023' }).rows[0]?.legalBasis).toBe('148');
    expect(validate({ 'Ngày quyết định': '15/08/2025' }).rows[0]?.legalBasis).toBe('1489');
  });

  it('derives the level from stars and legal basis when the column is absent or blank', () => {
    const withoutLevel = HEADERS.filter((h) => h !== 'Cấp công nhận');
    expect(validate({ 'Số sao': 3 }, withoutLevel).rows[0]?.level).toBe('district');
    expect(validate({ 'Số sao': 3, 'Ngày quyết định': '01/08/2025' }, withoutLevel).rows[0]?.level).toBe('province');
    expect(validate({ 'Số sao': 5, 'Cấp công nhận': null }).rows[0]?.level).toBe('central');
  });

  it('infers the producer type from the name when there is no type column', () => {
    const withoutType = HEADERS.filter((h) => h !== 'Loại hình chủ thể');
    expect(validate({ 'Chủ thể': 'Công ty TNHH Lụa Hà Đông Xưa' }, withoutType).rows[0]?.producer.type).toBe('enterprise');
    expect(validate({ 'Chủ thể': 'Hộ kinh doanh Lê Thị Hoa', 'Loại hình chủ thể': '' }).rows[0]?.producer.type).toBe('household');
  });

  it('defaults the province to Hà Nội and maps pre-2025 provinces', () => {
    expect(validate({ 'Tỉnh/Thành phố': null }).rows[0]?.producer.province).toBe('Hà Nội');
    expect(validate({ 'Tỉnh/Thành phố': 'Hà Giang' }).rows[0]?.producer).toMatchObject({
      province: 'Tuyên Quang',
      legacyProvince: 'Hà Giang',
      region: 'northern-mountains',
    });
  });

  it('makes an enterprise from another country a foreign enterprise', () => {
    const headers = [...HEADERS, 'Quốc gia'];
    const [row] = validate(
      { 'Chủ thể': 'Công ty TNHH Cà phê Bolaven', 'Loại hình chủ thể': 'Doanh nghiệp', 'Tỉnh/Thành phố': 'Champasak', 'Quốc gia': 'Lào' },
      headers,
    ).rows;
    expect(row?.producer).toMatchObject({ type: 'foreign-enterprise', country: 'LA', province: 'Champasak', region: null });
  });

  it('reads number and date from a combined decision column', () => {
    const headers = [...HEADERS.filter((h) => h !== 'Ngày quyết định' && h !== 'Số quyết định'), 'Số, ngày quyết định'];
    const result = validate({ 'Số, ngày quyết định': '1234/QĐ-UBND ngày 15/03/2024' }, headers);
    expect(result.problems).toEqual([]);
    expect(result.rows[0]).toMatchObject({ decisionNumber: '1234/QĐ-UBND', decisionDate: '2024-03-15' });
  });

  it('reports the certificate status on today', () => {
    expect(validate({ 'Ngày quyết định': '15/03/2024' }).rows[0]?.status).toBe('valid');
    expect(validate({ 'Ngày quyết định': '15/12/2022' }).rows[0]?.status).toBe('expiring');
    expect(validate({ 'Ngày quyết định': '15/03/2021' }).rows[0]?.status).toBe('expired');
  });

  it('marks a potential 5★ product', () => {
    expect(validate({ 'Số sao': '5 sao tiềm năng' }).rows[0]).toMatchObject({ stars: 4, potentialFiveStar: true, level: 'province' });
  });
});

describe('validateImport: accepted spellings', () => {
  it.each([
    ['I.4.a', 'I.4.a'],
    ['i.4.A', 'I.4.a'],
    ['Tương, nước mắm, gia vị dạng lỏng khác', 'I.4.a'],
    ['Soy sauce, fish sauce, other liquid condiments', 'I.4.a'],
    ['IV.1', 'IV.1'],
    ['Thủ công mỹ nghệ gia dụng, trang trí', 'IV.1'],
    ['Lưu niệm - nội thất - trang trí', 'IV.1'],
    ['Vải và may mặc', 'IV.2'],
    ['Dịch vụ du lịch nông thôn, bán hàng', 'VI.1'],
  ])('category "%s" → %s', (text, leaf) => {
    const result = validate({ 'Phân nhóm': text });
    expect(result.problems).toEqual([]);
    expect(result.rows[0]?.categoryCode).toBe(leaf);
  });

  it.each([
    [3, '3'],
    [4, '4 sao'],
    [4, '4★'],
    [4, '4 stars'],
    [5, 5],
  ] as const)('stars %d written %j', (stars, written) => {
    expect(validate({ 'Số sao': written, 'Cấp công nhận': null }).rows[0]?.stars).toBe(stars);
  });

  it.each([
    ['Huyện', 'district', 3],
    ['Quận', 'district', 3],
    ['district', 'district', 3],
    ['Tỉnh', 'province', 4],
    ['Thành phố', 'province', 4],
    ['TP', 'province', 4],
    ['province', 'province', 4],
    ['city', 'province', 4],
    ['Trung ương', 'central', 5],
    ['central', 'central', 5],
    ['national', 'central', 5],
  ] as const)('level "%s" → %s', (text, level, stars) => {
    const result = validate({ 'Cấp công nhận': text, 'Số sao': stars });
    expect(result.warnings).toEqual([]);
    expect(result.rows[0]?.level).toBe(level);
  });

  it.each([
    ['Doanh nghiệp', 'enterprise'],
    ['Công ty TNHH', 'enterprise'],
    ['Công ty CP', 'enterprise'],
    ['Hợp tác xã', 'cooperative'],
    ['HTX', 'cooperative'],
    ['Tổ hợp tác', 'cooperative-group'],
    ['THT', 'cooperative-group'],
    ['Hộ kinh doanh', 'household'],
    ['Hộ sản xuất', 'household'],
    ['HKD', 'household'],
  ] as const)('producer type "%s" → %s', (text, type) => {
    expect(validate({ 'Loại hình chủ thể': text }).rows[0]?.producer.type).toBe(type);
  });

  it.each([
    ['15/03/2024'],
    ['15-03-2024'],
    ['15.03.2024'],
    ['2024-03-15'],
    [new Date(Date.UTC(2024, 2, 15))],
    [45366],
  ] as const)('decision date %j', (value) => {
    expect(validate({ 'Ngày quyết định': value }).rows[0]?.decisionDate).toBe('2024-03-15');
  });

  it('decision date 5/3/2024 (no leading zeros)', () => {
    expect(validate({ 'Ngày quyết định': '5/3/2024' }).rows[0]?.decisionDate).toBe('2024-03-05');
  });
});

describe('validateImport: errors', () => {
  it('missing_column: one per required column, on the header row', () => {
    const result = validateImport(table([{}], ['STT', 'Tên sản phẩm', 'Số sao']), { today: TODAY });
    const missing = result.problems.filter((p) => p.code === 'missing_column');
    expect(missing.map((p) => p.column)).toEqual(['Chủ thể', 'Địa chỉ', 'Phân nhóm', 'Số quyết định', 'Ngày quyết định']);
    expect(missing.every((p) => p.row === 1)).toBe(true);
    expect(missing[0]?.message).toEqual({ vi: 'Thiếu cột bắt buộc "Chủ thể".', en: 'Required column "Producer" is missing.' });
    expect(result.rows).toEqual([]);
    // Not repeated as a missing value on every row.
    expect(codes(result)).not.toContain('missing_value');
  });

  it('no_rows: a header without products', () => {
    expect(codes(validateImport(table([]), { today: TODAY }))).toEqual(['no_rows']);
  });

  it.each(['Tên sản phẩm', 'Chủ thể', 'Địa chỉ', 'Phân nhóm', 'Số sao', 'Số quyết định', 'Ngày quyết định'])(
    'missing_value: blank "%s"',
    (header) => {
      const result = validate({ [header]: '  ' });
      expect(result.problems).toContainEqual(expect.objectContaining({ code: 'missing_value', row: 2, column: header }));
      expect(result.rows).toEqual([]);
    },
  );

  it('missing_value: a foreign enterprise needs a country', () => {
    const result = validate({ 'Loại hình chủ thể': 'Doanh nghiệp nước ngoài' });
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'missing_value', column: 'Quốc gia' }));
  });

  it('missing_value: a combined decision column without a date', () => {
    const headers = HEADERS.filter((h) => h !== 'Ngày quyết định');
    const result = validate({}, headers);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'missing_value', column: 'Ngày quyết định' })]);
  });

  it('unknown_category', () => {
    const result = validate({ 'Phân nhóm': 'Đồ điện tử' });
    expect(result.problems).toEqual([
      {
        row: 2,
        column: 'Phân nhóm',
        code: 'unknown_category',
        value: 'Đồ điện tử',
        message: {
          vi: 'Không nhận ra phân nhóm "Đồ điện tử". Ghi mã (ví dụ I.4.a) hoặc tên phân nhóm theo Quyết định 148.',
          en: 'Unknown category "Đồ điện tử". Write a code (e.g. I.4.a) or a Decision 148 category name.',
        },
      },
    ]);
  });

  it('bad_stars and stars_out_of_range', () => {
    expect(codes(validate({ 'Số sao': 'nhiều' }))).toEqual(['bad_stars']);
    expect(codes(validate({ 'Số sao': '2 sao' }))).toEqual(['stars_out_of_range']);
    expect(codes(validate({ 'Số sao': 6 }))).toEqual(['stars_out_of_range']);
  });

  it('bad_score', () => {
    expect(codes(validate({ Điểm: 120 }, [...HEADERS, 'Điểm']))).toEqual(['bad_score']);
    expect(codes(validate({ Điểm: 'cao' }, [...HEADERS, 'Điểm']))).toEqual(['bad_score']);
  });

  it('bad_date, including impossible calendar dates', () => {
    expect(codes(validate({ 'Ngày quyết định': '31/02/2024' }))).toEqual(['bad_date']);
    expect(codes(validate({ 'Ngày quyết định': 'tháng 3' }))).toEqual(['bad_date']);
    expect(codes(validate({ 'Ngày cấp': '2024' }, [...HEADERS, 'Ngày cấp']))).toEqual(['bad_date']);
  });

  it('future_date: decisions and issues cannot be after today (expiry can)', () => {
    expect(codes(validate({ 'Ngày quyết định': '02/10/2025' }))).toEqual(['future_date']);
    expect(codes(validate({ 'Ngày quyết định': '01/10/2025' }))).toEqual([]);
    expect(codes(validate({ 'Ngày hết hạn': '01/10/2026' }, [...HEADERS, 'Ngày hết hạn']))).toEqual([]);
  });

  it('issue_before_decision and expiry_before_issue', () => {
    expect(codes(validate({ 'Ngày cấp': '14/03/2024' }, [...HEADERS, 'Ngày cấp']))).toEqual(['issue_before_decision']);
    expect(codes(validate({ 'Ngày hết hạn': '15/03/2024' }, [...HEADERS, 'Ngày hết hạn']))).toEqual(['expiry_before_issue']);
  });

  it('unknown_level', () => {
    expect(codes(validate({ 'Cấp công nhận': 'Xã' }))).toEqual(['unknown_level']);
  });

  it('unknown_legal_basis', () => {
    expect(codes(validate({ 'Căn cứ': 'Thông tư 12' }, [...HEADERS, 'Căn cứ']))).toEqual(['unknown_legal_basis']);
  });

  it('unknown_producer_type, from the type column or an unreadable name', () => {
    expect(codes(validate({ 'Loại hình chủ thể': 'Nhà nước' }))).toEqual(['unknown_producer_type']);
    const withoutType = HEADERS.filter((h) => h !== 'Loại hình chủ thể');
    const result = validate({ 'Chủ thể': 'Gốm Quang Vinh' }, withoutType);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'unknown_producer_type', column: 'Loại hình chủ thể', value: 'Gốm Quang Vinh' }),
    ]);
  });

  it('unknown_country', () => {
    expect(codes(validate({ 'Quốc gia': 'Atlantis' }, [...HEADERS, 'Quốc gia']))).toEqual(['unknown_country']);
  });

  it('bad_tax_code (Vietnamese producers only)', () => {
    const headers = [...HEADERS, 'Mã số thuế', 'Quốc gia'];
    expect(codes(validate({ 'Mã số thuế': '12345' }, headers))).toEqual(['bad_tax_code']);
    const foreign = validate({ 'Mã số thuế': 'TH-0105551234', 'Loại hình chủ thể': 'Doanh nghiệp', 'Quốc gia': 'Thái Lan' }, headers);
    expect(foreign.problems).toEqual([]);
    expect(foreign.rows[0]?.producer.taxCode).toBe('TH-0105551234');
  });

  it('bad_price', () => {
    expect(codes(validate({ Giá: 'liên hệ' }, [...HEADERS, 'Giá']))).toEqual(['bad_price']);
  });

  it('duplicate_product: the same product of the same producer, reported on the later row', () => {
    const result = validateImport(
      table([
        {},
        { 'Tên sản phẩm': 'Tương nếp Cự Đà' },
        { 'Tên sản phẩm': 'TƯƠNG CỰ ĐÀ', 'Chủ thể': 'Hợp tác xã Tương Cự Đà', 'Địa chỉ': 'Cự Đà, Cự Khê, Thanh Oai, Hà Nội' },
        { 'Chủ thể': 'HTX Tương Cự Đà', 'Địa chỉ': 'Thôn Vác, xã Dân Hòa' },
      ]),
      { today: TODAY },
    );
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'duplicate_product',
        row: 4,
        column: 'Tên sản phẩm',
        value: 'TƯƠNG CỰ ĐÀ',
        message: expect.objectContaining({ en: 'Product "TƯƠNG CỰ ĐÀ" of this producer already appears on row 2.' }) as unknown,
      }),
    ]);
    expect(result.rows.map((r) => r.rowNumber)).toEqual([2, 3, 5]);
  });

  it('reports every problem in a row and in the file, not just the first', () => {
    const result = validateImport(
      table([
        { 'Phân nhóm': 'xyz', 'Số sao': 2, 'Ngày quyết định': '99/99/2024', 'Cấp công nhận': 'Xã' },
        { 'Tên sản phẩm': 'Tương nếp' },
        { 'Loại hình chủ thể': '???', 'Tên sản phẩm': null },
      ]),
      { today: TODAY },
    );
    expect(result.problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'unknown_category'],
      [2, 'stars_out_of_range'],
      [2, 'bad_date'],
      [2, 'unknown_level'],
      [4, 'missing_value'],
      [4, 'unknown_producer_type'],
    ]);
    expect(result.rows.map((r) => r.rowNumber)).toEqual([3]);
    expect(result.rowCount).toBe(3);
  });

  it('refuses an invalid today', () => {
    expect(() => validateImport(table([{}]), { today: '01/10/2025' })).toThrow(RangeError);
  });
});

describe('validateImport: warnings (row still imported)', () => {
  it('category_defaulted: a group or subgroup name without a telling product name', () => {
    const result = validate({ 'Phân nhóm': 'Thực phẩm', 'Tên sản phẩm': 'Đặc sản Cự Đà' });
    expect(warningCodes(result)).toEqual(['category_defaulted']);
    expect(result.warnings[0]?.message.en).toBe('"Thực phẩm" covers several categories; filed under I.3.d for now. Please check.');
    expect(result.rows[0]?.categoryCode).toBe('I.3.d');
  });

  it('category_guessed: a 1048 sector narrowed by the product name', () => {
    const result = validate({ 'Phân nhóm': 'Thực phẩm' });
    expect(warningCodes(result)).toEqual(['category_guessed']);
    expect(result.rows[0]?.categoryCode).toBe('I.4.a');
  });

  it('level_mismatch: a level that breaks the rule for the stars and basis', () => {
    const result = validate({ 'Số sao': 5, 'Cấp công nhận': 'Huyện' });
    expect(warningCodes(result)).toEqual(['level_mismatch']);
    expect(result.rows[0]?.level).toBe('district');
  });

  it('score_mismatch: score in another tier than the stars', () => {
    const headers = [...HEADERS, 'Điểm'];
    expect(warningCodes(validate({ Điểm: 65 }, headers))).toEqual(['score_mismatch']);
    expect(warningCodes(validate({ Điểm: 75 }, headers))).toEqual([]);
    expect(warningCodes(validate({ Điểm: 92, 'Số sao': 'Tiềm năng 5 sao' }, headers))).toEqual([]);
  });

  it('unknown_province: kept as written', () => {
    const result = validate({ 'Tỉnh/Thành phố': 'Gotham' });
    expect(warningCodes(result)).toEqual(['unknown_province']);
    expect(result.rows[0]?.producer).toMatchObject({ province: 'Gotham', region: null });
  });

  it('unknown_region: falls back to the province region', () => {
    const result = validate({ Vùng: 'Bắc Cực' }, [...HEADERS, 'Vùng']);
    expect(warningCodes(result)).toEqual(['unknown_region']);
    expect(result.rows[0]?.producer.region).toBe('red-river-delta');
  });

  it('unknown_column and duplicate_column on the header row', () => {
    const result = validate({}, [...HEADERS, 'Ghi chú', 'Product name']);
    expect(result.warnings.map((w) => [w.row, w.code, w.column])).toEqual([
      [1, 'unknown_column', 'Ghi chú'],
      [1, 'duplicate_column', 'Product name'],
    ]);
    expect(result.rows).toHaveLength(1);
  });

  it('skipped_row: section headings and totals', () => {
    const section = HEADERS.map(() => 'HUYỆN THANH OAI');
    const result = validateImport(
      {
        headers: [...HEADERS],
        headerRowNumber: 1,
        rows: [
          { rowNumber: 2, cells: section },
          ...table([{}]).rows.map((r) => ({ ...r, rowNumber: 3 })),
          { rowNumber: 4, cells: ['Tổng cộng: 1 sản phẩm', ...HEADERS.slice(1).map(() => null)] },
        ],
      },
      { today: TODAY },
    );
    expect(result.warnings.map((w) => [w.row, w.code, w.value])).toEqual([
      [2, 'skipped_row', 'HUYỆN THANH OAI'],
      [4, 'skipped_row', 'Tổng cộng: 1 sản phẩm'],
    ]);
    expect(result.rows.map((r) => r.rowNumber)).toEqual([3]);
    expect(result.rowCount).toBe(1);
  });
});
