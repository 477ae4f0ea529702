// The public catalogue as shoppers use it: search without accents, filters kept in the address,
// the product and producer pages, the QR label sheet, and the certificate check behind the QR
// code (valid, expired, revoked, unknown; Vietnamese and English; on a phone).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProducerDetail, ProductDetail } from '../../src/modules/catalogue/contract.ts';
import { apiGet, expectNoSidewaysScroll, productWithStatus, STATUS_VI } from './catalogue-support.ts';
import { MOBILE, account, expectH1, launchBrowser, newPage, screenshot, signIn } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DATE = /^\d{2}\/\d{2}\/\d{4}$/;

describe('catalogue search', () => {
  it('finds accented products from a search typed without accents, with status badges in words', async () => {
    const t = await newPage(browser);
    const { page } = t;
    await page.goto('/catalogue');
    await expectH1(page, 'Sản phẩm OCOP');
    await page.locator('.product-card').first().waitFor();
    await screenshot(page, 'catalogue-vi', { fullPage: false });

    await page.getByLabel('Tìm sản phẩm').fill('gom bat trang');
    // Debounced: the search lands in the address without pressing Enter.
    await page.waitForURL((url) => url.searchParams.get('q') === 'gom bat trang');
    const names = page.locator('.product-card__name');
    await expect.poll(async () => (await names.allInnerTexts()).slice(0, 5).every((name) => name.includes('Bát Tràng'))).toBe(true);
    expect(await page.locator('.results-count').innerText()).toMatch(/^Tìm thấy \d+ sản phẩm$/);
    const badges = await page.locator('.product-card .cert-badge__text').allInnerTexts();
    expect(badges.length).toBeGreaterThan(0);
    for (const badge of badges) expect(Object.values(STATUS_VI)).toContain(badge);
    await screenshot(page, 'catalogue-search-gom-bat-trang');

    // A filter joins the search in the address; every badge then says "Hết hạn".
    await page.getByLabel('Tình trạng chứng nhận').selectOption('expired');
    await page.waitForURL((url) => url.searchParams.get('status') === 'expired' && url.searchParams.get('q') === 'gom bat trang');
    await expect.poll(async () => [...new Set(await page.locator('.product-card .cert-badge__text').allInnerTexts())]).toEqual(['Hết hạn']);
    expect(await page.locator('.product-card .expiry-note').first().innerText()).toMatch(/^Hết hạn từ \d{2}\/\d{2}\/\d{4}$/);
    await screenshot(page, 'catalogue-filter-expired');

    // Back returns to the search without the filter, and the field shows the search.
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('status') && url.searchParams.get('q') === 'gom bat trang');
    expect(await page.getByLabel('Tình trạng chứng nhận').inputValue()).toBe('');
    expect(await page.getByLabel('Tìm sản phẩm').inputValue()).toBe('gom bat trang');

    // A category at group level (IV, handicrafts) takes in its leaves.
    await page.getByLabel('Nhóm sản phẩm').selectOption('IV');
    await page.waitForURL((url) => url.searchParams.get('category') === 'IV');
    await expect.poll(() => page.locator('.product-card__meta').first().innerText()).toContain('Thủ công mỹ nghệ');

    // The producer tab searches producers.
    await page.getByRole('navigation', { name: 'Tra cứu theo' }).getByRole('link', { name: 'Chủ thể OCOP' }).click();
    await expectH1(page, 'Chủ thể OCOP');
    await page.getByLabel('Tìm chủ thể').fill('bat trang');
    await page.waitForURL((url) => url.pathname === '/catalogue/producers' && url.searchParams.get('q') === 'bat trang');
    await expect.poll(() => page.locator('.producer-card__name').first().innerText()).toMatch(/Bát Tràng|Gốm/);
    await screenshot(page, 'catalogue-producers-search');
    await t.close();
  });
});

