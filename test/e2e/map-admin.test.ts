// Organizers manage tourist sites: a new site added in the back office shows on the public map.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOBILE, account, expectH1, launchBrowser, newPage, screenshot, signIn } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('tourist sites in the back office', () => {
  it('an organizer adds a site on a phone and it is on the public map', async () => {
    const name = `Đình làng thử ${Date.now().toString(36).slice(-5)}`;
    const t = await newPage(browser, MOBILE);
    const { page } = t;
    await signIn(page, account('organizer'), '/admin/tourism');
    await expectH1(page, 'Điểm du lịch và lộ trình gợi ý');
    await page.getByRole('table', { name: 'Các điểm du lịch' }).waitFor();
    await page.getByRole('link', { name: 'Thêm điểm du lịch' }).first().click();
    await expectH1(page, 'Thêm điểm du lịch');
    const names = page.getByRole('group', { name: 'Tên' });
    await names.getByLabel('Tiếng Việt').fill(name);
    await names.getByLabel('Tiếng Anh').fill(`${name} (en)`);
    await page.getByLabel('Vĩ độ').fill('21.0301');
    await page.getByLabel('Kinh độ').fill('105.8500');
    await screenshot(page, 'map-admin-site-form-phone');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expectH1(page, 'Sửa điểm du lịch');
    await page.goto('/map');
    await page.getByRole('region', { name: 'Bản đồ OCOP Hà Nội' }).waitFor();
    await expect.poll(() => page.locator('.marker-map__list').innerText()).toContain(name);
    await t.close();
  });
});
