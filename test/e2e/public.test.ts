// The public shell as a signed-out visitor sees it: home, the module placeholders, language
// switch, keyboard use, the collapsed menu on a phone, and the sign-in redirects.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOBILE, expectH1, launchBrowser, newPage, screenshot } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const MODULES = [
  { path: '/catalogue', vi: 'Sản phẩm OCOP', en: 'Catalogue', shot: 'catalogue' },
  { path: '/fairs', vi: 'Hội chợ', en: 'Fairs', shot: 'fairs' },
  { path: '/points-of-sale', vi: 'Điểm giới thiệu và bán sản phẩm', en: 'Points of sale', shot: 'points-of-sale' },
  { path: '/conferences', vi: 'Hội nghị kết nối', en: 'Conferences', shot: 'conferences' },
  { path: '/training', vi: 'Đào tạo', en: 'Training', shot: 'training' },
  { path: '/map', vi: 'Bản đồ', en: 'Map', shot: 'map' },
];

describe('public pages (signed out)', () => {
  it('home page introduces the programme in Vietnamese, with the six modules in the navigation', async () => {
    const t = await newPage(browser);
    const { page } = t;
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.getByRole('banner').innerText()).toContain('OCOP Connect');
    expect(await page.getByRole('heading', { level: 2, name: 'Chương trình OCOP là gì?' }).isVisible()).toBe(true);
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(MODULES.map((m) => m.vi));
    expect(await page.getByRole('link', { name: 'Đăng nhập', exact: true }).isVisible()).toBe(true);
    expect(await nav.getByRole('link', { name: 'Quản trị' }).count()).toBe(0);
    await screenshot(page, 'home-vi');
    await t.close();
  });

  it('every module in the main navigation opens its own page, none a "coming soon" placeholder', async () => {
    const t = await newPage(browser);
    const { page } = t;
    await page.goto('/');
    for (const module of MODULES) {
      await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: module.vi }).click();
      await page.waitForURL(`**${module.path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getByRole('main').innerText()).not.toContain('đang được xây dựng');
      await screenshot(page, `module-${module.shot}`);
    }
    await t.close();
  });

  it('switches to English and back; the choice persists across reloads', async () => {
    const t = await newPage(browser);
    const { page } = t;
    await page.goto('/conferences');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await page.getByRole('button', { name: /^English/ }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const navEn = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await navEn.getByRole('link').allInnerTexts()).toEqual(MODULES.map((m) => m.en));
    await expectH1(page, 'Supply–demand conferences');
    await screenshot(page, 'conferences-en');

    await page.reload();
    await navEn.waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await screenshot(page, 'home-en');

    await page.getByRole('button', { name: /^Tiếng Việt/ }).click();
    await nav.waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(MODULES.map((m) => m.vi));
    await t.close();
  });

  it('keyboard: the first Tab shows the skip link, which moves focus to the main content', async () => {
    const t = await newPage(browser);
    const { page } = t;
    await page.goto('/catalogue');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0).toBe(true); // moved on screen when focused
    await screenshot(page, 'keyboard-skip-link-focused');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab continues inside the main content, not in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    await t.close();
  });

  it('an unknown address shows the not-found page', async () => {
    const t = await newPage(browser);
    const { page } = t;
    await page.goto('/no-such-page');
    await expectH1(page, 'Không tìm thấy trang');
    await screenshot(page, 'not-found');
    await t.close();
  });

  it('signed out, the back office and the account pages redirect to sign-in, remembering the page', async () => {
    const t = await newPage(browser);
    const { page } = t;
    for (const target of ['/admin', '/admin/users', '/admin/audit', '/account/password']) {
      await page.goto(target);
      await page.waitForURL('**/sign-in?**');
      const url = new URL(page.url());
      expect(url.pathname).toBe('/sign-in');
      expect(url.searchParams.get('next')).toBe(target);
      await expectH1(page, 'Đăng nhập');
    }
    await screenshot(page, 'sign-in-redirected');
    await t.close();
  });
});

describe('phone (375×812)', () => {
  it('collapses the navigation into a menu button that opens and closes it', async () => {
    const t = await newPage(browser, MOBILE);
    const { page } = t;
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const menu = page.getByRole('button', { name: 'Danh mục' });
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(await menu.isVisible()).toBe(true);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    // Nothing sticks out sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'mobile-home-menu-closed');

    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await nav.isVisible()).toBe(true);
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(MODULES.map((m) => m.vi));
    await screenshot(page, 'mobile-home-menu-open', { fullPage: false });

    await page.keyboard.press('Escape');
    expect(await nav.isVisible()).toBe(false);

    await menu.click();
    await nav.getByRole('link', { name: 'Hội chợ' }).click();
    await page.waitForURL('**/fairs');
    await expect.poll(() => nav.isVisible()).toBe(false); // closes after choosing (on the next render)
    await expectH1(page, 'Hội chợ OCOP');
    await screenshot(page, 'mobile-fairs');
    await t.close();
  });
});
