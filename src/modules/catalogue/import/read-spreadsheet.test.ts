import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../server/spreadsheet/read-csv.ts';
import { SpreadsheetReadError } from '../../../server/spreadsheet/read-errors.ts';
import { readSpreadsheet } from './read-spreadsheet.ts';

const HEADERS = ['STT', 'Tên sản phẩm', 'Chủ thể', 'Địa chỉ', 'Phân nhóm', 'Số sao', 'Số quyết định', 'Ngày quyết định'];

async function xlsx(build: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('Danh sách'), workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readSpreadsheet (.xlsx)', () => {
  it('finds the header row below a merged title and keeps sheet row numbers', async () => {
    const file = await xlsx((sheet) => {
      sheet.addRow(['DANH SÁCH SẢN PHẨM OCOP THÀNH PHỐ HÀ NỘI NĂM 2024']);
      sheet.mergeCells('A1:H1');
      sheet.addRow([]);
      sheet.addRow(HEADERS);
      sheet.addRow([1, 'Tương Cự Đà', 'HTX Tương Cự Đà', 'Cự Khê, Thanh Oai', 'I.4.a', 4, '123/QĐ-UBND', new Date(Date.UTC(2024, 2, 15))]);
    });
    const table = await readSpreadsheet(file, 'list.xlsx');
    expect(table.headerRowNumber).toBe(3);
    expect(table.headers).toEqual(HEADERS);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]?.rowNumber).toBe(4);
    expect(table.rows[0]?.cells[7]).toEqual(new Date(Date.UTC(2024, 2, 15)));
  });

  it('skips empty rows and the (1) (2) (3) column-numbering row', async () => {
    const file = await xlsx((sheet) => {
      sheet.addRow(HEADERS);
      sheet.addRow(HEADERS.map((_, i) => `(${i + 1})`));
      sheet.addRow([1, 'Chè lam', 'Hộ kinh doanh Lê Thị Hoa']);
      sheet.addRow([]);
      sheet.addRow([null, '   ']);
      sheet.addRow([2, 'Kẹo lạc', 'Hộ kinh doanh Lê Thị Hoa']);
    });
    const table = await readSpreadsheet(file, 'list.xlsx');
    expect(table.rows.map((r) => r.rowNumber)).toEqual([3, 6]);
  });

  it('turns rich text, formulas, hyperlinks and booleans into plain values', async () => {
    const file = await xlsx((sheet) => {
      sheet.addRow(HEADERS);
      sheet.addRow([
        { formula: 'ROW()-1', result: 1 },
        { richText: [{ text: 'Lụa ', font: { bold: true } }, { text: 'Vạn Phúc' }] },
        { text: 'Công ty TNHH Lụa Hà Đông Xưa', hyperlink: 'https://example.vn' },
        true,
        { formula: '1/0', result: { error: '#DIV/0!' } },
      ]);
    });
    const [row] = (await readSpreadsheet(file, 'x.xlsx')).rows;
    expect(row?.cells.slice(0, 5)).toEqual([1, 'Lụa Vạn Phúc', 'Công ty TNHH Lụa Hà Đông Xưa', 'TRUE', '#DIV/0!']);
  });

  it('fills a producer merged down over several product rows into each row', async () => {
    const file = await xlsx((sheet) => {
      sheet.addRow(HEADERS);
      sheet.addRow([1, 'Gốm men rạn', 'HTX Gốm sứ Minh Phát']);
      sheet.addRow([2, 'Gốm men lam', null]);
      sheet.mergeCells('C2:C3');
    });
    const table = await readSpreadsheet(file, 'x.xlsx');
    expect(table.rows.map((r) => r.cells[2])).toEqual(['HTX Gốm sứ Minh Phát', 'HTX Gốm sứ Minh Phát']);
  });

  it('pads rows to the same width', async () => {
    const file = await xlsx((sheet) => {
      sheet.addRow(HEADERS);
      sheet.addRow([1, 'Chè lam']);
    });
    const table = await readSpreadsheet(file, 'x.xlsx');
    expect(table.rows[0]?.cells).toHaveLength(HEADERS.length);
  });

  it('prefers the sheet that holds the table', async () => {
    const file = await xlsx((sheet, workbook) => {
      sheet.addRow(['Hướng dẫn: xem trang sau']);
      const data = workbook.addWorksheet('Dữ liệu');
      data.addRow(HEADERS);
      data.addRow([1, 'Chè lam']);
    });
    const table = await readSpreadsheet(file, 'x.xlsx');
    expect(table.headers).toEqual(HEADERS);
  });

  it('falls back to the first non-empty row when no header is recognisable', async () => {
    const file = await xlsx((sheet) => {
      sheet.addRow(['a', 'b']);
      sheet.addRow([1, 2]);
    });
    const table = await readSpreadsheet(file, 'x.xlsx');
    expect(table.headers).toEqual(['a', 'b']);
    expect(table.headerRowNumber).toBe(1);
  });

  it('rejects damaged xlsx, old .xls and unknown formats with a bilingual message', async () => {
    const damaged = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    await expect(readSpreadsheet(damaged, 'x.xlsx')).rejects.toMatchObject({ code: 'unreadable' });
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]);
    await expect(readSpreadsheet(xls, 'x.xls')).rejects.toBeInstanceOf(SpreadsheetReadError);
    await expect(readSpreadsheet(xls, 'x.xls')).rejects.toMatchObject({ code: 'unsupported_format' });
    await expect(readSpreadsheet(utf8('%PDF'), 'x.pdf')).rejects.toMatchObject({
      code: 'unsupported_format',
      localized: { vi: expect.stringContaining('.xlsx') as string, en: expect.stringContaining('.csv') as string },
    });
  });

  it('rejects an empty file', async () => {
    await expect(readSpreadsheet(utf8(''), 'x.csv')).rejects.toMatchObject({ code: 'empty' });
  });
});

