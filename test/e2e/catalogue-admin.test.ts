// The catalogue back office end to end: an organizer registers a producer and a product,
// records its OCOP certificate and revokes it (the public page and the QR check follow), keeps
// craft villages, reads the expiring list, exports, and checks import files; a producer account
// edits its own profile and product but not certificates or other producers' products.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProductList } from '../../src/modules/catalogue/contract.ts';
import { apiGet, daysAgoTyped, expectNoSidewaysScroll } from './catalogue-support.ts';
import { account, expectH1, launchBrowser, newPage, screenshot, signIn } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLE_XLSX = path.join(repoRoot, 'src/modules/catalogue/import/example/ocop-products-example.xlsx');
const stamp = Date.now().toString(36).slice(-5);
const backOfficeNav = (page: Page) => page.getByRole('navigation', { name: 'Mục quản trị' });
const headingBadge = (page: Page) => page.locator('.page-heading__sub .cert-badge__text');

describe('organizer: producers, products and certificates', () => {
  it('registers a producer and a product, records a certificate, then revokes it; public pages follow', async () => {
    const t = await newPage(browser);
    const { page } = t;
    await signIn(page, account('organizer'), '/admin');
    await backOfficeNav(page).getByRole('link', { name: 'Chủ thể OCOP' }).click();
    await expectH1(page, 'Chủ thể OCOP');
    await page.getByRole('link', { name: 'Thêm chủ thể' }).click();
    await expectH1(page, 'Thêm chủ thể OCOP');

    const producerName = `HTX Gốm thử nghiệm ${stamp}`;
    const producerForm = page.getByRole('form', { name: 'Thông tin chủ thể' });
    await producerForm.getByLabel('Tên chủ thể').fill(producerName);
    await producerForm.getByLabel('Loại hình').selectOption('cooperative');
    await producerForm.getByLabel('Xã/phường (hiện nay)').fill('Bát Tràng');
    await producerForm.getByLabel('Huyện/quận cũ').fill('Gia Lâm');
    await producerForm.getByLabel('Địa chỉ', { exact: true }).fill('Thôn 3, xã Bát Tràng, Hà Nội');
    await producerForm.getByLabel('Trang web').fill('not a url');
    await producerForm.getByRole('button', { name: 'Thêm chủ thể' }).click();
    // The problem is shown on its field (the form kit), the field marked and focused.
    await producerForm.locator('.field__error').filter({ hasText: 'Trang web phải bắt đầu bằng https://' }).waitFor();
    expect(await producerForm.getByLabel('Trang web').getAttribute('aria-invalid')).toBe('true');
    await producerForm.getByRole('alert').filter({ hasText: 'Kiểm tra' }).waitFor();
    await producerForm.getByLabel('Trang web').fill(`https://gom-${stamp}.example.vn`);
    await screenshot(page, 'admin-producer-new');
    await producerForm.getByRole('button', { name: 'Thêm chủ thể' }).click();
    await expectH1(page, producerName);
    await page.getByRole('status').filter({ hasText: `Đã thêm chủ thể ${producerName}.` }).waitFor();
    // Hanoi → the Red River Delta region was filled in from the province.
    expect(await page.getByLabel('Vùng văn hóa').inputValue()).toBe('red-river-delta');

    // A product for it, from its page.
    await page.getByRole('link', { name: 'Thêm sản phẩm' }).click();
    await expectH1(page, 'Thêm sản phẩm');
    // The producer is chosen already (from the address).
    await expect.poll(() => page.locator('.producer-picker select').inputValue()).not.toBe('');
    expect(await page.locator('.producer-picker select option:checked').innerText()).toContain(producerName);
    const productName = { vi: `Bình gốm men lam ${stamp}`, en: `Blue-glaze vase ${stamp}` };
    await page.locator('#product-name-vi').fill(productName.vi);
    await page.locator('#product-name-en').fill(productName.en);
    await page.getByLabel('Phân nhóm (theo Quyết định 148)').selectOption('IV.1');
    await page.locator('#product-description-vi').fill('Bình gốm vẽ tay men lam, nung 1.200°C.');
    await page.locator('#product-description-en').fill('Hand-painted blue-glaze vase fired at 1,200°C.');
    await page.getByLabel('Giá thấp nhất').fill('450.000');
    await page.getByLabel('Giá cao nhất').fill('300.000');
    await page.getByRole('button', { name: 'Thêm sản phẩm' }).click();
    await page.locator('.field__error').filter({ hasText: 'Giá thấp nhất lớn hơn giá cao nhất.' }).waitFor();
    await page.getByLabel('Giá cao nhất').fill('1.200.000');
    await screenshot(page, 'admin-product-new');
    await page.getByRole('button', { name: 'Thêm sản phẩm' }).click();
    await expectH1(page, productName.vi);
    const created = await page.getByRole('status').filter({ hasText: 'Đã thêm sản phẩm, mã' }).innerText();
    const code = /mã ([0-9A-Z]{4}-[0-9A-Z]{4})/.exec(created)?.[1] ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const productId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(await headingBadge(page).innerText()).toBe('Chưa được chứng nhận');

    // Record a 4-star certificate decided ten days ago.
    await page.getByRole('button', { name: 'Thêm giấy chứng nhận' }).click();
    const certificateForm = page.getByRole('form', { name: 'Ghi nhận giấy chứng nhận mới' });
    await certificateForm.getByLabel('Hạng sao').selectOption('4');
    await certificateForm.getByLabel('Điểm (0–100)').fill('82');
    await certificateForm.getByLabel('Số quyết định').fill(`${stamp}/QĐ-UBND`);
    await certificateForm.getByLabel('Ngày quyết định').fill('31/02/2026');
    await certificateForm.getByRole('button', { name: 'Ghi nhận chứng nhận' }).click();
    await certificateForm.locator('.field__error').filter({ hasText: 'Nhập ngày quyết định' }).waitFor();
    await certificateForm.getByLabel('Ngày quyết định').fill(daysAgoTyped(10));
    // The law in force and the recognising level follow from the date and the stars.
    expect(await certificateForm.getByLabel('Cấp công nhận').locator('option').first().innerText()).toBe('Tự động: Cấp tỉnh/thành phố');
    expect(await certificateForm.innerText()).toMatch(/Hết hạn ngày \d{2}\/\d{2}\/\d{4} \(36 tháng\)/);
    await screenshot(page, 'admin-certificate-form');
    await certificateForm.getByRole('button', { name: 'Ghi nhận chứng nhận' }).click();
    await page.getByRole('status').filter({ hasText: `Đã ghi nhận giấy chứng nhận ${stamp}/QĐ-UBND.` }).waitFor();
    await expect.poll(() => headingBadge(page).innerText()).toBe('Còn hiệu lực');
    await screenshot(page, 'admin-product-certified');

    await page.goto(`/catalogue/products/${productId}`);
    await expectH1(page, productName.vi);
    await expect.poll(() => page.locator('.status-panel .cert-badge__text').innerText()).toBe('Còn hiệu lực');
    expect(await page.locator('.status-panel').innerText()).toContain('4 sao');
    expect(await page.getByRole('region', { name: 'Thông tin sản phẩm' }).innerText()).toMatch(/450\.000\s₫ – 1\.200\.000\s₫/); // Intl puts a no-break space before ₫
    await screenshot(page, 'product-certified-public');
    await page.goto(`/verify/${code}`);
    await page.locator('.verdict--valid').waitFor();

    // Revoke it, with a reason, after confirming.
    await page.goto(`/admin/catalogue/products/${productId}`);
    await expectH1(page, productName.vi);
    await page.getByRole('button', { name: `Thu hồi giấy chứng nhận ${stamp}/QĐ-UBND` }).click();
    const dialog = page.getByRole('dialog', { name: 'Thu hồi giấy chứng nhận?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Không thể hoàn tác');
    await dialog.getByRole('button', { name: 'Thu hồi giấy chứng nhận' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Nhập lý do thu hồi bằng tiếng Việt.' }).waitFor();
    await dialog.getByLabel('Lý do (tiếng Việt)').fill('Sản phẩm không còn đáp ứng tiêu chí chất lượng khi kiểm tra lại.');
    await dialog.getByLabel('Lý do (tiếng Anh, không bắt buộc)').fill('The product failed the quality re-check.');
    await screenshot(page, 'admin-revoke-dialog', { fullPage: false });
    await dialog.getByRole('button', { name: 'Thu hồi giấy chứng nhận' }).click();
    await page.getByRole('status').filter({ hasText: `Đã thu hồi giấy chứng nhận ${stamp}/QĐ-UBND.` }).waitFor();
    expect(await dialog.count()).toBe(0);
    await expect.poll(() => headingBadge(page).innerText()).toBe('Đã thu hồi');
    expect(await page.getByRole('button', { name: /^Thu hồi giấy chứng nhận/ }).count()).toBe(0);
    await screenshot(page, 'admin-product-revoked');

    await page.goto(`/catalogue/products/${productId}`);
    await expect.poll(() => page.locator('.status-panel .cert-badge__text').innerText()).toBe('Đã thu hồi');
    expect(await page.locator('.status-panel').innerText()).toContain('Sản phẩm không còn đáp ứng tiêu chí chất lượng khi kiểm tra lại.');
    await screenshot(page, 'product-revoked-public');
    await page.goto(`/verify/${code}`);
    await page.locator('.verdict--revoked').waitFor();
    expect(await page.locator('.verdict__reason').innerText()).toContain('không còn đáp ứng tiêu chí');
    await t.close();
  });

  it('keeps craft villages: add one, then change it', async () => {
    const t = await newPage(browser);
    const { page } = t;
    await signIn(page, account('organizer'), '/admin/catalogue/craft-villages');
    await expectH1(page, 'Làng nghề');
    await page.getByRole('table').waitFor();
    await page.getByRole('button', { name: 'Thêm làng nghề' }).click();
    const form = page.getByRole('form', { name: 'Thêm làng nghề' });
    await form.locator('#village-name-vi').fill(`Làng mây tre thử ${stamp}`);
    await form.locator('#village-name-en').fill(`Test rattan village ${stamp}`);
    await form.locator('#village-craft-vi').fill('Mây tre đan');
    await form.locator('#village-craft-en').fill('Rattan and bamboo weaving');
    await form.getByLabel('Xã/phường').fill('Phú Nghĩa');
    await form.getByLabel('Vĩ độ').fill('20,93');
    await form.getByLabel('Kinh độ').fill('105,65');
    await screenshot(page, 'admin-village-new', { fullPage: false });
    await form.getByRole('button', { name: 'Thêm làng nghề' }).click();
    await page.getByRole('status').filter({ hasText: `Đã thêm làng nghề Làng mây tre thử ${stamp}.` }).waitFor();
    await page.getByLabel('Lọc theo tên, nghề, xã').fill(stamp);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: `Sửa làng nghề Làng mây tre thử ${stamp}` }).click();
    const edit = page.getByRole('form', { name: `Sửa: Làng mây tre thử ${stamp}` });
    expect(await edit.getByLabel('Vĩ độ').inputValue()).toBe('20.93');
    await edit.getByLabel('Xã/phường').fill('Phú Nghĩa (Chương Mỹ cũ)');
    await edit.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByRole('status').filter({ hasText: `Đã lưu làng nghề Làng mây tre thử ${stamp}.` }).waitFor();
    await expect.poll(() => page.locator('tbody tr').first().innerText()).toContain('Phú Nghĩa (Chương Mỹ cũ)');
    await screenshot(page, 'admin-villages');
    await t.close();
  });

  it('lists expiring certificates and exports the filtered products', async () => {
    const t = await newPage(browser);
    const { page } = t;
    await signIn(page, account('organizer'), '/admin');
    await backOfficeNav(page).getByRole('link', { name: 'Sắp hết hạn' }).click();
    await expectH1(page, 'Chứng nhận sắp hết hạn');
    await page.locator('tbody tr').first().waitFor();
    expect(await page.locator('tbody .cert-badge__text').allInnerTexts()).not.toContain('Hết hạn');
    await page.getByRole('button', { name: '180 ngày' }).click();
    await page.waitForURL((url) => url.searchParams.get('withinDays') === '180');
    await page.getByLabel('Gồm cả chứng nhận đã hết hạn').check();
    await page.waitForURL((url) => url.searchParams.get('includeExpired') === 'true');
    await expect.poll(async () => (await page.locator('tbody .cert-badge__text').allInnerTexts()).includes('Hết hạn')).toBe(true);
    expect(await page.locator('tbody tr').first().innerText()).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    await screenshot(page, 'admin-expiring', { fullPage: false });
    await page.locator('tbody tr a.cell-title').first().click();
    await page.waitForURL('**/admin/catalogue/products/*');
    await page.getByRole('heading', { name: 'Giấy chứng nhận OCOP' }).waitFor();

    await backOfficeNav(page).getByRole('link', { name: 'Sản phẩm', exact: true }).click();
    await expectH1(page, 'Sản phẩm OCOP');
    await page.getByLabel('Tình trạng chứng nhận').selectOption('expired');
    await page.waitForURL((url) => url.searchParams.get('status') === 'expired');
    await expect.poll(async () => [...new Set(await page.locator('tbody .cert-badge__text').allInnerTexts())]).toEqual(['Hết hạn']);
    await screenshot(page, 'admin-products-expired', { fullPage: false });
    const xlsx = await page.getByRole('link', { name: 'Excel (.xlsx)' }).getAttribute('href');
    expect(xlsx).toBe('/api/catalogue/export?format=xlsx&status=expired');
    const xlsxResponse = await page.request.get(xlsx ?? '');
    expect(xlsxResponse.status()).toBe(200);
    expect(xlsxResponse.headers()['content-type']).toContain('spreadsheetml');
    const csvResponse = await page.request.get((await page.getByRole('link', { name: 'CSV' }).getAttribute('href')) ?? '');
    expect(csvResponse.status()).toBe(200);
    const expired = await apiGet<ProductList>(page, '/api/products?status=expired&pageSize=1');
    const csvLines = (await csvResponse.text()).trim().split('\r\n');
    expect(csvLines.length).toBe(expired.total + 1); // a header row, then one row per product
    await t.close();
  });
});

describe('organizer: import', () => {
  it('dry-runs the shipped example file and shows the report; a broken file gets a row-by-row report', async () => {
    const t = await newPage(browser);
    const { page } = t;
    await signIn(page, account('organizer'), '/admin/catalogue/import');
    await expectH1(page, 'Nhập danh sách sản phẩm');
    const importButton = page.getByRole('button', { name: 'Nhập', exact: true });
    expect(await importButton.isDisabled()).toBe(true);

    await page.getByLabel('Tệp danh sách (.xlsx hoặc .csv)').setInputFiles(EXAMPLE_XLSX);
    await page.getByRole('button', { name: 'Kiểm tra (dry run)' }).click();
    const summary = page.getByTestId('import-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Tệp hợp lệ: 22 dòng sản phẩm, không có lỗi.');
    const counts = page.getByRole('table', { name: 'Khi nhập sẽ:' });
    expect(await counts.getByRole('row', { name: /Sản phẩm/ }).innerText()).toMatch(/Sản phẩm\s+22\s+0\s+0/);
    const warnings = page.getByRole('table', { name: /^Cảnh báo cần xem lại/ });
    expect(await warnings.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await warnings.innerText()).toContain('Phân nhóm');
    expect(await importButton.isEnabled()).toBe(true);
    await screenshot(page, 'admin-import-dry-run');

    // A file with mistakes: every problem with its row, column and a message in the UI language.
    const broken = [
      'Tên sản phẩm,Chủ thể,Địa chỉ,Phân nhóm,Số sao,Số quyết định,Ngày quyết định',
      'Bánh gai thử,HTX Bánh gai thử,"Xã Thanh Oai, Hà Nội",Đồ chơi,7,12/QĐ-UBND,31/02/2024',
      'Chè búp thử,HTX Chè thử,"Xã Ba Vì, Hà Nội",I.5.a,4,13/QĐ-UBND,15/03/2024',
    ].join('\n');
    await page.getByLabel('Tệp danh sách (.xlsx hoặc .csv)').setInputFiles({ name: 'danh-sach-loi.csv', mimeType: 'text/csv', buffer: Buffer.from(broken, 'utf8') });
    expect(await importButton.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Kiểm tra (dry run)' }).click();
    await expect.poll(() => summary.innerText()).toMatch(/Tệp có \d+ lỗi ở 1 dòng/);
    const problems = page.getByRole('table', { name: /^Lỗi \(\d+\)$/ });
    const problemRows = await problems.locator('tbody tr').allInnerTexts();
    expect(problemRows.every((row) => row.startsWith('2\t'))).toBe(true);
    expect(problemRows.some((row) => row.includes('Phân nhóm') && row.includes('Không nhận ra phân nhóm "Đồ chơi"'))).toBe(true);
    expect(problemRows.some((row) => row.includes('Số sao'))).toBe(true);
    expect(problemRows.some((row) => row.includes('Ngày quyết định'))).toBe(true);
    expect(await importButton.isDisabled()).toBe(true);
    await screenshot(page, 'admin-import-problems');

    await page.getByRole('button', { name: /^English/ }).click();
    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    await expect.poll(() => page.getByTestId('import-summary').innerText()).toMatch(/The file has \d+ errors on 1 rows/);
    expect(await page.getByRole('table', { name: /^Errors/ }).innerText()).toContain('Unknown category "Đồ chơi"');
    await screenshot(page, 'admin-import-problems-en');
    await t.close();
  });
});

describe('producer account', () => {
  it('edits its own profile and product, sees certificates without changing them, and no one else’s', async () => {
    const t = await newPage(browser);
    const { page } = t;
    await signIn(page, account('producer'));
    await expectH1(page, 'Không gian làm việc');
    const me = await apiGet<{ user: { producerId: string | null } }>(page, '/api/auth/me');
    const producerId = me.user.producerId ?? '';
    expect(producerId).not.toBe('');
    const profile = page.getByRole('region', { name: 'Hồ sơ chủ thể' });
    await profile.waitFor();
    expect(await profile.innerText()).toContain('Bát Tràng');
    await page.locator('tbody tr').first().waitFor();
    await screenshot(page, 'producer-workspace');

    // Its product: change the packaging text.
    const firstRow = page.locator('tbody tr').first();
    const productName = await firstRow.locator('.cell-title').innerText();
    await firstRow.getByRole('link', { name: `Sửa sản phẩm ${productName}` }).click();
    await expectH1(page, productName);
    const packaging = `Hộp quà giấy kraft, lót rơm (${stamp})`;
    await page.locator('#product-packaging-vi').fill(packaging);
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu thay đổi.' }).waitFor();
    // Certificates: visible, not changeable.
    expect(await page.getByText('Giấy chứng nhận do cán bộ chương trình ghi nhận và thu hồi.').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Thêm giấy chứng nhận' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Thu hồi/ }).count()).toBe(0);
    await screenshot(page, 'producer-product-edit');
    await page.getByRole('link', { name: 'Xem trang công khai' }).click();
    await expectH1(page, productName);
    expect(await page.getByRole('region', { name: 'Thông tin sản phẩm' }).innerText()).toContain(packaging);

    // Its profile.
    await page.goto(`/admin/catalogue/producers/${producerId}`);
    await page.getByRole('form', { name: 'Thông tin chủ thể' }).waitFor();
    await page.getByLabel('Điện thoại').fill('024 3874 0000');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu thay đổi.' }).waitFor();
    await screenshot(page, 'producer-profile-edit');
    // On a phone the form is one column, nothing scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page, 390);
    await screenshot(page, 'producer-profile-edit-phone');

    // Another producer's product and the staff lists are not for this account.
    const others = await apiGet<ProductList>(page, '/api/products?pageSize=20&sort=name');
    const other = others.items.find((item) => item.producer.id !== producerId);
    expect(other).toBeDefined();
    await page.goto(`/admin/catalogue/products/${other?.id ?? ''}`);
    await expectH1(page, 'Không có quyền truy cập');
    await page.goto('/admin/catalogue/products');
    await expectH1(page, 'Không có quyền truy cập');
    await page.goto('/admin/catalogue/import');
    await expectH1(page, 'Không có quyền truy cập');
    await t.close();
  });
});
