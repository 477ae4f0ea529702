// The organizer's programme dashboard and the design centre project, then the project's public page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, account, expectH1, launchBrowser, newPage, screenshot, signIn } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('programme dashboard', () => {
  it("shows the year's activities with their results, the project, and the exports", async () => {
    const t = await newPage(browser, DESKTOP);
    const { page } = t;
    await signIn(page, account('organizer'), '/admin/programme');
    await expectH1(page, 'Tổng hợp hoạt động chương trình');
    await page.getByRole('table', { name: 'Các hoạt động' }).waitFor();
    expect(await page.getByText('Hội chợ', { exact: true }).first().isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Tải bảng tính (.xlsx)' }).getAttribute('href')).toMatch(/^\/api\/programme\/dashboard\/export\?year=\d{4}$/);
    await screenshot(page, 'programme-dashboard', { fullPage: false });
    await page.getByRole('link', { name: /Trung tâm thiết kế sáng tạo/ }).first().click();
    await expectH1(page, 'Sửa dự án');
    await page.getByLabel('Đơn vị chủ trì').waitFor();
    expect(await page.getByLabel('Đơn vị chủ trì').inputValue()).toBe('Sở Công Thương Hà Nội');
    await screenshot(page, 'programme-project-form');
    await t.close();
  });

  it('the published project has a public page', async () => {
    const t = await newPage(browser, MOBILE);
    const { page } = t;
    const projects = await (await page.request.get('/api/programme/projects')).json() as { items: { slug: string }[] };
    await page.goto(`/programme/projects/${projects.items[0]!.slug}`);
    await page.getByRole('heading', { level: 1, name: /Trung tâm thiết kế sáng tạo/ }).waitFor();
    expect(await page.locator('.programme__timeline li').count()).toBe(5);
    await screenshot(page, 'programme-project-public-phone');
    await t.close();
  });
});
