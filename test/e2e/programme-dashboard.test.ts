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
    const activities = page.getByRole('table', { name: 'Các hoạt động' });
    for (const kind of ['Hội chợ', 'Điểm giới thiệu và bán', 'Hội nghị kết nối cung cầu', 'Khoá tập huấn', 'Lễ khai trương điểm bán', 'Dự án']) {
      expect(await activities.getByText(kind, { exact: true }).count(), kind).toBeGreaterThan(0);
    }
    expect(await page.getByRole('link', { name: 'Tải bảng tính (.xlsx)' }).getAttribute('href')).toMatch(/^\/api\/programme\/dashboard\/export\?year=\d{4}$/);
    await screenshot(page, 'programme-dashboard', { fullPage: false });
    await page.getByRole('link', { name: /Trung tâm thiết kế sáng tạo/ }).first().click();
    await expectH1(page, 'Sửa dự án');
    await page.getByLabel('Đơn vị chủ trì').waitFor();
    expect(await page.getByLabel('Đơn vị chủ trì').inputValue()).toBe('Sở Công Thương Hà Nội');
    await screenshot(page, 'programme-project-form');

    // The owner, a partner and a budget line are edited in the form, and the project reads them back.
    const project = async () => (await page.evaluate(async () => {
      const list = await (await fetch('/api/programme/projects')).json() as { items: { id: string }[] };
      return (await fetch(`/api/programme/projects/${list.items[0]!.id}`)).json();
    })) as { owner: string; partners: string[]; budgetLines: { label: { vi: string }; plannedVnd: number }[]; budget: { plannedVnd: number } };
    const before = await project();
    const partners = page.getByLabel('Đơn vị phối hợp');
    await partners.fill(`${before.partners.join('\n')}\nTrường Đại học Mỹ thuật Công nghiệp`);
    await page.getByRole('button', { name: 'Thêm hạng mục' }).click();
    const line = page.getByRole('group', { name: `Hạng mục ${before.budgetLines.length + 1}` });
    await line.getByLabel('Tiếng Việt').fill('Thiết kế nhận diện thương hiệu');
    await line.getByLabel('Tiếng Anh').fill('Brand identity design');
    await page.getByLabel('Dự toán (VNĐ)').last().fill('150000000');
    await page.getByRole('button', { name: 'Lưu dự án' }).click();
    await page.getByText('Đã lưu dự án.').waitFor();
    const after = await project();
    expect(after.partners).toEqual([...before.partners, 'Trường Đại học Mỹ thuật Công nghiệp']);
    expect(after.budgetLines.at(-1)).toMatchObject({ label: { vi: 'Thiết kế nhận diện thương hiệu' }, plannedVnd: 150_000_000 });
    expect(after.budget.plannedVnd).toBe(before.budget.plannedVnd + 150_000_000);

    // Put back as it was, for the other browser tests on the demo.
    await partners.fill(before.partners.join('\n'));
    await page.getByRole('button', { name: 'Bỏ hạng mục' }).last().click();
    await page.getByRole('button', { name: 'Lưu dự án' }).click();
    await expect.poll(async () => (await project()).budget.plannedVnd).toBe(before.budget.plannedVnd);
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
