// The demo fair on a phone and by keyboard, as a visitor finding a stall: one Tab stop on the
// plan, arrow keys between stalls, Escape closing the panel; a search listing every match (also by
// origin: "Japan", "Nhật Bản"); stage names and "now / next" in the programme; in vi and en.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FloorPlan, ProgrammeItem } from '../../src/modules/fairs/contract.ts';
import { apiGet } from './catalogue-support.ts';
import { launchBrowser, MOBILE, newPage, screenshot } from './support.ts';
import { focusedStall, onStage } from './fairs-support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DEMO = 'trinh-cong-son';

describe('finding a stall at the demo fair', () => {
  it('on a phone and by keyboard: one Tab stop on the plan, arrows between stalls, Escape closes the panel; search lists; now and next', async () => {
    const t = await newPage(browser, MOBILE);
    const { page } = t;
    const plan = await apiGet<FloorPlan>(page, `/api/fairs/${DEMO}/floor-plan`);
    const byCode = new Map(plan.stalls.map((s) => [s.code, s]));
    const taken = plan.stalls.find((s) => s.exhibitor?.status === 'confirmed');
    if (!taken?.exhibitor) throw new Error('no confirmed stall');

    // A ?stall= link opens the panel; Escape from inside it closes it and puts the focus on the stall.
    await page.goto(`/fairs/${DEMO}?stall=${taken.code}`);
    const panel = page.getByRole('dialog');
    await panel.getByRole('link', { name: 'Trang của gian hàng (mã QR)' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await focusedStall(page)).toBe(taken.code);
    expect(page.url()).not.toContain('stall=');

    // The plan is one Tab stop: from the search box Tab reaches a stall, the next Tab leaves the plan.
    expect(await page.locator('.floor-plan .stall[tabindex="0"]').count()).toBe(1);
    await page.getByLabel('Tìm sản phẩm hoặc chủ thể').focus();
    for (let i = 0; i < 10 && (await focusedStall(page)) === null; i++) await page.keyboard.press('Tab');
    const start = await focusedStall(page);
    expect(start).not.toBeNull();
    await page.keyboard.press('Tab');
    expect(await focusedStall(page)).toBeNull();
    await page.keyboard.press('Shift+Tab');
    expect(await focusedStall(page)).toBe(start);
    // Home: the first stall of the top row (y grows up the plan); arrows go to the neighbour that
    // way, which takes the Tab stop; End: the last stall of the bottom row.
    const focused = async () => byCode.get((await focusedStall(page)) ?? '');
    const rowXs = (y: number) => plan.stalls.filter((s) => s.y === y).map((s) => s.x);
    await page.keyboard.press('Home');
    const home = await focused();
    expect(home?.x).toBe(Math.min(...rowXs(home?.y ?? NaN)));
    await page.keyboard.press('ArrowRight');
    const right = await focused();
    expect(right?.x).toBeGreaterThan(home?.x ?? Infinity);
    expect(right?.y).toBe(home?.y);
    expect(await page.locator('.floor-plan .stall[tabindex="0"]').getAttribute('data-code')).toBe(right?.code);
    await page.keyboard.press('ArrowDown');
    expect((await focused())?.y).toBeLessThan(right?.y ?? -Infinity);
    await page.keyboard.press('End');
    const end = await focused();
    expect(end?.y).toBe(Math.min(...plan.stalls.map((s) => s.y)));
    expect(end?.x).toBe(Math.max(...rowXs(end?.y ?? NaN)));
    // Enter opens the stall, Escape on the plan closes it and the focus stays on it.
    await page.keyboard.press('Enter');
    await panel.getByRole('heading', { name: `Gian ${end?.code}` }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await focusedStall(page)).toBe(end?.code);

    // A broad search (the commonest place of origin) lists 12 stalls and a button for all of them.
    const origins = new Map<string, number>();
    for (const s of plan.stalls) if (s.exhibitor) origins.set(s.exhibitor.origin.vi, (origins.get(s.exhibitor.origin.vi) ?? 0) + 1);
    const [broad, broadCount] = [...origins].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    expect(broadCount).toBeGreaterThan(12);
    const search = page.getByLabel('Tìm sản phẩm hoặc chủ thể');
    const matches = page.getByRole('list', { name: 'Các gian hàng khớp' }).getByRole('button');
    await search.fill(broad);
    const showAll = page.getByRole('button', { name: /^Hiện tất cả \d+ gian$/ });
    await showAll.waitFor();
    const total = Number(/\d+/.exec(await showAll.innerText())?.[0]);
    expect(total).toBeGreaterThanOrEqual(broadCount);
    expect(await matches.count()).toBe(12);
    await expect.poll(() => matches.first().innerText()).toContain(broad);
    await screenshot(page, 'fair-page-phone-search-broad', { fullPage: false });
    await showAll.click();
    await expect.poll(() => matches.count()).toBe(total);
    // Exhibitors from abroad are found by their country, which their entries show.
    const japanese = plan.stalls.filter((s) => s.exhibitor?.origin.vi === 'Nhật Bản');
    expect(japanese.length).toBeGreaterThan(0);
    const fromJapan = async () => (await matches.allInnerTexts()).filter((text) => text.includes('Nhật Bản')).length;
    await search.fill('Nhật Bản');
    await expect.poll(fromJapan).toBe(japanese.length);
    expect(await page.locator(`.floor-plan [data-code="${japanese[0]?.code}"]`).getAttribute('aria-label')).toContain('Nhật Bản');
    // The panel says it too (a stall on hold shows no exhibitor there yet).
    const confirmedJapanese = japanese.find((s) => s.exhibitor?.status === 'confirmed');
    await matches.filter({ hasText: `${confirmedJapanese?.code} · ` }).click();
    await panel.getByText('Nhật Bản').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await focusedStall(page)).toBe(confirmedJapanese?.code);

    // The programme names the stage and tags what is on now and next by the app's (the server's) clock.
    const { items } = await apiGet<{ items: ProgrammeItem[] }>(page, `/api/fairs/${DEMO}/programme`);
    const stages = page.locator('.programme__stage');
    await stages.first().waitFor();
    expect(new Set(await stages.allInnerTexts())).toEqual(new Set(['Sân khấu chính']));
    const appNow = new Date((await page.locator('meta[name="ocop-now"]').getAttribute('content')) ?? '');
    const expected = onStage(items, appNow);
    if (expected.settled) {
      const tagged = (tag: string) => page.locator('.programme__item').filter({ has: page.getByText(tag, { exact: true }) }).locator('.programme__title').allInnerTexts();
      const titles = (ids: string[]) => ids.map((id) => `${items.find((i) => i.id === id)?.title.vi}`);
      expect((await tagged('Đang diễn ra')).map((text) => text.replace(/\s*Đang diễn ra$/, ''))).toEqual(titles(expected.now));
      expect((await tagged('Tiếp theo')).map((text) => text.replace(/\s*Tiếp theo$/, ''))).toEqual(titles(expected.next));
    }
    const showLive = (p: typeof page) => p.evaluate(() => (document.querySelector('.programme__item--now, .programme__item--next') ?? document.querySelector('#programme-title'))?.scrollIntoView({ block: 'center' }));
    await showLive(page);
    await screenshot(page, 'fair-page-phone-programme', { fullPage: false });
    await t.close();

    // The same in English.
    const en = await newPage(browser, MOBILE);
    await en.page.addInitScript(() => localStorage.setItem('ocop.language', 'en'));
    await en.page.goto(`/fairs/${DEMO}`);
    await en.page.getByLabel('Find a product or producer').fill('Japan');
    const enMatches = en.page.getByRole('list', { name: 'Matching stalls' }).getByRole('button');
    await expect.poll(async () => (await enMatches.allInnerTexts()).filter((text) => text.includes('Japan')).length).toBe(japanese.length);
    await en.page.getByLabel('Find a product or producer').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(en.page, 'fair-page-phone-search-en', { fullPage: false });
    expect(new Set(await en.page.locator('.programme__stage').allInnerTexts())).toEqual(new Set(['Main stage']));
    if (expected.settled && expected.next.length) await en.page.locator('.programme__item').getByText('Next', { exact: true }).first().waitFor();
    await showLive(en.page);
    await screenshot(en.page, 'fair-page-phone-programme-en', { fullPage: false });
    await en.close();
  });

  it('on a phone: every stall is a full tap target, a stall link puts the stall above the sheet, and the sides, entrances and services are drawn', async () => {
    const t = await newPage(browser, MOBILE);
    const { page } = t;
    const plan = await apiGet<FloorPlan>(page, `/api/fairs/${DEMO}/floor-plan`);
    // The south row is drawn at the bottom of the plan, where the sheet rises.
    const south = plan.stalls.filter((s) => s.exhibitor?.status === 'confirmed' && s.y < 0).sort((a, b) => b.x - a.x)[0];
    if (!south) throw new Error('no confirmed stall on the south side');
    await page.goto(`/fairs/${DEMO}?stall=${south.code}`);
    const sheet = page.getByRole('dialog');
    await sheet.getByRole('link', { name: south.exhibitor?.producerName ?? '' }).waitFor();
    const stall = page.locator(`.floor-plan [data-code="${south.code}"]`);
    await expect.poll(async () => {
      const [box, over] = await Promise.all([stall.boundingBox(), sheet.boundingBox()]);
      return box !== null && over !== null && box.y + box.height <= over.y && box.y >= 0;
    }).toBe(true);
    await screenshot(page, 'fair-page-phone-link-above-sheet', { fullPage: false });

    const box = await stall.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(44);
    expect(box?.height).toBeGreaterThanOrEqual(44);
    // The rows are named by side (their numbers repeat), the street's ends and cross streets are ways in.
    const svg = page.locator('.floor-plan__svg');
    for (const text of ['Dãy B · phía Bắc', 'Dãy N · phía Nam', '⇢ Lối vào · đầu phố', 'Lối vào · cuối phố ⇠']) await expect.poll(() => svg.getByText(text, { exact: true }).count()).toBe(1);
    // The services are stalls a visitor can open and finds in the legend.
    for (const [code, name] of [['INFO', 'Quầy thông tin'], ['YT', 'Sơ cứu y tế'], ['WC', 'Nhà vệ sinh']] as const) {
      expect(await page.locator(`.floor-plan [data-code="${code}"]`).getAttribute('aria-label')).toBe(`Gian ${code}, ${name}`);
      await page.getByRole('list', { name: 'Chú giải' }).getByText(name).waitFor();
    }
    await page.keyboard.press('Escape');
    await page.locator('.floor-plan [data-code="INFO"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'fair-page-phone-street-start', { fullPage: false });
    await t.close();

    const en = await newPage(browser, MOBILE);
    await en.page.addInitScript(() => localStorage.setItem('ocop.language', 'en'));
    await en.page.goto(`/fairs/${DEMO}`);
    const enSvg = en.page.locator('.floor-plan__svg');
    for (const text of ['Row B · north side', 'Row N · south side', '⇢ Entrance · street start']) await expect.poll(() => enSvg.getByText(text, { exact: true }).count()).toBe(1);
    await en.page.getByRole('list', { name: 'Legend' }).getByText('Information desk').waitFor();
    await en.page.locator('.floor-plan [data-code="INFO"]').scrollIntoViewIfNeeded();
    await screenshot(en.page, 'fair-page-phone-street-start-en', { fullPage: false });
    await en.close();
  });
});