describe('product and producer pages', () => {
  it('a revoked product says so in words and colour, with the reason, dates, history and QR code', async () => {
    const t = await newPage(browser);
    const { page } = t;
    const product = await productWithStatus(page, 'revoked');
    await page.goto(`/catalogue/products/${product.id}`);
    await expectH1(page, product.name.vi);
    const panel = page.locator('.status-panel');
    expect(await panel.getAttribute('class')).toContain('status-panel--revoked');
    const panelText = await panel.innerText();
    expect(panelText).toContain('Đã thu hồi');
    expect(panelText).toContain('không được dùng nhãn OCOP');
    expect(panelText).toContain('LÝ DO THU HỒI');
    for (const date of await panel.locator('dd').filter({ hasText: /^\d{2}\/\d{2}\/\d{4}$/ }).allInnerTexts()) expect(date).toMatch(DATE);
    expect(await page.getByRole('table').innerText()).toContain('Đã thu hồi');
    const qr = page.getByRole('img', { name: `Mã QR kiểm tra chứng nhận của sản phẩm ${product.code}` });
    await expect.poll(() => qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Kiểm tra chứng nhận' }).getAttribute('href')).toBe(`/verify/${product.code}`);
    await screenshot(page, 'product-revoked');

    // The producer page, then its printable QR label sheet.
    await page.getByRole('link', { name: product.producer.name }).first().click();
    await expectH1(page, product.producer.name);
    await page.locator('.product-card').first().waitFor();
    await screenshot(page, 'producer-page');
    // Printing the producer's QR labels is for the programme's staff and the producer itself.
    expect(await page.getByRole('link', { name: 'In tem QR' }).count()).toBe(0);
    await signIn(page, account('organizer'), `/catalogue/producers/${product.producer.id}`);
    await expectH1(page, product.producer.name);
    await page.getByRole('link', { name: 'In tem QR' }).click();
    await expectH1(page, `Tem QR – ${product.producer.name}`);
    expect(await page.getByRole('button', { name: 'In tem' }).isVisible()).toBe(true);
    const producer = await apiGet<ProducerDetail>(page, `/api/producers/${product.producer.id}`);
    const inForce = producer.products.filter((p) => p.certificateStatus === 'valid' || p.certificateStatus === 'expiring');
    await expect.poll(() => page.locator('.qr-label').count()).toBe(inForce.length);
    // Unticking the box adds the products whose mark is not in force, marked as such.
    await page.getByLabel('Chỉ in sản phẩm có chứng nhận còn hiệu lực').uncheck();
    await expect.poll(() => page.locator('.qr-label').count()).toBe(producer.products.length);
    expect(await page.locator('.qr-label__warning').first().innerText()).toBe('Đã thu hồi');
    await page.getByLabel('Chỉ in sản phẩm có chứng nhận còn hiệu lực').check();
    await screenshot(page, 'producer-labels');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'In tem' }).isVisible()).toBe(false);
    await screenshot(page, 'producer-labels-print');
    await t.close();
  });

  it('a valid product shows its stars, price in VND and validity in English', async () => {
    const t = await newPage(browser);
    const { page } = t;
    const product = await productWithStatus(page, 'valid');
    await page.goto(`/catalogue/products/${product.id}`);
    await page.getByRole('button', { name: /^English/ }).click();
    await expectH1(page, product.name.en);
    const panelText = await page.locator('.status-panel').innerText();
    expect(panelText).toContain('Valid');
    expect(panelText).toContain(`${product.stars} stars`);
    expect(panelText).toContain('may carry the OCOP mark today');
    const detail = await apiGet<ProductDetail>(page, `/api/products/${product.id}`);
    if (detail.priceMinVnd !== null) expect(await page.getByRole('region', { name: 'Product details' }).innerText()).toMatch(/\d{1,3}(\.\d{3})*\s₫/);
    await screenshot(page, 'product-valid-en');
    await t.close();
  });
});

