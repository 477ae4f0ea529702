// A fair from application to sales: the organizer opens a fair (set up through the API), the
// demo producer applies in its workspace, the organizer approves and allocates in the back office,
// the producer confirms its offered stall and reports a day's sales from a phone.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProductList } from '../../src/modules/catalogue/contract.ts';
import { apiGet } from './catalogue-support.ts';
import { apiCall, createOpenFair } from './fairs-support.ts';
import { account, expectH1, launchBrowser, MOBILE, newPage, screenshot, signIn } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const slug = `e2e-apply-${Date.now().toString(36).slice(-5)}`;

describe('exhibitor: apply, get a stall, report sales', () => {
  it('goes from application to a daily report', async () => {
    const organizer = await newPage(browser);
    await signIn(organizer.page, account('organizer'), '/admin');
    await createOpenFair(organizer.page, slug);

    // The producer applies with one of its products that has a valid certificate.
    const producer = await newPage(browser, MOBILE);
    const p = producer.page;
    await signIn(p, account('producer'), '/admin');
    const me = await apiCall<{ user: { producerId: string } }>(p, 'GET', '/api/auth/me');
    const valid = await apiGet<ProductList>(p, `/api/products?producer=${me.user.producerId}&status=valid&pageSize=5`);
    const product = valid.items[0];
    if (!product) throw new Error('The demo producer has no product with a valid certificate');
    await p.getByRole('link', { name: 'Hội chợ của tôi' }).first().click();
    await expectH1(p, 'Hội chợ của tôi');
    await p.locator(`a[href="/admin/my-fairs/${slug}"]`).click();
    const form = p.getByRole('form', { name: 'Đăng ký gian hàng' });
    await form.waitFor();
    // A product the fair cannot take is listed, with its reason, and cannot be ticked.
    const lapsed = (await apiGet<ProductList>(p, `/api/products?producer=${me.user.producerId}&status=expired&pageSize=1`)).items[0]
      ?? (await apiGet<ProductList>(p, `/api/products?producer=${me.user.producerId}&status=revoked&pageSize=1`)).items[0];
    if (lapsed) {
      expect(await form.locator(`#product-${lapsed.id}`).isDisabled()).toBe(true);
      await form.locator(`#product-${lapsed.id}-why`).filter({ hasText: /Không chọn được/ }).waitFor();
      await form.locator(`#product-${lapsed.id}`).scrollIntoViewIfNeeded();
      await screenshot(p, 'exhibitor-apply-ineligible');
    }
    await form.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await form.getByRole('alert').filter({ hasText: 'Chọn ít nhất một sản phẩm' }).waitFor();
    await form.locator(`#product-${product.id}`).check();
    await form.getByLabel('Cần điện').check();
    await screenshot(p, 'exhibitor-apply');
    await form.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await p.locator('.application-status').getByText('Chờ duyệt').waitFor();

    // The organizer approves it and runs the allocation.
    const o = organizer.page;
    await o.goto(`/admin/fairs/${slug}/applications`);
    await expectH1(o, 'Hồ sơ đăng ký');
    const row = o.locator('.applications-table tbody tr').first();
    await row.getByRole('checkbox').check();
    await o.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await row.getByText('Đã duyệt').waitFor();
    await o.getByRole('button', { name: 'Chạy xếp gian' }).click();
    const report = o.getByRole('status', { name: 'Kết quả xếp gian' });
    await report.waitFor({ timeout: 30_000 });
    expect(await report.locator('.stat-card__number').first().innerText()).toBe('1');
    await row.getByText('đang giữ chỗ').waitFor();
    await screenshot(o, 'admin-fair-allocated');

    // The producer sees the offer with its deadline.
    await p.reload();
    const offer = p.locator('.offer').first();
    await offer.getByText(/Giữ chỗ đến \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/).waitFor();
    await screenshot(p, 'exhibitor-offer');
    await offer.getByRole('button', { name: /Xác nhận gian/ }).click();
    await p.getByRole('status').filter({ hasText: /Đã xác nhận gian/ }).waitFor();
    await p.locator('.offer').first().getByText('đã xác nhận').waitFor();

    // The daily report from the phone.
    const daily = p.getByRole('form', { name: 'Báo cáo trong ngày' });
    await daily.getByLabel('Doanh số (đồng)').fill('1.500.000');
    await daily.locator('input[id^="units-"]').first().fill('12');
    await daily.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await daily.getByRole('status').filter({ hasText: /Đã ghi báo cáo ngày \d{2}\/\d{2}\/\d{4}: 1\.500\.000/ }).waitFor();
    await screenshot(p, 'exhibitor-daily-report');

    // The dashboard counts it.
    await o.goto(`/admin/fairs/${slug}/dashboard`);
    await o.locator('.stat-card__number').first().filter({ hasText: '1.500.000' }).waitFor();
    await producer.close();
    await organizer.close();
  });
});
