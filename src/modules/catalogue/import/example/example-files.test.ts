import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../read-spreadsheet.ts';
import { validateImport } from '../validate-import.ts';
import { EXAMPLE_HEADERS, EXAMPLE_ROWS } from './example-rows.ts';
import { EXAMPLE_CSV, EXAMPLE_XLSX, makeExampleCsv } from './make-example.ts';

const TODAY = '2025-10-01';

describe.each([
  ['xlsx', EXAMPLE_XLSX],
  ['csv', EXAMPLE_CSV],
])('the shipped example .%s', (kind, path) => {
  async function load() {
    const table = await readSpreadsheet(new Uint8Array(await readFile(path)), path);
    return { table, result: validateImport(table, { today: TODAY }) };
  }

  it('reads the header row as written', async () => {
    const { table, result } = await load();
    expect(table.headers).toEqual([...EXAMPLE_HEADERS]);
    expect(table.headerRowNumber).toBe(kind === 'xlsx' ? 4 : 1);
    expect(result.columns.unknown).toEqual([]);
  });

  it('imports every row without errors', async () => {
    const { result } = await load();
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(EXAMPLE_ROWS.length);
  });

  it('warns only about the two rows filed under a subgroup or an old sector', async () => {
    const { result } = await load();
    expect(result.warnings.map((w) => [w.code, w.value])).toEqual([
      ['category_guessed', 'Chè'],
      ['category_guessed', 'Thảo dược'],
    ]);
  });

  it('normalises the mixed spellings', async () => {
    const { result } = await load();
    const byName = new Map(result.rows.map((r) => [r.productName.vi, r]));
    expect(byName.get('Gốm Bát Tràng men rạn')).toMatchObject({
      categoryCode: 'IV.1',
      stars: 4,
      decisionDate: '2023-05-12',
      expiryDate: '2026-05-12',
      level: 'province',
      legalBasis: '148',
      priceMinVnd: 450000,
      priceMaxVnd: 1200000,
      producer: { type: 'cooperative', taxCode: '0108765432', commune: 'Xã Bát Tràng', legacyDistrict: 'Gia Lâm' },
    });
    expect(byName.get('Bộ ấm chén men lam vẽ tay')).toMatchObject({ stars: 5, level: 'central', producer: { type: 'enterprise' } });
    expect(byName.get('Tranh sơn mài Hạ Thái')).toMatchObject({ stars: 4, potentialFiveStar: true });
    expect(byName.get('Trà sen Tây Hồ')?.categoryCode).toBe('I.5.a');
    expect(byName.get('Thuốc tắm người Dao Ba Vì')?.categoryCode).toBe('III.1');
    expect(byName.get('Giỏ mây tre đan Phú Vinh')).toMatchObject({ categoryCode: 'IV.1', legalBasis: '1048', status: 'expired' });
    expect(byName.get('Khăn lụa tơ tằm in hoa')).toMatchObject({ categoryCode: 'IV.2', decisionDate: '2023-09-15', level: 'district' });
    expect(byName.get('Gà Mía Đường Lâm')).toMatchObject({ legalBasis: '1489', level: 'province', producer: { type: 'cooperative-group' } });
    expect(byName.get('Cốm làng Vòng')?.producer.taxCode).toBe('001178045612');
  });

  it('reads the producer merged over two rows into both', async () => {
    const { result } = await load();
    const lan = result.rows.filter((r) => r.producer.name === 'Hộ kinh doanh Kiều Thị Lan');
    expect(lan.map((r) => r.productName.vi)).toEqual(['Chè lam Đường Lâm', 'Kẹo lạc Đường Lâm']);
    expect(new Set(lan.map((r) => r.producer.key)).size).toBe(1);
  });

  it('shows every certificate status relative to today except revoked (lists do not carry revocations)', async () => {
    const { result } = await load();
    expect(new Set(result.rows.map((r) => r.status))).toEqual(new Set(['valid', 'expiring', 'expired']));
  });
});

describe('the example generator', () => {
  it('produces the committed CSV byte for byte', async () => {
    expect(await readFile(EXAMPLE_CSV, 'utf8')).toBe(makeExampleCsv());
  });
});
