// Who sees the back office: each demo role signs in and tries every back-office page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/modules/accounts/roles.ts';
import { account, expectH1, launchBrowser, newPage, screenshot, signIn } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' });
const backOfficeNav = (page: Page) => page.getByRole('navigation', { name: 'Mục quản trị' });
/** What every staff member has: the overview, the OCOP catalogue and the fairs sections. */
const STAFF_LINKS = ['Tổng quan', 'Sản phẩm', 'Chủ thể OCOP', 'Làng nghề', 'Sắp hết hạn', 'Nhập từ tệp', 'Hội chợ', 'Điểm giới thiệu và bán sản phẩm', 'Cảnh báo sớm và doanh số', 'Bộ tiêu chí', 'Hội nghị kết nối cung cầu', 'Khoá tập huấn', 'Kết quả tập huấn'];

describe('back office access by role', () => {
  it('admin sees the dashboard, Accounts and Activity log', async () => {
    const t = await newPage(browser);
    const { page } = t;
    await signIn(page, account('admin'));
    expect(new URL(page.url()).pathname).toBe('/admin');
    await expectH1(page, 'Tổng quan');
    expect(await mainNav(page).getByRole('link', { name: 'Quản trị' }).isVisible()).toBe(true);
    expect(await backOfficeNav(page).getByRole('link').allInnerTexts()).toEqual([...STAFF_LINKS, 'Tài khoản', 'Nhật ký hoạt động']);
    // The suite's demo accounts have changed their one-time passwords (global-setup): no banner.
    expect(await page.getByRole('status').filter({ hasText: 'mật khẩu tạm thời' }).count()).toBe(0);
    expect(await page.getByRole('banner').innerText()).toContain('Quản trị viên (demo)');
    await screenshot(page, 'admin-dashboard');

    await backOfficeNav(page).getByRole('link', { name: 'Tài khoản' }).click();
    await page.getByRole('table').waitFor();
    await expectH1(page, 'Tài khoản');
    await screenshot(page, 'admin-users');

    await backOfficeNav(page).getByRole('link', { name: 'Nhật ký hoạt động' }).click();
    await page.getByRole('table').waitFor();
    await expectH1(page, 'Nhật ký hoạt động');
    expect(await page.getByRole('table').innerText()).toContain('session.sign-in');
    await screenshot(page, 'admin-audit');
    await t.close();
  });

  it('organizer sees the back office but not the admin pages, which say not allowed', async () => {
    const t = await newPage(browser);
    const { page } = t;
    await signIn(page, account('organizer'));
    await expectH1(page, 'Tổng quan');
    expect(await mainNav(page).getByRole('link', { name: 'Quản trị' }).isVisible()).toBe(true);
    expect(await backOfficeNav(page).getByRole('link').allInnerTexts()).toEqual(STAFF_LINKS);
    expect(await page.getByRole('link', { name: 'Tài khoản' }).count()).toBe(0);
    await screenshot(page, 'organizer-dashboard');
    for (const path of ['/admin/users', '/admin/audit']) {
      await page.goto(path);
      await expectH1(page, 'Không có quyền truy cập');
      expect(await page.getByRole('table').count()).toBe(0);
    }
    await screenshot(page, 'organizer-admin-audit-not-allowed');
    await t.close();
  });

  for (const role of ['surveyor', 'producer', 'buyer'] as const satisfies readonly Role[]) {
    it(`${role} gets a workspace, and no admin page`, async () => {
      const t = await newPage(browser);
      const { page } = t;
      await signIn(page, account(role));
      expect(new URL(page.url()).pathname).toBe('/admin');
      await expectH1(page, 'Không gian làm việc');
      expect(await mainNav(page).getByRole('link', { name: 'Không gian làm việc' }).isVisible()).toBe(true);
      expect(await mainNav(page).getByRole('link', { name: 'Quản trị' }).count()).toBe(0);
      expect(await backOfficeNav(page).count()).toBe(0);
      await screenshot(page, `${role}-workspace`);
      await page.goto('/admin/users');
      await expectH1(page, 'Không có quyền truy cập');
      if (role === 'producer') await screenshot(page, 'producer-admin-users-not-allowed');
      await page.goto('/admin/audit');
      await expectH1(page, 'Không có quyền truy cập');
      await t.close();
    });
  }
});

describe('sign-in and sign-out', () => {
  it('a wrong password shows the Vietnamese error and stays on the sign-in page', async () => {
    const t = await newPage(browser);
    const { page } = t;
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(account('buyer').email);
    await page.getByLabel('Mật khẩu', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe('Email hoặc mật khẩu không đúng.');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await screenshot(page, 'sign-in-wrong-password');

    // Empty fields are caught before asking the server (no failed attempt is counted).
    await page.getByLabel('Mật khẩu', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Vui lòng nhập email và mật khẩu.' }).waitFor();
    await t.close();
  });

  it('returns to the page asked for, and signing out ends the session', async () => {
    const t = await newPage(browser);
    const { page } = t;
    await page.goto('/admin/audit');
    await page.waitForURL('**/sign-in?next=%2Fadmin%2Faudit');
    await page.getByLabel('Email').fill(account('admin').email);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(account('admin').password);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.waitForURL('**/admin/audit');
    await expectH1(page, 'Nhật ký hoạt động');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(await page.getByRole('link', { name: 'Đăng nhập', exact: true }).isVisible()).toBe(true);
    expect(await mainNav(page).getByRole('link', { name: 'Quản trị' }).count()).toBe(0);
    await screenshot(page, 'signed-out-home');
    // The session is gone on the server too.
    expect((await page.request.get('/api/auth/me')).status()).toBe(401);
    await page.goto('/admin');
    await page.waitForURL('**/sign-in?next=%2Fadmin');
    await t.close();
  });
});
