// The admin's account tools end to end: invite an account and see its one-time password once,
// refuse a taken email, change a role, deactivate and reactivate, read the activity log; then
// the invited person signs in, sees the banner, and changes the password.
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

const stamp = Date.now().toString(36);
const invited = { email: `nguyen.van.a.${stamp}@ocop.example`, name: 'Nguyễn Văn A' };
let invitedPassword = '';

function rowOf(page: Page, email: string) {
  return page.getByRole('row').filter({ hasText: email });
}

/** Waits until the accounts table lists exactly these emails (the list reloads after a search). */
async function expectListed(page: Page, emails: string[]) {
  const listed = () =>
    page.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.querySelector('.cell-sub')?.textContent ?? ''));
  await expect.poll(listed).toEqual(emails);
}

describe('admin: accounts', () => {
  it('invites an account and shows its one-time password once', async () => {
    const t = await newPage(browser);
    const { page } = t;
    await signIn(page, account('admin'), '/admin/users');
    await page.getByRole('table').waitFor();
    await page.getByRole('button', { name: 'Tạo hoặc mời tài khoản' }).click();
    const form = page.getByRole('form', { name: 'Tạo hoặc mời tài khoản' });
    await form.getByLabel('Email').fill(invited.email);
    await form.getByLabel('Họ tên hoặc tên đơn vị').fill(invited.name);
    await form.getByLabel('Vai trò').selectOption('producer');
    await screenshot(page, 'admin-users-create-form');
    await form.getByRole('button', { name: 'Mời' }).click();

    const created = page.getByRole('region', { name: 'Đã tạo tài khoản' });
    await created.waitFor();
    invitedPassword = (await page.getByTestId('one-time-password').innerText()).trim();
    expect(invitedPassword.length).toBeGreaterThanOrEqual(10);
    expect(await created.innerText()).toContain('chỉ hiển thị một lần');
    await rowOf(page, invited.email).waitFor();
    expect(await rowOf(page, invited.email).innerText()).toContain('Chưa đổi mật khẩu tạm thời');
    await screenshot(page, 'admin-users-one-time-password');

    // Once: after "Done" it is gone, and a reload does not bring it back.
    await created.getByRole('button', { name: 'Xong' }).click();
    expect(await page.getByTestId('one-time-password').count()).toBe(0);
    await page.reload();
    await page.getByRole('table').waitFor();
    expect(await page.content()).not.toContain(invitedPassword);

    // The same email again is refused with a clear message.
    await page.getByRole('button', { name: 'Tạo hoặc mời tài khoản' }).click();
    const again = page.getByRole('form', { name: 'Tạo hoặc mời tài khoản' });
    await again.getByLabel('Email').fill(invited.email);
    await again.getByLabel('Họ tên hoặc tên đơn vị').fill('Trùng email');
    await again.getByRole('button', { name: 'Mời' }).click();
    // The refusal is shown on the email field (the form's alert says which fields to check).
    await again.getByText('Email này đã có tài khoản.').waitFor();
    expect(await again.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    await again.getByRole('button', { name: 'Hủy' }).click();
    await t.close();
  });

  it('searches, filters by role, changes a role, deactivates and reactivates', async () => {
    const t = await newPage(browser);
    const { page } = t;
    await signIn(page, account('admin'), '/admin/users');
    await page.getByRole('table').waitFor();

    await page.getByLabel('Vai trò', { exact: true }).selectOption('surveyor');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.waitForURL('**/admin/users?role=surveyor');
    await expectListed(page, ['surveyor@ocop.example']);
    await screenshot(page, 'admin-users-filter-surveyor');

    await page.getByLabel('Vai trò', { exact: true }).selectOption('');
    await page.getByLabel('Tìm theo tên hoặc email').fill(stamp);
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await expectListed(page, [invited.email]);
    const row = rowOf(page, invited.email);

    await row.getByLabel(`Vai trò của ${invited.name}`).selectOption('buyer');
    await row.getByRole('button', { name: 'Lưu vai trò' }).click();
    await page.getByRole('status').filter({ hasText: `Đã đổi vai trò của ${invited.name} thành Đơn vị thu mua.` }).waitFor();
    expect(await row.getByLabel(`Vai trò của ${invited.name}`).inputValue()).toBe('buyer');
    await expect.poll(() => row.getByRole('button', { name: 'Lưu vai trò' }).count()).toBe(0);

    await row.getByRole('button', { name: `Khóa tài khoản ${invited.name}` }).click();
    await page.getByRole('status').filter({ hasText: `Đã khóa tài khoản ${invited.name}.` }).waitFor();
    await expect.poll(() => row.innerText()).toContain('Đã khóa'); // the list reloads after the change
    await screenshot(page, 'admin-users-deactivated');
    await row.getByRole('button', { name: `Mở khóa tài khoản ${invited.name}` }).click();
    await page.getByRole('status').filter({ hasText: `Đã mở khóa tài khoản ${invited.name}.` }).waitFor();
    await expect.poll(() => row.innerText()).toContain('Đang hoạt động');

    // The admin cannot lock themself out: no role select or deactivate button on their own row.
    await page.getByLabel('Tìm theo tên hoặc email').fill('admin@ocop.example');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await expectListed(page, ['admin@ocop.example']);
    const own = rowOf(page, 'admin@ocop.example');
    await own.getByText('bạn', { exact: true }).waitFor();
    expect(await own.getByRole('combobox').isDisabled()).toBe(true);
    expect(await own.getByRole('button').count()).toBe(0);
    await t.close();
  });

  it('the activity log lists the changes and filters by entity and action', async () => {
    const t = await newPage(browser);
    const { page } = t;
    await signIn(page, account('admin'), '/admin/audit');
    await page.getByRole('table').waitFor();
    await page.getByLabel('Thao tác', { exact: true }).fill('user.update');
    await page.getByLabel('Đối tượng', { exact: true }).fill('user');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.waitForURL('**/admin/audit?entity=user&action=user.update');
    const actions = page.locator('tbody tr td:nth-child(3)');
    // Only user.update entries: the role change, the deactivation and the reactivation.
    await expect.poll(async () => [...new Set(await actions.allInnerTexts())]).toEqual(['user.update']);
    expect(await actions.count()).toBeGreaterThanOrEqual(3);
    // dd/MM/yyyy HH:mm
    expect(await page.locator('tbody tr td time').first().innerText()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await page.getByRole('row').filter({ hasText: 'user.update' }).first().getByText(/^Thay đổi:/).click();
    await screenshot(page, 'admin-audit-filtered');
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await page.waitForURL((url) => url.search === '');
    await t.close();
  });

  it('the invited person signs in with the one-time password and changes it', async () => {
    expect(invitedPassword).not.toBe('');
    const t = await newPage(browser);
    const { page } = t;
    await signIn(page, { email: invited.email, password: invitedPassword });
    // A one-time password leads straight to changing it.
    await page.waitForURL('**/account/password');
    await expectH1(page, 'Đổi mật khẩu');

    const newPassword = `Bánh chưng ${stamp} ngon`;
    await page.getByLabel('Mật khẩu hiện tại').fill('wrong current password');
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(newPassword);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(newPassword);
    await page.getByRole('button', { name: 'Đổi mật khẩu', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Mật khẩu hiện tại không đúng.' }).waitFor();
    await screenshot(page, 'change-password-wrong-current');

    await page.getByLabel('Mật khẩu hiện tại').fill(invitedPassword);
    await page.getByRole('button', { name: 'Đổi mật khẩu', exact: true }).click();
    await page.getByText('Đã đổi mật khẩu.').waitFor();
    await screenshot(page, 'change-password-done');
    await page.getByRole('link', { name: 'Tiếp tục làm việc' }).click();
    await page.waitForURL('**/admin');
    expect(await page.getByText('mật khẩu tạm thời').count()).toBe(0);

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await signIn(page, { email: invited.email, password: newPassword });
    await expectH1(page, 'Không gian làm việc');
    await t.close();
  });

  it('on a phone, the accounts table becomes a list of cards', async () => {
    const t = await newPage(browser, MOBILE);
    const { page } = t;
    await signIn(page, account('admin'), '/admin/users');
    await page.getByRole('table').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'mobile-admin-users');
    await page.getByRole('button', { name: 'Danh mục' }).click();
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).waitFor();
    await screenshot(page, 'mobile-admin-menu-open', { fullPage: false });
    await t.close();
  });
});
