import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { contentDisposition } from '../http/content-disposition.ts';
import { canRender } from './fonts.ts';
import { createPdfDocument, formatVnd, placeAndDate, programmeLetterhead } from './index.ts';

/** Every Vietnamese letter: the twelve vowels in six tones, đ, in both cases. */
const VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const LOWER = [...VOWELS].flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))).join('') + 'đ';
const ALPHABET = `${LOWER} ${LOWER.toLocaleUpperCase('vi-VN')}`;

const hasPoppler = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-pdf-'));
const artifacts = path.resolve('test-artifacts/pdf');

async function sampleReport(language: 'vi' | 'en', rows = 70): Promise<Buffer> {
  const doc = createPdfDocument({
    language,
    letterhead: programmeLetterhead(language, '2028-02-29', language === 'vi' ? 'Số: 12/BC-SCT' : 'No. 12/BC-SCT'),
    title: language === 'vi' ? 'Báo cáo tổng kết hội chợ' : 'Fair closing report',
  });
  doc.summary([
    { label: language === 'vi' ? 'Doanh thu' : 'Sales', value: formatVnd(8_742_200_000) },
    { label: language === 'vi' ? 'Gian hàng' : 'Stalls', value: '150' },
  ]);
  doc.heading(language === 'vi' ? 'Bảng chữ cái' : 'Alphabet').paragraph(ALPHABET);
  doc.table({
    columns: [{ header: 'STT', width: 0.5, align: 'right' }, { header: language === 'vi' ? 'Sản phẩm' : 'Product', width: 4 }, { header: 'VND', width: 1.5, align: 'right' }],
    rows: Array.from({ length: rows }, (_, i) => [i + 1, `Gốm Bát Tràng số ${i + 1}.`, formatVnd(1000 * (i + 1))]),
    footer: ['', language === 'vi' ? 'Tổng cộng' : 'Total', formatVnd(999)],
  });
  doc.qrCode('https://ocop.example/verify/X', { caption: 'QR' });
  doc.signatures([{ title: 'NGƯỜI LẬP', name: 'Nguyễn Thị Lan' }, { title: 'TRƯỞNG BAN', name: 'Trần Văn Đức' }], placeAndDate('Hà Nội', '2028-02-29', language));
  return doc.finish();
}

