// The back office of points of sale on a phone: an organizer adds a candidate point with all its
// details, gives it a Tết closure, and finds the versions of the criteria; a new version of a set
// of criteria is edited as a form, refused on a duplicate code, saved, seen as JSON and discarded;
// both forms read in English on a phone too.
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

  it('edits a draft version of the criteria as a form: the server refuses a duplicate code, then saves the new pass mark', async () => {
    const t = await newPage(browser, MOBILE);
    const { page } = t;
    await signIn(page, account('organizer'), '/admin/points-of-sale/criteria');
    await expectH1(page, 'Bộ tiêu chí');
    await page.getByRole('button', { name: 'Tạo phiên bản mới của hanoi-6385' }).click();
    const form = page.getByRole('form', { name: 'Nội dung bộ tiêu chí' });
    await form.waitFor();
    await form.getByLabel('Điểm đạt').fill('75');

    // Section A is open: its second item takes the first item's code.
    const second = form.getByTestId('criteria-item').nth(1);
    await second.getByLabel('Mã (bắt buộc)', { exact: true }).fill('A1');
    await form.getByRole('button', { name: 'Lưu bản nháp' }).click();
    const refusal = form.getByText('Mục A1: mã bị trùng');
    await refusal.waitFor();
    expect(await page.getByRole('button', { name: 'Công bố phiên bản' }).isDisabled()).toBe(true);
    await refusal.scrollIntoViewIfNeeded();
    await screenshot(page, 'points-of-sale-criteria-form-refused', { fullPage: false });
    await second.scrollIntoViewIfNeeded();
    await screenshot(page, 'points-of-sale-criteria-form-item', { fullPage: false });

    await second.getByLabel('Mã (bắt buộc)', { exact: true }).fill('A2');
    await form.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await form.getByText('Đã lưu thay đổi.').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Công bố phiên bản' }).isDisabled()).toBe(false);

    // The saved draft, as JSON: the new pass mark, and what the form does not edit kept.
    await page.getByRole('button', { name: 'JSON (nâng cao)' }).click();
    const json = JSON.parse(await page.getByLabel('Nội dung (JSON)').inputValue()) as { scoring: { passMark: number }; sources: unknown[]; sections: { items: { code: string }[] }[] };
    expect(json.scoring.passMark).toBe(75);
    expect(json.sources.length).toBeGreaterThan(0);
    expect(json.sections[0]?.items.map((item) => item.code).slice(0, 2)).toEqual(['A1', 'A2']);

    await page.getByRole('button', { name: 'Bỏ bản nháp' }).click();
    await page.getByRole('dialog', { name: 'Bỏ bản nháp' }).getByRole('button', { name: 'Bỏ bản nháp' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'Bản nháp' }).count()).toBe(0);
    await t.close();
  });

  it('edits the programme of an opening ceremony, which the public announcement then shows', async () => {
    const t = await newPage(browser, MOBILE);
    const { page } = t;
    const announcement = () => page.evaluate(async () => (await fetch('/api/points-of-sale/diem-ocop-van-phuc/opening')).json() as Promise<{ programme: { at: string; title: { vi: string; en: string } }[] }>);
    await signIn(page, account('organizer'), '/admin/points-of-sale/diem-ocop-van-phuc');
    const before = (await announcement()).programme;
    const rows = page.getByTestId('opening-programme-item');
    await expect.poll(() => rows.count()).toBe(before.length);

    await page.getByRole('button', { name: 'Thêm một phần' }).click();
    const added = before.length;
    await page.locator(`#opening-programme-${added}-at`).fill('9h');
    await page.locator(`#opening-programme-${added}-vi`).fill('Tham quan gian hàng lụa Vạn Phúc');
    await page.getByRole('form', { name: 'Lễ khai trương' }).getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Giờ dạng HH:mm, ví dụ 09:30').waitFor();
    await page.locator(`#opening-programme-${added}-at`).fill('11:15');
    await page.getByRole('form', { name: 'Lễ khai trương' }).getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(async () => (await announcement()).programme.length).toBe(before.length + 1);
    // An English title left empty reads as the Vietnamese one.
    expect((await announcement()).programme.at(-1)).toEqual({ at: '11:15', title: { vi: 'Tham quan gian hàng lụa Vạn Phúc', en: 'Tham quan gian hàng lụa Vạn Phúc' } });
    await rows.nth(added).scrollIntoViewIfNeeded();
    await screenshot(page, 'points-of-sale-opening-programme', { fullPage: false });

    // Removing the part again leaves the demo as it was.
    await page.getByRole('button', { name: `Xoá phần ${added + 1}` }).click();
    await page.getByRole('form', { name: 'Lễ khai trương' }).getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(async () => (await announcement()).programme).toEqual(before);
    await t.close();
  });

  it('reads the criteria form and the ceremony programme in English on a phone', async () => {
    const t = await newPage(browser, MOBILE);
    const { page } = t;
    await signIn(page, account('organizer'), '/admin/points-of-sale/criteria');
    await page.evaluate(() => localStorage.setItem('ocop.language', 'en'));
    await page.reload();
    await expectH1(page, 'Criteria');
    await page.getByRole('button', { name: 'Start a new version of hanoi-6385' }).click();
    const form = page.getByRole('form', { name: 'Content of the criteria' });
    await form.getByLabel('Pass mark').waitFor();
    await screenshot(page, 'points-of-sale-criteria-form-en', { fullPage: false });
    await form.getByTestId('criteria-item').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'points-of-sale-criteria-form-item-en', { fullPage: false });
    await page.getByRole('button', { name: 'Discard the draft' }).click();
    await page.getByRole('dialog', { name: 'Discard the draft' }).getByRole('button', { name: 'Discard the draft' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'Draft', exact: true }).count()).toBe(0);

    await page.goto('/admin/points-of-sale/diem-ocop-van-phuc');
    const programme = page.getByRole('form', { name: 'Opening ceremony' });
    await programme.getByRole('button', { name: 'Add a part' }).waitFor();
    await page.getByTestId('opening-programme-item').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'points-of-sale-opening-programme-en', { fullPage: false });
    await t.close();
  });
});
