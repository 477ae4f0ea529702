// The public map and the day-route planner on a phone: layers filtered, the list beside the map,
// three places picked (one a must), the route planned and drawn on the map, and its address
// opened by another visitor shows the same route. Then the organizer's programme dashboard.
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

const PLACES = ['Chợ gốm Bát Tràng', 'Xưởng nặn gốm thủ công Bát Tràng', 'Phố lụa Vạn Phúc'];

describe('map and day routes on a phone', () => {
  let shared = '';
  let stops: string[] = [];

  it('filters the map by layer, lists the places beside it, and plans a route drawn on the map', async () => {
    const t = await newPage(browser, MOBILE);
    const { page } = t;
    await page.goto('/map');
    await page.getByRole('region', { name: 'Bản đồ OCOP Hà Nội' }).waitFor();
    const list = page.locator('.marker-map__list li');
    await expect.poll(() => list.count()).toBeGreaterThan(10);
    const all = await list.count();
    await screenshot(page, 'map-phone-vi');
    // The layer's box follows the address (?hide=…), which updates after the click: wait for it.
    const pointsLayer = page.getByRole('checkbox', { name: /Điểm bán OCOP/ });
    await pointsLayer.click();
    await expect.poll(() => pointsLayer.isChecked()).toBe(false);
    await expect.poll(() => list.count()).toBeLessThan(all);
    expect(page.url()).toContain('hide=point-of-sale');
    await screenshot(page, 'map-phone-filtered', { fullPage: false });

    await page.getByRole('link', { name: 'Lập lộ trình một ngày' }).click();
    await expectH1(page, 'Lộ trình tham quan một ngày');
    for (const name of PLACES) await page.getByRole('checkbox', { name, exact: true }).check();
    // Vạn Phúc is a must: its own checkbox shows once the place is picked.
    await page.locator('.route-form__place').filter({ hasText: PLACES[2]! }).getByRole('checkbox', { name: 'bắt buộc' }).check();
    await page.getByLabel('Phương tiện').selectOption('car');
    await page.getByRole('button', { name: 'Lập lộ trình', exact: true }).click();
    await page.getByRole('heading', { name: /Lộ trình đề xuất/ }).waitFor();
    const planned = page.locator('.route-stops li strong');
    await expect.poll(() => planned.count()).toBeGreaterThan(0);
    stops = await planned.allInnerTexts();
    expect(stops.some((s) => s.includes(PLACES[2]!))).toBe(true);
    // The route: one line from the start through the stops and back, drawn on the map.
    await expect.poll(() => page.locator('path.marker-map__path').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'In lộ trình' }).isVisible()).toBe(true);
    await page.locator('.route-result').scrollIntoViewIfNeeded();
    await screenshot(page, 'map-route-phone-vi');
    shared = page.url();
    expect(shared).toMatch(/\/map\/route\?.*places=/);
    await t.close();
  });

  it('the shared link opens the same route for another visitor', async () => {
    const t = await newPage(browser, MOBILE);
    const { page } = t;
    await page.goto(shared);
    await page.getByRole('heading', { name: /Lộ trình đề xuất/ }).waitFor();
    await expect.poll(() => page.locator('.route-stops li strong').allInnerTexts()).toEqual(stops);
    await expect.poll(() => page.locator('path.marker-map__path').count()).toBe(1);
    await screenshot(page, 'map-route-shared-phone');
    await t.close();
  });
});
