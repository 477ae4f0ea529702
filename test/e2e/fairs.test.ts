// Fairs, public side and back office: the demo fair's page (floor plan, stall panel, search,
// programme, phone layout), a stall's QR page (wayfinding by keyboard and search: fairs-wayfinding); an organizer creates a fair, lays out a street,
// edits a stall with the keyboard, decides applications of the demo fair in bulk and allocates.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FloorPlan, PlanDraft } from '../../src/modules/fairs/contract.ts';
import { apiGet } from './catalogue-support.ts';
import { account, expectH1, launchBrowser, MOBILE, newPage, screenshot, signIn } from './support.ts';
import { hanoiDay, typed } from './fairs-support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DEMO = 'trinh-cong-son';
const stamp = Date.now().toString(36).slice(-5);

describe('public fair pages', () => {
  it('lists fairs and shows the demo fair: plan, stall panel, search, programme', async () => {
    const t = await newPage(browser);
    const { page } = t;
    await page.goto('/fairs');
    await expectH1(page, 'Hội chợ OCOP');
    const card = page.locator('.fair-card').first();
    await expect.poll(() => card.innerText()).toMatch(/\d{2}\/\d{2}\/\d{4} – \d{2}\/\d{2}\/\d{4}/);
    await screenshot(page, 'fairs-list');
    await page.locator(`a[href="/fairs/${DEMO}"]`).first().click();
    await page.locator('.floor-plan__svg').waitFor();
    expect(await page.getByRole('link', { name: 'Chỉ đường' }).getAttribute('href')).toContain('google.com/maps');
    expect(await page.locator('.floor-plan .stall').count()).toBeGreaterThan(100);
    await page.locator('.programme__item').first().waitFor();

    const plan = await apiGet<FloorPlan>(page, `/api/fairs/${DEMO}/floor-plan`);
    const taken = plan.stalls.find((s) => s.exhibitor?.status === 'confirmed' && s.exhibitor.producerName.length > 6);
    if (!taken?.exhibitor) throw new Error('The demo fair has no confirmed stall');

    // Click a stall: the panel shows its exhibitor and products with their certificate status.
    await page.locator(`.floor-plan [data-code="${taken.code}"]`).click();
    const panel = page.getByRole('dialog');
    await panel.getByRole('heading', { name: `Gian ${taken.code}` }).waitFor();
    await panel.getByRole('link', { name: taken.exhibitor.producerName }).waitFor();
    await panel.locator('.cert-badge').first().waitFor();
    expect(page.url()).toContain(`stall=${taken.code}`);
    await screenshot(page, 'fair-page-stall');

    // Keyboard: Escape-free close, then Enter on a focused stall opens it again.
    await panel.getByRole('button', { name: 'Đóng' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.locator(`.floor-plan [data-code="${taken.code}"]`).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByRole('heading', { name: `Gian ${taken.code}` }).waitFor();

    // Search by producer name: its stall lights up.
    await page.getByLabel('Tìm sản phẩm hoặc chủ thể').fill(taken.exhibitor.producerName);
    await page.locator(`.floor-plan [data-code="${taken.code}"][data-lit]`).waitFor();
    await page.locator('.results-count').filter({ hasText: 'khớp' }).waitFor();
    await screenshot(page, 'fair-page-search');
    await t.close();
  });

  it('works on a phone: the plan scrolls sideways and the panel is a bottom sheet; the stall page', async () => {
    const t = await newPage(browser, MOBILE);
    const { page } = t;
    await page.goto(`/fairs/${DEMO}`);
    await page.locator('.floor-plan__svg').waitFor();
    const scroller = page.locator('.floor-plan__scroller');
    const sizes = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE.width);
    await screenshot(page, 'fair-page-phone', { fullPage: false });

    const plan = await apiGet<FloorPlan>(page, `/api/fairs/${DEMO}/floor-plan`);
    const taken = plan.stalls.find((s) => s.exhibitor?.status === 'confirmed');
    if (!taken?.exhibitor) throw new Error('no confirmed stall');
    await page.locator(`.floor-plan [data-code="${taken.code}"]`).scrollIntoViewIfNeeded();
    await page.locator(`.floor-plan [data-code="${taken.code}"]`).tap();
    const sheet = page.getByRole('dialog');
    await sheet.getByRole('link', { name: taken.exhibitor.producerName }).waitFor();
    const box = await sheet.boundingBox();
    expect(Math.round((box?.y ?? 0) + (box?.height ?? 0))).toBeGreaterThanOrEqual(MOBILE.height - 2);
    await screenshot(page, 'fair-page-phone-sheet', { fullPage: false });

    // The stall's own page (what its QR code opens), and back to the plan with the stall chosen.
    await page.goto(`/fairs/${DEMO}/stalls/${taken.code}`);
    await expectH1(page, taken.exhibitor.producerName);
    await page.locator('.cert-badge').first().waitFor();
    expect(await page.locator('.exhibitor-card__origin').innerText()).toBe(taken.exhibitor.origin.vi);
    await screenshot(page, 'fair-stall-page');
    await page.getByRole('link', { name: 'Xem trên sơ đồ' }).click();
    await page.getByRole('dialog').getByRole('heading', { name: `Gian ${taken.code}` }).waitFor();
    await t.close();
  });

});

describe('organizer: fairs back office', () => {
  it('creates a fair, lays out a street and edits a stall with the keyboard', async () => {
    const t = await newPage(browser);
    const { page } = t;
    page.on('dialog', (dialog) => void dialog.accept());
    await signIn(page, account('organizer'), '/admin');
    await page.getByRole('navigation', { name: 'Mục quản trị' }).getByRole('link', { name: 'Hội chợ' }).click();
    await expectH1(page, 'Hội chợ');
    await page.getByRole('link', { name: 'Tạo hội chợ' }).click();
    await expectH1(page, 'Tạo hội chợ');
    const form = page.getByRole('form', { name: 'Thông tin hội chợ' });
    const slug = `e2e-street-${stamp}`;
    await form.getByLabel('Mã đường dẫn').fill(slug);
    await form.getByLabel('Tên (tiếng Việt)').fill(`Tuần hàng OCOP thử ${stamp}`);
    await form.getByLabel('Tên (tiếng Anh)').fill(`OCOP test week ${stamp}`);
    await form.getByLabel('Địa điểm (tiếng Việt)').fill('Phố đi bộ Hồ Gươm');
    await form.getByLabel('Địa điểm (tiếng Anh)').fill('Hoan Kiem walking street');
    await form.getByLabel('Ngày bắt đầu').fill(typed(hanoiDay(20)));
    await form.getByLabel('Ngày kết thúc').fill(typed(hanoiDay(16)));
    await form.getByLabel('Phí gian hàng (VND)').fill('2.000.000');
    await form.getByRole('button', { name: 'Tạo hội chợ' }).click();
    await form.getByRole('alert').filter({ hasText: 'Ngày kết thúc trước ngày bắt đầu' }).waitFor();
    await form.getByLabel('Ngày kết thúc').fill(typed(hanoiDay(24)));
    await screenshot(page, 'admin-fair-new');
    await form.getByRole('button', { name: 'Tạo hội chợ' }).click();
    await expectH1(page, 'Sơ đồ');

    const generate = page.getByRole('form', { name: 'Tạo sơ đồ phố đi bộ' });
    await generate.getByLabel('Chiều dài phố (m)').fill('90');
    await generate.getByLabel('Vị trí ngõ cắt ngang (m)').fill('45');
    await generate.getByLabel('Vị trí sân khấu (m)').fill('20');
    await generate.getByRole('button', { name: 'Tạo sơ đồ' }).click();
    await generate.getByRole('status').filter({ hasText: /Đã tạo \d+ gian/ }).waitFor();
    await page.locator('.floor-plan [data-code="B-001"]').waitFor();

    // Select a stall, change its attributes, move it with the arrow keys: all in the draft, which
    // visitors do not see until it is published.
    const draftStall = async () => (await apiGet<PlanDraft>(page, `/api/fairs/${slug}/floor-plan/draft`)).stalls.find((s) => s.code === 'N-002');
    const publicStall = async () => (await apiGet<FloorPlan>(page, `/api/fairs/${slug}/floor-plan`)).stalls.find((s) => s.code === 'N-002');
    const stall0 = await publicStall();
    const x0 = stall0?.x ?? 0;
    const y0 = stall0?.y ?? 0;
    await page.locator('.floor-plan [data-code="N-002"]').focus();
    await page.keyboard.press('Enter');
    const stallForm = page.getByRole('form', { name: 'Thuộc tính gian N-002' });
    await stallForm.getByLabel('Có nước').check();
    await page.getByRole('status').filter({ hasText: 'Đã ghi gian N-002 vào bản nháp' }).waitFor();
    await stallForm.getByLabel('Khu vực').selectOption('food');
    // Away from the street there is room: two steps down move it 1 m.
    await page.locator('.floor-plan [data-code="N-002"]').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(draftStall).toMatchObject({ x: x0, y: y0 - 1, water: true, zone: 'food' });
    expect(await publicStall()).toMatchObject({ x: x0, y: y0, water: false });
    // Back in line, along the street its neighbour touches it: a move onto N-003 is refused and nothing moves.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(draftStall).toMatchObject({ x: x0, y: y0 });
    await page.keyboard.press('ArrowRight');
    await page.getByText(/N-002.*N-003|N-003.*N-002/).first().waitFor();
    expect(await draftStall()).toMatchObject({ x: x0, y: y0 });
    // Ctrl+Z takes back the last step; publishing puts the draft on the public plan.
    await page.keyboard.press('Control+z');
    await expect.poll(draftStall).toMatchObject({ y: y0 - 0.5 });
    const draftBar = page.getByRole('group', { name: 'Bản nháp sơ đồ' });
    await draftBar.getByText('1 gian thay đổi chưa công bố: N-002.').waitFor();
    await draftBar.getByRole('button', { name: 'Công bố sơ đồ' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã công bố: 1 gian thay đổi' }).waitFor();
    expect(await publicStall()).toMatchObject({ x: x0, y: y0 - 0.5, water: true, zone: 'food' });
    await draftBar.getByText('Không có thay đổi chưa công bố').waitFor();
    await screenshot(page, 'admin-fair-plan-editor');
    // The same editor in English on a phone.
    const editorPath = new URL(page.url()).pathname;
    const en = await newPage(browser, MOBILE);
    await signIn(en.page, account('organizer'), editorPath);
    await en.page.addInitScript(() => localStorage.setItem('ocop.language', 'en'));
    await en.page.reload();
    await en.page.getByRole('group', { name: 'Plan draft' }).getByText('No unpublished changes: visitors see this plan.').waitFor();
    await en.page.locator('.floor-plan [data-code="N-002"]').click();
    await en.page.getByRole('form', { name: /N-002/ }).waitFor();
    await screenshot(en.page, 'admin-fair-plan-editor-phone-en');
    await en.close();

    // Programme: an item, then an overlapping one is refused clearly.
    await page.getByRole('link', { name: 'Chương trình' }).click();
    const item = page.getByRole('form', { name: 'Thêm tiết mục' });
    await item.getByLabel('Tên (tiếng Việt)').fill('Khai mạc');
    await item.getByLabel('Tên (tiếng Anh)').fill('Opening');
    await item.getByRole('button', { name: 'Thêm vào chương trình' }).click();
    await page.locator('.programme__item').filter({ hasText: 'Khai mạc' }).waitFor();
    await item.getByLabel('Tên (tiếng Việt)').fill('Múa rối nước');
    await item.getByLabel('Tên (tiếng Anh)').fill('Water puppets');
    await item.getByRole('button', { name: 'Thêm vào chương trình' }).click();
    await item.getByRole('alert').filter({ hasText: 'Sân khấu đã có tiết mục khác' }).waitFor();
    await screenshot(page, 'admin-fair-programme');
    await t.close();
  });

  it('decides demo applications in bulk, runs the allocation and reads the dashboard', async () => {
    const t = await newPage(browser);
    const { page } = t;
    await signIn(page, account('organizer'), `/admin/fairs/${DEMO}/applications?status=submitted`);
    await expectH1(page, 'Hồ sơ đăng ký');
    const rows = page.locator('.applications-table tbody tr');
    await rows.first().waitFor();
    const count = await rows.count();
    if (count >= 4) {
      await rows.nth(0).getByRole('checkbox').check();
      await rows.nth(1).getByRole('checkbox').check();
      await page.getByRole('button', { name: 'Duyệt', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Đã cập nhật 2 hồ sơ' }).waitFor();
      await rows.nth(0).getByRole('checkbox').check();
      await page.getByRole('button', { name: 'Đưa vào danh sách chờ' }).click();
      await page.getByRole('alert').filter({ hasText: 'Nhập lý do' }).waitFor();
      await page.getByLabel('Lý do').fill('Khu vực đã đủ gian');
      await page.getByRole('button', { name: 'Đưa vào danh sách chờ' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã cập nhật 1 hồ sơ' }).waitFor();
    }
    // The demo fair is running: a run shows its progress, can be stopped keeping its best plan,
    // and ends as a proposal to review; setting it aside changes no stall.
    await page.getByRole('button', { name: 'Chạy xếp gian' }).click();
    const progress = page.getByRole('status', { name: 'Tiến trình xếp gian' });
    const proposed = page.getByText('Đề xuất chờ xem xét');
    await progress.or(proposed).first().waitFor({ timeout: 60_000 });
    if (await progress.isVisible()) {
      await screenshot(page, 'admin-fair-allocation-progress');
      // It may prove its plan optimal before the click lands.
      await page.getByRole('button', { name: 'Dừng, giữ phương án tốt nhất' }).click({ timeout: 2_000 }).catch(() => undefined);
    }
    await proposed.waitFor({ timeout: 60_000 });
    const report = page.getByRole('status', { name: 'Kết quả xếp gian' });
    await report.getByText('Khoảng cách tối ưu').waitFor();
    await page.getByText(/dừng theo yêu cầu|đã chứng minh tối ưu|hết thời gian/).first().waitFor();
    await screenshot(page, 'admin-fair-allocation');
    await page.getByRole('button', { name: 'Bỏ đề xuất' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Bỏ đề xuất' }).click();
    await page.getByText('Đã bỏ qua').waitFor();

    await page.getByRole('link', { name: 'Kết quả', exact: true }).click();
    await page.locator('.stat-card').first().waitFor();
    await page.locator('.daily-chart svg').waitFor();
    expect(await page.getByRole('link', { name: 'Tải Excel (.xlsx)' }).getAttribute('href')).toBe(`/api/fairs/${DEMO}/dashboard/export`);
    await screenshot(page, 'admin-fair-dashboard');
    await page.getByRole('link', { name: 'Báo cáo tổng kết (in)' }).click();
    await page.getByRole('heading', { name: /Báo cáo tổng kết:/ }).waitFor();
    const pdfLink = page.getByRole('link', { name: /Tải báo cáo \(PDF/ });
    expect(await pdfLink.getAttribute('href')).toBe(`/api/fairs/${DEMO}/report.pdf`);
    const pdf = await page.request.get(`/api/fairs/${DEMO}/report.pdf`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'admin-fair-report-print');
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('link', { name: 'Tem QR gian hàng' }).click();
    const labels = page.getByRole('list', { name: 'Tem QR gian hàng' }).getByRole('listitem');
    await labels.first().waitFor();
    expect(await labels.count()).toBe(150);
    const qr = labels.first().getByRole('img');
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await screenshot(page, 'admin-fair-stall-labels');
    await t.close();
  });
});
