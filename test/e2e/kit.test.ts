// The web kit's behaviour, seen through pages built on it: list filters kept in the address,
// the API's refusals shown on the right field in the user's language, the guard against leaving
// with unsaved changes, and the confirmation dialog used by keyboard. Phone-sized, both languages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOBILE, account, expectH1, launchBrowser, newPage, screenshot, signIn } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const badges = (page: Page) => page.locator('tbody .cert-badge__text').allInnerTexts();

async function toEnglish(page: Page) {
  await page.getByRole('button', { name: /^English/ }).click();
  await page.locator('html[lang="en"]').waitFor();
}

describe('web kit: list page', () => {
  it('keeps filters and page in the address: reload and Back show the same list', async () => {
    const t = await newPage(browser, MOBILE);
    const { page } = t;
    await signIn(page, account('organizer'), '/admin/catalogue/products');
    await expectH1(page, 'Sản phẩm OCOP');
    await page.locator('tbody tr').first().waitFor();

    await page.getByLabel('Tình trạng chứng nhận').selectOption('expired');
    await page.waitForURL((url) => url.searchParams.get('status') === 'expired');
    await expect.poll(async () => [...new Set(await badges(page))]).toEqual(['Hết hạn']);

    await page.reload();
    await expectH1(page, 'Sản phẩm OCOP');
    expect(await page.getByLabel('Tình trạng chứng nhận').inputValue()).toBe('expired');
    await expect.poll(async () => [...new Set(await badges(page))]).toEqual(['Hết hạn']);
    await screenshot(page, 'kit-list-phone-vi');

    // A value the list does not know reads as "no filter", and Back returns to the filter before.
    await page.goto('/admin/catalogue/products?status=nonsense');
    expect(await page.getByLabel('Tình trạng chứng nhận').inputValue()).toBe('');
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('status') === 'expired');
    expect(await page.getByLabel('Tình trạng chứng nhận').inputValue()).toBe('expired');

    // Paging is in the address too; a new filter starts again at page 1.
    await page.getByLabel('Tình trạng chứng nhận').selectOption('');
    await page.waitForURL((url) => !url.searchParams.has('status'));
    await page.getByRole('navigation', { name: 'Phân trang' }).getByRole('button', { name: 'Trang sau' }).click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    await page.getByLabel('Hạng sao').selectOption('5');
    await page.waitForURL((url) => url.searchParams.get('stars') === '5' && !url.searchParams.has('page'));

    await toEnglish(page);
    await expectH1(page, 'OCOP products');
    await page.locator('tbody tr').first().waitFor();
    await screenshot(page, 'kit-list-phone-en');
    await t.close();
  });
});

describe('web kit: form', () => {
  const stamp = Date.now().toString(36);

  it("shows the API's refusal on the field it concerns, in the chosen language", async () => {
    const t = await newPage(browser, MOBILE);
    const { page } = t;
    await signIn(page, account('admin'), '/admin/users');
    await page.getByRole('button', { name: 'Tạo hoặc mời tài khoản' }).click();
    const form = page.getByRole('form', { name: 'Tạo hoặc mời tài khoản' });

    // Client rules first: the required fields say so, and the first one gets the focus.
    await form.getByRole('button', { name: 'Mời' }).click();
    await form.getByRole('alert').filter({ hasText: 'kiểm tra các trường được đánh dấu' }).waitFor();
    expect(await form.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('email');

    // A rule only the server knows (at most 200 characters) comes back on its field.
    await form.getByLabel('Email').fill(`kit.${stamp}@ocop.example`);
    await form.getByLabel('Họ tên hoặc tên đơn vị').fill('N'.repeat(201));
    await form.getByRole('button', { name: 'Mời' }).click();
    const nameField = form.getByLabel('Họ tên hoặc tên đơn vị');
    await expect.poll(() => nameField.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await nameField.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).innerText()).toContain('Tối đa 200 ký tự.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('displayName');
    await screenshot(page, 'kit-form-api-error-phone-vi');

    // The same problem reads in English after switching, without sending again.
    await toEnglish(page);
    await page.getByText('At most 200 characters.').waitFor();
    await screenshot(page, 'kit-form-api-error-phone-en');

    // Changing the field clears its problem.
    await page.getByLabel('Name of the person or organisation').fill('Kit test');
    expect(await page.getByText('At most 200 characters.').count()).toBe(0);
    await t.close();
  });

  it('asks before leaving with unsaved changes; the dialog works by keyboard and gives focus back', async () => {
    const t = await newPage(browser);
    const { page } = t;
    await signIn(page, account('admin'), '/admin/users');
    await page.getByRole('button', { name: 'Tạo hoặc mời tài khoản' }).click();
    const email = page.getByRole('form', { name: 'Tạo hoặc mời tài khoản' }).getByLabel('Email');
    await email.fill(`leave.${stamp}@ocop.example`);

    const auditLink = page.getByRole('navigation', { name: 'Mục quản trị' }).getByRole('link', { name: 'Nhật ký hoạt động' });
    await auditLink.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Rời trang mà không lưu?' });
    await dialog.waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/users');
    await screenshot(page, 'kit-leave-dialog', { fullPage: false });

    // Focus starts on the safe choice and Tab stays inside the dialog.
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(await focused()).toBe('Ở lại trang');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Rời trang, bỏ thay đổi');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Ở lại trang');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('Rời trang, bỏ thay đổi');

    // Escape stays on the page, closes the dialog and returns focus to the link.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/admin/users');
    await expect.poll(focused).toBe('Nhật ký hoạt động');
    expect(await email.inputValue()).toBe(`leave.${stamp}@ocop.example`);

    // Closing the tab asks the browser's own question.
    const asked = new Promise<string>((resolve) => page.once('dialog', (question) => void question.dismiss().then(() => resolve(question.type()))));
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);

    // Leaving on purpose goes on.
    await auditLink.click();
    await dialog.getByRole('button', { name: 'Rời trang, bỏ thay đổi' }).click();
    await expectH1(page, 'Nhật ký hoạt động');
    await t.close();
  });
});
