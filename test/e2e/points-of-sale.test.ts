// The public side of the points of sale on a phone: the map of opened and operating points and
// craft villages (no tile server: nothing leaves our server), a filter, then a point's page with
// its hours, whether it is open now, and the products on its shelves with their certificate status.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOBILE, baseUrl, launchBrowser, newPage, screenshot } from './support.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('points of sale, on a phone', () => {
  it('shows the points on a map, filters them, and opens a point with its hours and products', async () => {
    const t = await newPage(browser, MOBILE);
    const { page } = t;
    const outside: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(baseUrl()) && !r.url().startsWith('data:')) outside.push(r.url()); });
    await page.goto('/points-of-sale');
    await page.getByRole('region', { name: 'Bản đồ điểm bán OCOP' }).waitFor();
    const list = page.getByRole('list', { name: /Danh sách trên bản đồ/ });
    const showroom = /Showroom OCOP – Trung tâm Khuyến công/;
    await expect.poll(() => list.getByRole('link', { name: showroom }).count()).toBe(1);
    await screenshot(page, 'points-of-sale-map-phone-vi');

    await page.getByLabel('Loại hình').selectOption('creative-design-centre');
    await expect.poll(() => list.getByRole('link', { name: showroom }).count()).toBe(0);
    expect(await list.getByRole('link', { name: /Bát Tràng/ }).count()).toBeGreaterThan(0);

    await page.getByLabel('Loại hình').selectOption('');
    await expect.poll(() => list.getByRole('link', { name: showroom }).count()).toBe(1);
    await list.getByRole('link', { name: showroom }).click();
    await page.waitForURL('**/points-of-sale/showroom-trung-tam-khuyen-cong');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(showroom);
    expect(await page.getByTestId('open-now').innerText()).toMatch(/Đang (mở|đóng) cửa/);
    await page.getByRole('heading', { name: 'Giờ mở cửa' }).waitFor();
    const products = page.locator('.pos-product');
    expect(await products.count()).toBeGreaterThan(3);
    expect(await products.first().locator('.cert-badge').innerText()).toMatch(/Còn hiệu lực|Sắp hết hạn/);
    await screenshot(page, 'points-of-sale-point-phone-vi');
    expect(outside).toEqual([]);
    await t.close();
  });
});
