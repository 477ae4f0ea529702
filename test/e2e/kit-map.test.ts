// The kit's map, seen on the public fairs page: places clustered and fitted, the list beside the
// map leads to each place's popup and page, no request leaves the server without a tile
// server configured, and configured tiles (served here by the test) show with their attribution.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, hanoiDay } from './fairs-support.ts';
import { MOBILE, account, baseUrl, launchBrowser, newPage, screenshot, signIn } from './support.ts';

let browser: Browser;
const stamp = Date.now().toString(36).slice(-6);
/** Three upcoming fairs a few dozen metres apart: at the fitted zoom they make one cluster. */
const FAIRS = [0, 1, 2].map((i) => ({ slug: `map-${stamp}-${i}`, name: `Hội chợ bản đồ ${stamp} ${i}`, lat: 21.0282 + i * 0.0004, lng: 105.8522 + i * 0.0004 }));

beforeAll(async () => {
  browser = await launchBrowser();
  const t = await newPage(browser);
  await signIn(t.page, account('organizer'), '/admin');
  for (const fair of FAIRS) {
    await apiCall(t.page, 'POST', '/api/fairs', {
      slug: fair.slug,
      name: { vi: fair.name, en: `Map fair ${stamp} ${fair.slug.slice(-1)}` },
      venue: { vi: 'Phố đi bộ Hồ Gươm', en: 'Hoan Kiem walking street' },
      latitude: fair.lat,
      longitude: fair.lng,
      startsOn: hanoiDay(40),
      endsOn: hanoiDay(42),
      holdHours: 48,
    }, 201);
    await apiCall(t.page, 'POST', `/api/fairs/${fair.slug}/floor-plan/generate`, { lengthMetres: 30, zones: [{ zone: 'red-river-delta', share: 1 }] });
    await apiCall(t.page, 'PATCH', `/api/fairs/${fair.slug}`, { status: 'applications-open' }, 204);
  }
  await t.close();
});
afterAll(async () => {
  await browser?.close();
});

/** Every request the page makes that is not to our own server. */
function outsideRequests(page: Page): string[] {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseUrl()) && !url.startsWith('data:')) outside.push(url);
  });
  return outside;
}

describe('web kit: map', () => {
  it('clusters nearby places, and the list opens each one on the map and leads to its page', async () => {
    const t = await newPage(browser, MOBILE);
    const { page } = t;
    const outside = outsideRequests(page);
    await page.goto('/fairs');
    const map = page.getByRole('region', { name: 'Hội chợ trên bản đồ' });
    await map.waitFor();
    // The three fairs stand together in one cluster at the zoom that shows every fair.
    await expect.poll(() => page.locator('.marker-cluster').allInnerTexts()).toContain('3');
    const list = page.getByRole('list', { name: /Hội chợ đang và sắp diễn ra/ });
    for (const fair of FAIRS) expect(await list.getByRole('link', { name: fair.name }).count()).toBe(1);
    await screenshot(page, 'kit-map-phone-vi');

    // By keyboard from the list: the place's popup opens on the map, with a link to its page.
    const target = FAIRS[1] as (typeof FAIRS)[number];
    await list.getByRole('button', { name: `Xem ${target.name} trên bản đồ` }).focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup');
    await expect.poll(() => popup.innerText().catch(() => '')).toContain(target.name);
    await screenshot(page, 'kit-map-popup-phone-vi', { fullPage: false });
    await popup.getByRole('link', { name: 'Mở trang' }).click();
    await page.waitForURL(`**/fairs/${target.slug}`);

    // No tile server configured: nothing was fetched from outside.
    expect(outside).toEqual([]);
    await t.close();
  });

  it('shows configured tiles with their attribution, in English', async () => {
    const t = await newPage(browser);
    const { page } = t;
    const tiles: string[] = [];
    // The settings the server would inject from MAP_TILES_URL, and a tile server answering them.
    await page.route('**/fairs', async (route) => {
      const response = await route.fetch();
      const settings = JSON.stringify({ tilesUrl: `${baseUrl()}/test-tiles/{z}/{x}/{y}.png`, attribution: '© Test tiles' }).replace(/"/g, '&quot;');
      await route.fulfill({ response, body: (await response.text()).replace('<head>', `<head><meta name="ocop-map" content="${settings}">`) });
    });
    await page.route('**/test-tiles/**', (route) => {
      tiles.push(route.request().url());
      return route.fulfill({ contentType: 'image/png', body: ONE_PIXEL_PNG });
    });
    await page.addInitScript(() => localStorage.setItem('ocop.language', 'en'));
    await page.goto('/fairs');
    await page.getByRole('region', { name: 'Fairs on the map' }).waitFor();
    await expect.poll(() => tiles.length).toBeGreaterThan(0);
    expect(tiles.every((url) => /\/test-tiles\/\d+\/\d+\/\d+\.png$/.test(url))).toBe(true);
    expect(await page.locator('.leaflet-control-attribution').innerText()).toContain('© Test tiles');
    await screenshot(page, 'kit-map-tiles-en', { fullPage: false });
    await t.close();
  });
});

const ONE_PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==', 'base64');
