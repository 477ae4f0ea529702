import { afterEach, describe, expect, it } from 'vitest';
import { parseDateCell } from '../../../server/spreadsheet/parse-date.ts';
import { parsePrice } from './parse-price.ts';
import { parseScore } from './parse-score.ts';
import { parseStars } from './parse-stars.ts';
import { parseTaxCode } from './parse-tax-code.ts';

describe('parseDateCell', () => {
  it.each([
    ['15/03/2024', '2024-03-15'],
    ['5/3/2024', '2024-03-05'],
    ['05-03-2024', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
    [' 15 / 03 / 2024 ', '2024-03-15'],
    ['2024-03-15', '2024-03-15'],
    ['2024/03/15', '2024-03-15'],
    ['15/03/2024 00:00:00', '2024-03-15'],
    ['2024-03-15T00:00:00.000Z', '2024-03-15'],
    ['ngày 15 tháng 3 năm 2024', '2024-03-15'],
    ['Ngày 5 tháng 12 năm 2023', '2023-12-05'],
    ['29/02/2024', '2024-02-29'],
  ])('reads text "%s"', (text, iso) => {
    expect(parseDateCell(text)).toBe(iso);
  });

  it('reads day first, never month first', () => {
    expect(parseDateCell('03/04/2024')).toBe('2024-04-03');
    expect(parseDateCell('04/15/2024')).toBeUndefined();
  });

  it('refuses impossible dates, two-digit years and other text', () => {
    expect(parseDateCell('29/02/2023')).toBeUndefined();
    expect(parseDateCell('31/04/2024')).toBeUndefined();
    expect(parseDateCell('15/03/24')).toBeUndefined();
    expect(parseDateCell('tháng 3/2024')).toBeUndefined();
    expect(parseDateCell('2024')).toBeUndefined();
    expect(parseDateCell(null)).toBeUndefined();
  });

  it('reads Excel serial numbers, as numbers or digits', () => {
    expect(parseDateCell(45366)).toBe('2024-03-15');
    expect(parseDateCell(45366.75)).toBe('2024-03-15'); // 18:00 the same day
    expect(parseDateCell('45366')).toBe('2024-03-15');
    expect(parseDateCell(45351)).toBe('2024-02-29');
  });

  it('does not read implausible numbers as dates', () => {
    expect(parseDateCell(2024)).toBeUndefined();
    expect(parseDateCell(4)).toBeUndefined();
    expect(parseDateCell(150000)).toBeUndefined();
  });

  describe('real date cells (UTC midnight from exceljs)', () => {
    const originalTz = process.env.TZ;
    afterEach(() => {
      process.env.TZ = originalTz;
    });

    it.each(['America/New_York', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati', 'UTC'])(
      'keeps the day in time zone %s',
      (tz) => {
        process.env.TZ = tz;
        expect(parseDateCell(new Date(Date.UTC(2024, 2, 15)))).toBe('2024-03-15');
        expect(parseDateCell(new Date(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
      },
    );

    it('absorbs floating-point error just before midnight', () => {
      expect(parseDateCell(new Date(Date.UTC(2024, 2, 15) - 1))).toBe('2024-03-15');
    });

    it('refuses an invalid Date', () => {
      expect(parseDateCell(new Date(Number.NaN))).toBeUndefined();
    });
  });
});

describe('parseStars', () => {
  it.each([
    [4, 4],
    ['4', 4],
    ['4 sao', 4],
    ['4 SAO', 4],
    ['4★', 4],
    ['4 ★', 4],
    ['4*', 4],
    ['★★★★', 4],
    ['★★★', 3],
    ['4 stars', 4],
    ['5 star', 5],
    ['4-star', 4],
    ['3.0', 3],
    ['bốn sao', 4],
    ['Ba sao', 3],
    ['five stars', 5],
  ] as const)('reads %j as %d stars', (value, stars) => {
    expect(parseStars(value)).toEqual({ kind: 'ok', stars, potentialFiveStar: false });
  });

  it.each(['5 sao tiềm năng', 'Tiềm năng 5 sao', '4 sao (tiềm năng 5 sao)', 'potential 5 stars', 'Potential 5★', 'tiềm năng'])(
    'reads "%s" as a potential 5★ product holding 4 stars',
    (text) => {
      expect(parseStars(text)).toEqual({ kind: 'ok', stars: 4, potentialFiveStar: true });
    },
  );

  it.each([
    [1, 1],
    ['2 sao', 2],
    [6, 6],
    ['0', 0],
  ] as const)('reports %j as out of range', (value, stars) => {
    expect(parseStars(value)).toEqual({ kind: 'out-of-range', stars });
  });

  it.each(['4,5', 'bốn', 'nhiều sao', '', 'A', '3 sao tiềm năng'])('cannot read "%s"', (text) => {
    expect(parseStars(text)).toEqual({ kind: 'unreadable' });
  });
});

describe('parsePrice', () => {
  it.each([
    [150000, 150000, 150000],
    ['150000', 150000, 150000],
    ['150.000', 150000, 150000],
    ['150,000', 150000, 150000],
    ['150 000', 150000, 150000],
    ['150.000 đ', 150000, 150000],
    ['150.000đ', 150000, 150000],
    ['150.000 VNĐ', 150000, 150000],
    ['150,000 VND', 150000, 150000],
    ['150.000 đồng', 150000, 150000],
    ['150k', 150000, 150000],
    ['1,2 triệu', 1200000, 1200000],
    ['1.5tr', 1500000, 1500000],
    ['1.200.000', 1200000, 1200000],
    ['120.000 - 180.000', 120000, 180000],
    ['120.000đ – 180.000đ', 120000, 180000],
    ['120-180k', 120000, 180000],
    ['từ 120.000 đến 180.000 đ', 120000, 180000],
    ['85.000 đ/hộp', 85000, 85000],
  ] as const)('reads %j', (value, min, max) => {
    expect(parsePrice(value)).toEqual({ minVnd: min, maxVnd: max });
  });

  it.each(['liên hệ', '150.00', '0', '-5', '200.000 - 100.000', '1 - 2 - 3'])('cannot read "%s"', (text) => {
    expect(parsePrice(text)).toBeUndefined();
  });
});

describe('parseTaxCode', () => {
  it('accepts 10 digits, a branch suffix and 12-digit personal IDs', () => {
    expect(parseTaxCode('0101234567')).toBe('0101234567');
    expect(parseTaxCode('0101 234 567')).toBe('0101234567');
    expect(parseTaxCode('0101234567-001')).toBe('0101234567-001');
    expect(parseTaxCode('001085012345')).toBe('001085012345');
  });

  it('restores the leading zero Excel drops by storing the code as a number', () => {
    expect(parseTaxCode(101234567)).toBe('0101234567');
    expect(parseTaxCode('101234567')).toBe('0101234567');
  });

  it('rejects other shapes', () => {
    expect(parseTaxCode('12345')).toBeUndefined();
    expect(parseTaxCode('MST0101234567')).toBeUndefined();
    expect(parseTaxCode('10123456')).toBeUndefined();
  });
});

describe('parseScore', () => {
  it('reads numbers, decimal commas and unit words', () => {
    expect(parseScore(85)).toBe(85);
    expect(parseScore('85')).toBe(85);
    expect(parseScore('85,5')).toBe(85.5);
    expect(parseScore('85 điểm')).toBe(85);
    expect(parseScore('85/100')).toBe(85);
  });

  it('rejects scores outside 0–100 and text', () => {
    expect(parseScore(101)).toBeUndefined();
    expect(parseScore('-3')).toBeUndefined();
    expect(parseScore('cao')).toBeUndefined();
  });
});
