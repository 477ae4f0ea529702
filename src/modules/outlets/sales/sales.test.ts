import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCertificate, aProducer, aProduct } from '../../../../test/support/catalogue-fixtures.ts';
import { aPoint, atStatus } from '../../../../test/support/outlet-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { toXlsx } from '../../../server/spreadsheet/write-spreadsheet.ts';
import { clock } from '../../../shared/time/clock.ts';
import { addMonths } from '../../../shared/time/iso-date.ts';
import { outletPoints } from '../tables.ts';
import { latestDueMonth, monthOf, shiftMonth } from './months.ts';

let t: TestApp;
let point: { id: string; slug: string };
let productCode: string;
let lines: { id: string }[];
const thisMonth = () => monthOf(clock.today());
const lastMonth = () => shiftMonth(thisMonth(), -1);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

beforeAll(async () => {
  t = await createTestApp();
  point = await aPoint(t.database);
  await atStatus(t.database, point.id, 'operating');
  await t.database.db.update(outletPoints).set({ openedOn: addMonths(clock.today(), -8) }).where(eq(outletPoints.id, point.id));
  const operatorId = (await t.as('operator')).userId;
  await t.request('organizer', { method: 'PUT', url: `/api/outlets/points/${point.id}/operators`, payload: { userIds: [operatorId] } });
  const product = await aProduct(t.database, (await aProducer(t.database)).id, { vi: 'Ấm chén men lam', en: 'Blue glaze tea set' });
  await aCertificate(t.database, product.id);
  productCode = (await t.request(null, { method: 'GET', url: `/api/products/${product.id}` })).json().code;
  await t.request('operator', { method: 'POST', url: `/api/outlets/points/${point.id}/stock`, payload: { productId: product.id, quantity: 20, priceVnd: 650_000, ownership: 'consigned' } });
  await t.request('operator', { method: 'POST', url: `/api/outlets/points/${point.id}/stock`, payload: { other: { name: 'Chè lam Thạch Xá', basis: 'local-specialty' }, quantity: 40, priceVnd: 45_000, ownership: 'bought' } });
  lines = (await t.request('operator', { method: 'GET', url: `/api/outlets/points/${point.id}/stock` })).json().items;
}, 120_000);
afterAll(() => t.close());

const report = (month: string, body: { lines: unknown[] }, role: 'operator' | 'organizer' = 'operator') => t.request(role, { method: 'PUT', url: `/api/outlets/points/${point.id}/sales/${month}`, payload: body });
const upload = (file: Buffer, dryRun = false) => t.request('operator', { method: 'POST', url: `/api/outlets/points/${point.id}/sales-import?fileName=doanh-so.xlsx&dryRun=${dryRun}`, payload: file, headers: { 'content-type': XLSX } });

describe('monthly sales in the web page', () => {
  it('are reported by product for a month, and a second report of the month replaces the first', async () => {
    expect((await report(lastMonth(), { lines: [{ stockItemId: lines[0]!.id, units: 3, salesVnd: 1_950_000 }] })).statusCode).toBe(204);
    expect((await report(lastMonth(), { lines: [{ stockItemId: lines[0]!.id, units: 4, salesVnd: 2_600_000 }, { stockItemId: lines[1]!.id, units: 10, salesVnd: 450_000 }] })).statusCode).toBe(204);
    const sales = (await t.request('operator', { method: 'GET', url: `/api/outlets/points/${point.id}/sales` })).json();
    expect(sales.months).toHaveLength(12);
    expect(sales.months.at(-2)).toMatchObject({ month: lastMonth(), reported: true, totalVnd: 3_050_000, totalUnits: 14, source: 'form' });
    expect(sales.topProducts[0]).toMatchObject({ stockItemId: lines[0]!.id, units: 4, salesVnd: 2_600_000 });
  });

  it('refuses a month still ahead and a line that is not on the point\'s shelves', async () => {
    expect((await report(shiftMonth(thisMonth(), 1), { lines: [] })).json().error.code).toBe('future_month');
    const other = await aPoint(t.database);
    const foreign = await t.request('organizer', { method: 'POST', url: `/api/outlets/points/${other.id}/stock`, payload: { other: { name: 'Bánh chưng Tranh Khúc', basis: 'local-specialty' }, quantity: 1, priceVnd: 1, ownership: 'bought' } });
    const response = await report(lastMonth(), { lines: [{ stockItemId: foreign.json().id, units: 1, salesVnd: 1 }] }, 'organizer');
    expect(response.json().error.code).toBe('unknown_stock_item');
    expect((await t.request('operator', { method: 'PUT', url: `/api/outlets/points/${other.id}/sales/${lastMonth()}`, payload: { lines: [] } })).statusCode).toBe(403);
  });
});