/** The text of each page, as a PDF reader extracts it (proves each glyph maps back to its letter). */
function pageTexts(pdf: Buffer): string[] {
  const file = path.join(dir, `t-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '');
}

describe('the PDF document kit', () => {
  it('has a glyph for every Vietnamese letter in the regular and the bold font', () => {
    expect(ALPHABET.replace(' ', '')).toHaveLength(2 * (12 * 6 + 1));
    expect(canRender(ALPHABET, 400)).toBe(true);
    expect(canRender(ALPHABET, 700)).toBe(true);
    expect(canRender('₫ – “” …')).toBe(true);
    expect(canRender('東京')).toBe(false);
  });

  it('embeds its fonts (subsets of Noto Sans), never relying on the reader’s', async () => {
    const pdf = (await sampleReport('vi')).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/FontFile2/g)?.length).toBeGreaterThanOrEqual(3);
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Bold/);
    expect(pdf).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    expect(pdf).toContain('/Lang (vi-VN)');
  });

  it.skipIf(!hasPoppler)('reads back every diacritic, numbers pages "Trang x/y" and repeats the table header on each page', async () => {
    const pages = pageTexts(await sampleReport('vi'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const all = pages.join('\n');
    for (const word of ALPHABET.split(' ')) expect(all.replace(/\s/g, '')).toContain(word);
    expect(all).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(all).toContain('Hà Nội, ngày 29 tháng 02 năm 2028');
    expect(all).toContain('8.742.200.000 ₫');
    pages.forEach((text, i) => expect(text).toContain(`Trang ${i + 1}/${pages.length}`));
    // Every row exactly once, in order, across the page breaks.
    for (let i = 1; i <= 70; i++) expect(all.split(`Gốm Bát Tràng số ${i}.`).length - 1).toBe(1);
    const tablePages = pages.filter((p) => p.includes('Gốm Bát Tràng số'));
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    for (const page of tablePages) expect(page).toContain('Sản phẩm');
  });

  it.skipIf(!hasPoppler)('speaks English when asked: motto, date line and "Page x/y"', async () => {
    const pages = pageTexts(await sampleReport('en', 5));
    expect(pages[0]).toContain('SOCIALIST REPUBLIC OF VIETNAM');
    expect(pages[0]).toContain('Hanoi, 29/02/2028');
    expect(pages.at(-1)).toContain(`Page ${pages.length}/${pages.length}`);
  });

  it.skipIf(!hasPoppler)('cuts a running header too long for the page with an ellipsis, on one line', async () => {
    const title = `Báo cáo tổng kết hội chợ: ${'Hội chợ OCOP và sản phẩm vùng miền – phố đi bộ Trịnh Công Sơn '.repeat(2)}`;
    const doc = createPdfDocument({ language: 'vi', letterhead: programmeLetterhead('vi', '2028-02-29'), title });
    for (let i = 0; i < 80; i++) doc.paragraph(`Đoạn ${i + 1}.`);
    const pages = pageTexts(await doc.finish());
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const header = pages[1]!.split('\n').find((line) => line.includes('Chương trình')) ?? '';
    expect(header.trim().endsWith('…')).toBe(true);
    expect(header).toContain('Báo cáo tổng kết hội chợ');
    expect(pages[1]).not.toContain('Trịnh Công Sơn Hội chợ');
  });

  it.skipIf(!hasPoppler)('splits a table row taller than a page without losing a line', async () => {
    const doc = createPdfDocument({ language: 'vi', letterhead: programmeLetterhead('vi', '2028-02-29'), title: 'Dài' });
    const long = Array.from({ length: 120 }, (_, i) => `dòng-${i + 1}`).join('\n');
    doc.table({ columns: [{ header: 'A' }, { header: 'B' }], rows: [['ô đầu', long], ['ô sau', 'cuối']] });
    const all = pageTexts(await doc.finish()).join('\n');
    for (let i = 1; i <= 120; i++) expect(all).toMatch(new RegExp(`dòng-${i}\\b`));
    expect(all).toContain('cuối');
  });

  it.skipIf(!hasPoppler)('renders to a page image (kept in test-artifacts/pdf to look at)', async () => {
    const file = path.join(dir, 'report.pdf');
    fs.writeFileSync(file, await sampleReport('vi'));
    fs.mkdirSync(artifacts, { recursive: true });
    fs.copyFileSync(file, path.join(artifacts, 'sample-report.pdf'));
    // Rendered in this run's own folder, then copied: CI runs two suites at once, which share test-artifacts.
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', file, path.join(dir, 'sample-report')]);
    const png = fs.readdirSync(dir).find((f) => f.startsWith('sample-report') && f.endsWith('.png'))!;
    fs.copyFileSync(path.join(dir, png), path.join(artifacts, png));
    const { width, height, channels } = await sharp(path.join(dir, png)).metadata();
    expect(width).toBeLessThan(height!); // portrait A4
    const stats = await sharp(path.join(dir, png)).stats();
    // Ink on paper: some dark pixels (text, QR), mostly white.
    expect(stats.channels[0]!.min).toBeLessThan(60);
    expect(stats.channels[0]!.mean).toBeGreaterThan(200);
    expect(channels).toBeGreaterThanOrEqual(3);
  });
});

describe('file names in Content-Disposition', () => {
  it('carries an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('inline', 'Báo cáo "Đường Lâm".pdf')).toBe(
      `inline; filename="Bao cao _Duong Lam_.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%22%C4%90%C6%B0%E1%BB%9Dng%20L%C3%A2m%22.pdf`,
    );
  });
});
