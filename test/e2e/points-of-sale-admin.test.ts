// The back office of points of sale on a phone: an organizer adds a candidate point with all its
// details, gives it a Tết closure, and finds the versions of the criteria.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOBILE, account, expectH1, launchBrowser, newPage, screenshot, signIn } from './support.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('the points of sale back office', () => {
  it('adds a point through its form, then a dated closure to its hours, and lists the criteria versions', async () => {
    const t = await newPage(browser, MOBILE);
    const { page } = t;
    await signIn(page, account('organizer'), '/admin/points-of-sale/new');
    await page.goto('/admin/points-of-sale/new');
    await page.locator('#point-name-vi').fill('Ki-ốt OCOP chợ Sơn Tây');
    await page.locator('#point-name-en').fill('Son Tay market OCOP kiosk');
    await page.locator('#point-kind').selectOption('kiosk');
    await page.locator('#point-location-type').selectOption('3');
    await page.locator('#point-area').fill('12,5');
    await page.locator('#point-address').fill('Chợ Sơn Tây, phố Phó Đức Chính');
    await page.locator('#point-commune').fill('Phường Sơn Tây');
    await page.locator('#point-legacy-district').fill('Thị xã Sơn Tây');
    await page.locator('#point-latitude').fill('21.1383');
    await page.locator('#point-longitude').fill('105.5055');
    await page.locator('#point-hours-5').fill('7:00-11:30, 13:30–21:00');
    await page.locator('#point-hours-6').fill('');
    await page.locator('#point-nearby').fill('Thành cổ Sơn Tây | Son Tay citadel');
    await page.locator('#point-operator').fill('HTX Dịch vụ chợ Sơn Tây');
    await screenshot(page, 'points-of-sale-admin-new-point-phone-vi');
    await page.getByRole('button', { name: 'Thêm điểm', exact: true }).click();
    await page.waitForURL(/\/admin\/points-of-sale\/(?!new)[a-z0-9-]+$/);
    await expectH1(page, 'Ki-ốt OCOP chợ Sơn Tây');
    const slug = new URL(page.url()).pathname.split('/').pop() ?? '';

    await page.getByRole('button', { name: 'Thêm ngày ngoại lệ' }).click();
    await page.locator('#exc-0-vi').fill('Nghỉ Tết Nguyên đán');
    await page.getByRole('button', { name: 'Lưu ngày ngoại lệ' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu thay đổi.' }).waitFor();

    const point = await page.evaluate(async (key) => (await fetch(`/api/outlets/points/${key}`)).json(), slug);
    expect(point).toMatchObject({
      kind: 'kiosk', locationType: 3, floorAreaM2: 12.5, commune: 'Phường Sơn Tây', legacyDistrict: 'Thị xã Sơn Tây', status: 'candidate',
      operatorName: 'HTX Dịch vụ chợ Sơn Tây', nearbySites: [{ name: { vi: 'Thành cổ Sơn Tây', en: 'Son Tay citadel' } }],
    });
    expect(point.weeklyHours[5]).toEqual([{ opens: '07:00', closes: '11:30' }, { opens: '13:30', closes: '21:00' }]);
    expect(point.weeklyHours[6]).toEqual([]);
    expect(point.hoursExceptions).toHaveLength(1);
    expect(point.hoursExceptions[0]).toMatchObject({ hours: [], label: { vi: 'Nghỉ Tết Nguyên đán', en: 'Nghỉ Tết Nguyên đán' } });

    await page.goto('/admin/points-of-sale/criteria');
    await expectH1(page, 'Bộ tiêu chí');
    await expect.poll(() => page.getByText('(moit-950)').count()).toBeGreaterThan(0);
    await page.getByText('(hanoi-6385)').first().waitFor();
    await t.close();
  });
});