describe('monthly sales by spreadsheet', () => {
  it('come from the downloadable template, matched by product code or name', async () => {
    const template = await t.request('operator', { method: 'GET', url: `/api/outlets/points/${point.id}/sales-template` });
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-type']).toContain('spreadsheetml');
    const [y, m] = [shiftMonth(thisMonth(), -2).slice(0, 4), shiftMonth(thisMonth(), -2).slice(5, 7)];
    const file = await toXlsx([{ name: 'Doanh số', headers: ['Tháng', 'Sản phẩm', 'Số lượng bán', 'Doanh thu (VNĐ)'], rows: [[`${m}/${y}`, productCode, 5, 3_250_000], [`${m}/${y}`, 'che lam thach xa', 12, 540_000]] }]);
    const dry = (await upload(file, true)).json();
    expect(dry).toMatchObject({ ok: true, dryRun: true, counts: { months: 1, lines: 2 } });
    expect((await t.request('operator', { method: 'GET', url: `/api/outlets/points/${point.id}/sales` })).json().months.at(-3).reported).toBe(false);
    const real = (await upload(file)).json();
    expect(real).toMatchObject({ ok: true, counts: { months: 1, lines: 2, replacedMonths: 0 } });
    expect((await t.request('operator', { method: 'GET', url: `/api/outlets/points/${point.id}/sales` })).json().months.at(-3)).toMatchObject({ reported: true, totalVnd: 3_790_000, source: 'spreadsheet' });
  });

  it('write nothing when any row is wrong, and say which row and why', async () => {
    const month = shiftMonth(thisMonth(), -3);
    const label = `${month.slice(5, 7)}/${month.slice(0, 4)}`;
    const file = await toXlsx([{ name: 'Doanh số', headers: ['Tháng', 'Sản phẩm', 'Số lượng bán', 'Doanh thu (VNĐ)'], rows: [[label, productCode, 5, 3_250_000], [label, 'Nón lá Chuông', 2, 200_000], ['13/2027', productCode, 1, 1]] }]);
    const response = await upload(file);
    expect(response.statusCode).toBe(422);
    const problems = response.json().error.details.problems as { row: number; code: string }[];
    expect(problems.map((p) => [p.row, p.code])).toEqual([[3, 'unknown_product'], [4, 'bad_month']]);
    const sales = (await t.request('operator', { method: 'GET', url: `/api/outlets/points/${point.id}/sales` })).json();
    expect(sales.months.find((x: { month: string }) => x.month === month).reported).toBe(false);
  });
});

describe('the dashboards and the early warning', () => {
  it('sum sales across points by month', async () => {
    const dashboard = (await t.request('organizer', { method: 'GET', url: '/api/outlets/sales' })).json();
    expect(dashboard.months.find((m: { month: string }) => m.month === lastMonth())).toMatchObject({ totalVnd: 3_050_000, reportingPoints: 1 });
    expect(dashboard.points[0]).toMatchObject({ pointId: point.id, lastMonthVnd: 3_050_000 });
  });

  it('lists the points failing, each with its reasons', async () => {
    const silent = await aPoint(t.database);
    await atStatus(t.database, silent.id, 'operating');
    await t.database.db.update(outletPoints).set({ openedOn: addMonths(clock.today(), -6) }).where(eq(outletPoints.id, silent.id));
    const warnings = (await t.request('organizer', { method: 'GET', url: '/api/outlets/early-warnings' })).json();
    const rulesOf = (id: string) => warnings.points.find((p: { pointId: string }) => p.pointId === id)?.reasons.map((r: { rule: string }) => r.rule);
    // Reported every month due (the last two); half its lines are OCOP products, under the 70% rule.
    expect(rulesOf(point.id)).toEqual(['ocop-share-low']);
    expect(rulesOf(silent.id)).toEqual(['missed-report']);
    const message = warnings.points.find((p: { pointId: string }) => p.pointId === silent.id).reasons[0].message.vi;
    const due = latestDueMonth(clock.today());
    expect(message).toContain(`${due.slice(5, 7)}/${due.slice(0, 4)}`);
    expect((await t.request('operator', { method: 'GET', url: '/api/outlets/early-warnings' })).statusCode).toBe(403);
  });
});