describe('where to buy', () => {
  it("a product on a point of sale's shelves says where to buy it, linking the point, in Vietnamese and in English", async () => {
    const t = await newPage(browser, MOBILE);
    const { page } = t;
    await page.goto('/');
    const point = await apiGet<{ name: { vi: string; en: string }; products: { code: string | null }[] }>(page, '/api/points-of-sale/showroom-trung-tam-khuyen-cong');
    const code = point.products.find((p) => p.code)?.code;
    if (!code) throw new Error('the demo showroom has products with codes on its shelves');
    const { product } = await apiGet<{ product: { id: string } }>(page, `/api/verify/${code}`);

    await page.goto(`/catalogue/products/${product.id}`);
    const section = page.getByRole('region', { name: 'Mua ở đâu hôm nay' });
    await section.getByRole('link', { name: point.name.vi }).click();
    await page.waitForURL('**/points-of-sale/showroom-trung-tam-khuyen-cong');
    await page.goBack();
    await page.getByRole('button', { name: /^English/ }).click();
    await page.getByRole('region', { name: 'Where to buy it today' }).getByRole('link', { name: point.name.en }).waitFor();
    await page.getByRole('region', { name: 'Where to buy it today' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'product-where-to-buy-phone-en', { fullPage: false });
    await t.close();
  });
});

describe('certificate check (/verify)', () => {
  it('says plainly whether the mark is valid today, in Vietnamese and in English', async () => {
    const t = await newPage(browser);
    const { page } = t;
    const cases = [
      { status: 'valid', vi: 'Còn hiệu lực', en: 'Valid today' },
      { status: 'expired', vi: 'HẾT HẠN', en: 'EXPIRED' },
      { status: 'revoked', vi: 'ĐÃ THU HỒI', en: 'REVOKED' },
    ] as const;
    const codes: Record<string, string> = {};
    for (const { status } of cases) codes[status] = (await productWithStatus(page, status)).code;

    for (const { status, vi, en } of cases) {
      await page.goto(`/verify/${codes[status]}`);
      const verdict = page.locator('.verdict');
      await verdict.waitFor();
      expect(await verdict.getAttribute('data-verdict')).toBe(status);
      expect(await verdict.locator('.verdict__text').innerText()).toBe(vi);
      expect(await verdict.locator('.verdict__other').innerText()).toBe(en); // for visitors who read English
      const text = await verdict.innerText();
      if (status !== 'valid') {
        expect(text).not.toContain('Còn hiệu lực');
        expect(text).toMatch(/không (còn )?được dùng nhãn OCOP/);
      }
      if (status === 'revoked') expect(text).toContain('Lý do thu hồi:');
      expect(text).toMatch(/Ngày kiểm tra\s+\d{2}\/\d{2}\/\d{4}/);
      await screenshot(page, `verify-${status}-vi`);
    }

    await page.getByRole('button', { name: /^English/ }).click();
    for (const { status, en } of cases) {
      await page.goto(`/verify/${codes[status]}`);
      await page.locator('.verdict').waitFor();
      expect(await page.locator('.verdict__text').innerText()).toBe(en);
      if (status !== 'valid') expect(await page.locator('.verdict').innerText()).not.toMatch(/Valid today/);
      await screenshot(page, `verify-${status}-en`);
    }

    // An unknown code is not a certificate.
    await page.goto('/verify/0000-0000');
    await page.locator('.verdict--unknown').waitFor();
    expect(await page.locator('.verdict__headline').innerText()).toContain('CODE NOT FOUND');
    await screenshot(page, 'verify-unknown-en');
    await t.close();
  });

  it('on a phone: type a code in lower case without the dash, get the answer; the page loads no catalogue code', async () => {
    const t = await newPage(browser, MOBILE);
    const { page } = t;
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const product = await productWithStatus(page, 'expiring');
    await page.goto('/verify');
    await expectH1(page, 'Kiểm tra chứng nhận OCOP');
    await expectNoSidewaysScroll(page, MOBILE.width);
    await screenshot(page, 'verify-form-mobile');

    await page.getByLabel('Mã sản phẩm').fill('12');
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Mã chưa đúng' }).waitFor();

    await page.getByLabel('Mã sản phẩm').fill(product.code.replace('-', '').toLowerCase());
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.waitForURL(`**/verify/${product.code}`);
    const verdict = page.locator('.verdict');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-verdict')).toBe('expiring');
    expect(await verdict.locator('.verdict__text').innerText()).toBe('Còn hiệu lực – sắp hết hạn');
    expect(await verdict.innerText()).toMatch(/sẽ hết hạn sau ngày \d{2}\/\d{2}\/\d{4}/);
    await expectNoSidewaysScroll(page, MOBILE.width);
    await screenshot(page, 'verify-expiring-mobile');
    // The check is in the first bundle: no page chunk of the catalogue or back office was fetched.
    expect(scripts.filter((path) => /CataloguePage|ProductPage|ProductEditPage|catalogue-data|ImportPage/.test(path))).toEqual([]);

    // And the catalogue on a phone: filters folded, nothing sideways.
    await page.goto('/catalogue');
    await page.locator('.product-card').first().waitFor();
    await expectNoSidewaysScroll(page, MOBILE.width);
    expect(await page.getByLabel('Nhóm sản phẩm').isVisible()).toBe(false);
    await page.getByText('Bộ lọc', { exact: true }).click();
    expect(await page.getByLabel('Nhóm sản phẩm').isVisible()).toBe(true);
    await screenshot(page, 'catalogue-mobile', { fullPage: false });
    await t.close();
  });

  it('a cold visit from a QR code on a slow phone network moves at most 50 KB before the verdict (a byte budget; the time is printed, not judged)', async () => {
    const t = await newPage(browser, MOBILE);
    const { page } = t;
    const product = await productWithStatus(page, 'valid');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    // The phone: 1.6 Mbps down, 750 kbps up, 150 ms round trip.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 });
    let bytes = 0;
    const transfers: string[] = [];
    const urls = new Map<string, string>();
    cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, new URL(event.request.url).pathname));
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength;
      transfers.push(`${urls.get(event.requestId) ?? event.requestId} ${event.encodedDataLength} B`);
    });
    const started = performance.now();
    await page.goto(`/verify/${product.code}`, { waitUntil: 'commit' });
    await page.locator('.verdict').waitFor();
    const verdictMs = Math.round(performance.now() - started);
    console.log(`/verify cold on 1.6 Mbps / 150 ms: verdict after ${verdictMs} ms, ${bytes} B moved (${transfers.join(', ')})`);
    expect(await page.locator('.verdict').getAttribute('data-verdict')).toBe('valid');
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(50 * 1024);
    await t.close();
  });
});