describe('readSpreadsheet (.csv)', () => {
  it('reads comma-separated UTF-8 with a BOM', async () => {
    const csv = `\uFEFF${HEADERS.join(',')}\n1,Tương Cự Đà,HTX Tương Cự Đà,"Cự Khê, Thanh Oai",I.4.a,4 sao,123/QĐ-UBND,15/03/2024\n`;
    const table = await readSpreadsheet(utf8(csv), 'list.csv');
    expect(table.headers[0]).toBe('STT');
    expect(table.rows[0]?.cells).toEqual(['1', 'Tương Cự Đà', 'HTX Tương Cự Đà', 'Cự Khê, Thanh Oai', 'I.4.a', '4 sao', '123/QĐ-UBND', '15/03/2024']);
    expect(table.rows[0]?.rowNumber).toBe(2);
  });

  it('reads semicolon-separated files whose addresses are full of commas', async () => {
    const csv = [
      HEADERS.join(';'),
      '1;Tương Cự Đà;HTX Tương Cự Đà;Thôn Cự Đà, xã Cự Khê, huyện Thanh Oai, Hà Nội;I.4.a;4;123/QĐ-UBND;15/03/2024',
      '2;Chè lam;Hộ kinh doanh Lê Thị Hoa;Mông Phụ, Đường Lâm, Sơn Tây, Hà Nội;I.3.b;3;124/QĐ-UBND;16/03/2024',
    ].join('\r\n');
    const table = await readSpreadsheet(utf8(csv), 'list.csv');
    expect(table.headers).toEqual(HEADERS);
    expect(table.rows[1]?.cells[3]).toBe('Mông Phụ, Đường Lâm, Sơn Tây, Hà Nội');
  });

  it('detects the delimiter', () => {
    expect(detectDelimiter('a,b,c\n1,2,3')).toBe(',');
    expect(detectDelimiter('a;b;c\n1,5;2;"x;y"')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3')).toBe('\t');
    expect(detectDelimiter('"a;b",c,d\n"1;2",3,4')).toBe(',');
  });

  it('skips a title line and blank lines, numbering rows as Excel shows them', async () => {
    const csv = `DANH SÁCH SẢN PHẨM OCOP\n\n${HEADERS.join(',')}\n\n1,Chè lam,Hộ kinh doanh Lê Thị Hoa\n`;
    const table = await readSpreadsheet(utf8(csv), 'list.csv');
    expect(table.headerRowNumber).toBe(3);
    expect(table.rows.map((r) => r.rowNumber)).toEqual([5]);
    expect(table.rows[0]?.cells[7]).toBeNull();
  });

  it('reads UTF-16 (Excel "Unicode text") and legacy Windows-1258 files', async () => {
    const text = `${HEADERS.join('\t')}\n1\tChè lam\tHộ kinh doanh Lê Thị Hoa\n`;
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    const table = await readSpreadsheet(utf16, 'list.txt');
    expect(table.rows[0]?.cells[1]).toBe('Chè lam');

    // "Chè" in Windows-1258: C h e + combining grave (0xCC), which is not valid UTF-8.
    const legacy = new Uint8Array([0x43, 0x68, 0x65, 0xcc]);
    const decoded = await readSpreadsheet(new Uint8Array([...utf8('STT,A,B,C\n'), ...legacy, 0x0a]), 'old.csv');
    expect(decoded.headers).toEqual(['STT', 'A', 'B', 'C']);
    expect(decoded.rows[0]?.cells[0]?.toString().normalize('NFC')).toBe('Chè');
  });

  it('accepts a file without an extension as CSV', async () => {
    const table = await readSpreadsheet(utf8(`${HEADERS.join(',')}\n1,Chè lam\n`), 'upload');
    expect(table.rows).toHaveLength(1);
  });
});
