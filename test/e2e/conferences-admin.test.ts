// The conference back office on a phone: an organizer creates a conference through its form (a
// taken address refused on its field), edits it and opens registration; a producer and a buyer
// register, the producer asks for a meeting and the buyer accepts; the organizer places a locked
// meeting by hand, runs the schedule (progress, then its report; the locked one stays), locks and
// unlocks, records an MOU and its follow-up; both agendas show the meeting. A second run on a
// longer budget is stopped from the page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting, Participants } from '../../src/modules/trade/contract.ts';
import { apiCall, hanoiDay, typed } from './fairs-support.ts';
import { MOBILE, account, expectH1, launchBrowser, newPage, screenshot, signIn, type TestPage } from './support.ts';

const SLUG = 'hoi-nghi-thu-e2e';
const DEMO = 'ket-noi-cung-cau-ha-noi';
const NAME = 'Hội nghị kết nối cung cầu thử nghiệm';
const SLOTS = [0, 1, 2, 3];

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

async function signedIn(role: 'organizer' | 'producer' | 'buyer', next: string): Promise<TestPage> {
  const t = await newPage(browser, MOBILE);
  await signIn(t.page, account(role), next);
  return t;
}

async function moveTo(page: Page, status: string): Promise<void> {
  await page.getByRole('button', { name: `Chuyển sang “${status}”` }).click();
  await page.getByText(status, { exact: true }).first().waitFor();
  await expect.poll(() => page.locator('strong', { hasText: status }).count()).toBeGreaterThan(0);
}

/** No horizontal scrolling on the phone. */
async function fitsPhone(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE.width + 1);
}

describe('the conference back office', () => {
  it('creates a conference, places and schedules meetings, records an MOU; the agendas show the meeting', async () => {
    const organizer = await signedIn('organizer', '/admin/conferences');
    const o = organizer.page;
    await o.goto('/admin/conferences');
    await expectH1(o, 'Hội nghị kết nối cung cầu');
    await o.getByRole('link', { name: 'Thêm hội nghị' }).click();
    await expectH1(o, 'Thêm hội nghị');

    // The form, with an address already in use: the server's refusal lands on that field.
    await o.locator('#conference-slug').fill(DEMO);
    await o.locator('#conference-name-vi').fill(NAME);
    await o.locator('#conference-name-en').fill('Test supply–demand conference');
    await o.locator('#conference-venue-vi').fill('Trung tâm Hội nghị Quốc gia');
    await o.locator('#conference-venue-en').fill('National Convention Center');
    await o.locator('#conference-address').fill('Đại lộ Thăng Long, Hà Nội');
    await o.locator('#conference-starts').fill(typed(hanoiDay(10)));
    await o.locator('#conference-ends').fill(typed(hanoiDay(11)));
    await o.locator('#conference-pool').fill('2');
    await o.getByRole('button', { name: 'Thêm phiên' }).click();
    expect(await o.locator('#session-0-day').inputValue()).toBe(typed(hanoiDay(10)));
    await o.locator('#session-0-slots').fill(String(SLOTS.length));
    await o.getByRole('button', { name: 'Thêm mục chương trình' }).click();
    await o.locator('#programme-0-title-vi').fill('Phiên toàn thể');
    await o.locator('#programme-0-title-en').fill('Plenary');
    // First a last day before the first: refused in the page, on that field.
    await o.locator('#conference-ends').fill(typed(hanoiDay(9)));
    await o.getByRole('button', { name: 'Tạo hội nghị (bản nháp)' }).click();
    await o.locator('.field', { has: o.locator('#conference-ends') }).getByText('Thời điểm này trước thời điểm bắt đầu').waitFor();
    await o.locator('#conference-ends').fill(typed(hanoiDay(11)));
    await o.getByRole('button', { name: 'Tạo hội nghị (bản nháp)' }).click();
    const slugField = o.locator('.field', { has: o.locator('#conference-slug') });
    await expect.poll(() => slugField.getAttribute('class')).toContain('field--invalid');
    await expect.poll(() => o.locator('#conference-slug').evaluate((e) => e === document.activeElement)).toBe(true);
    await screenshot(o, 'conferences-admin-new-refused-phone-vi');
    await o.locator('#conference-slug').fill(SLUG);
    await o.getByRole('button', { name: 'Tạo hội nghị (bản nháp)' }).click();
    await o.waitForURL(`**/admin/conferences/${SLUG}`);
    await expectH1(o, NAME);

    // Edited: an unanswered request now expires after two days.
    await o.getByRole('link', { name: 'Sửa thông tin hội nghị' }).click();
    await expectH1(o, 'Sửa thông tin hội nghị');
    await o.locator('#conference-expiry').fill('48');
    await o.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await o.getByRole('status').filter({ hasText: 'Đã lưu thay đổi.' }).waitFor();
    const saved = await apiCall<{ requestExpiryHours: number; sessions: unknown[]; programme: unknown[]; poolTables: number; slots: unknown[] }>(o, 'GET', `/api/conferences/${SLUG}`);
    expect(saved).toMatchObject({ requestExpiryHours: 48, poolTables: 2, sessions: [{ day: hanoiDay(10), startsAt: '08:30', slotMinutes: 20, slots: 4 }] });
    expect(saved.slots).toHaveLength(SLOTS.length);
    expect(saved.programme).toHaveLength(1);
    await o.getByRole('link', { name: `← ${NAME}` }).click();
    await expectH1(o, NAME);
    await moveTo(o, 'Đang đăng ký');

    // Registration: the demo producer and buyer for themselves on the conference's page, a second buyer by the organizer.
    const demo = await apiCall<Participants>(o, 'GET', `/api/conferences/${DEMO}/participants`);
    const producer = await signedIn('producer', `/conferences/${SLUG}/workspace`);
    const me = await apiCall<{ user: { producerId: string } }>(producer.page, 'GET', '/api/auth/me');
    const entry = demo.producers.find((p) => p.producerId === me.user.producerId);
    if (!entry?.products[0]) throw new Error('the demo producer brings no product to the demo conference');
    await producer.page.goto(`/conferences/${SLUG}`);
    const register = producer.page.getByRole('region', { name: 'Đăng ký tham gia' });
    await register.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await register.getByText('Chọn ít nhất một sản phẩm').waitFor();
    await register.scrollIntoViewIfNeeded();
    await screenshot(producer.page, 'conferences-register-phone-vi', { fullPage: false });
    await register.locator(`#register-product-${entry.products[0].id}`).check();
    await register.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await register.getByText('Bạn đã đăng ký tham gia hội nghị.').first().waitFor();
    await fitsPhone(producer.page);
    const registered = await apiCall<Participants>(o, 'GET', `/api/conferences/${SLUG}/participants`);
    expect(registered.producers).toEqual([expect.objectContaining({ producerId: me.user.producerId, available: SLOTS, products: [expect.objectContaining({ id: entry.products[0].id })] })]);
    const buyer = await signedIn('buyer', `/conferences/${SLUG}/workspace`);
    const buyerMe = await apiCall<{ user: { buyerOrganisationId: string } }>(buyer.page, 'GET', '/api/auth/me');
    await buyer.page.goto(`/conferences/${SLUG}`);
    const buyerRegister = buyer.page.getByRole('region', { name: 'Đăng ký tham gia' });
    await buyerRegister.getByLabel('Bàn giao dịch').selectOption('own');
    await buyerRegister.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await buyerRegister.getByText('Bạn đã đăng ký tham gia hội nghị.').first().waitFor();
    const buyerName = demo.buyers.find((b) => b.organisation.id === buyerMe.user.buyerOrganisationId)?.organisation.name ?? '';
    const other = demo.buyers.find((b) => b.organisation.id !== buyerMe.user.buyerOrganisationId);
    if (!other || !buyerName) throw new Error('the demo conference lacks buyers');
    await apiCall(o, 'POST', `/api/conferences/${SLUG}/buyers`, { buyerOrganisationId: other.organisation.id, tableMode: 'pool', available: SLOTS });
    await o.reload();
    await moveTo(o, 'Đang kết nối');

    // The producer asks the buyer; the buyer accepts.
    const p = producer.page;
    await p.goto(`/conferences/${SLUG}/workspace`);
    await p.getByRole('button', { name: `Xin gặp ${buyerName}` }).click();
    await p.locator('#request-message').fill('Xin giới thiệu sản phẩm của chúng tôi.');
    await p.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await p.getByRole('cell', { name: 'Chờ trả lời' }).first().waitFor();
    const b = buyer.page;
    await b.goto(`/conferences/${SLUG}/workspace`);
    await b.getByRole('button', { name: `Chấp nhận gặp: ${entry.name} – ${buyerName}` }).click();
    await b.getByRole('cell', { name: 'Đã chấp nhận' }).first().waitFor();

    // The organizer places the producer with the second buyer by hand, in the first slot, locked.
    await o.reload();
    await o.getByText('Xếp lịch gặp thủ công', { exact: true }).click();
    await o.locator('#meeting-producer').selectOption({ label: entry.name });
    await o.locator('#meeting-buyer').selectOption({ label: other.organisation.name });
    await o.locator('#meeting-slot').selectOption('0');
    await screenshot(o, 'conferences-admin-meeting-form-phone-vi');
    await o.getByRole('button', { name: 'Thêm lịch gặp' }).click();
    await o.getByRole('status').filter({ hasText: 'Đã xếp lịch gặp.' }).waitFor();
    await o.getByRole('button', { name: `Bỏ cố định lịch gặp ${entry.name} – ${other.organisation.name}` }).waitFor();

    // The schedule run places the accepted request around the locked meeting: its progress while
    // it runs (if the page polls before it ends), then the report of what it wrote.
    await o.getByRole('button', { name: 'Xếp lịch gặp', exact: true }).click();
    const report = o.getByRole('status', { name: 'Kết quả xếp lịch' });
    await o.getByRole('status', { name: 'Tiến trình xếp lịch' }).or(report).first().waitFor({ timeout: 30_000 });
    await report.filter({ hasText: 'Đã xếp 2 cuộc gặp' }).waitFor({ timeout: 30_000 });
    await o.getByText(/^Đã ghi lịch gặp · đã chứng minh tối ưu \(.+ giây \/ 10 giây\)$/).waitFor();
    await screenshot(o, 'conferences-admin-schedule-run-phone-vi');
    const meetings = (await apiCall<{ items: Meeting[] }>(o, 'GET', `/api/conferences/${SLUG}/meetings`)).items;
    expect(meetings).toHaveLength(2);
    expect(meetings.find((m) => m.buyerName === other.organisation.name)).toMatchObject({ slot: 0, locked: true, source: 'organizer' });
    const scheduled = meetings.find((m) => m.buyerName === buyerName);
    expect(scheduled).toMatchObject({ locked: false, source: 'schedule' });
    expect(scheduled?.slot).not.toBe(0);

    // Lock the scheduled meeting, unlock the hand-placed one.
    await o.getByRole('button', { name: `Cố định lịch gặp ${entry.name} – ${buyerName}` }).click();
    await o.getByRole('button', { name: `Bỏ cố định lịch gặp ${entry.name} – ${buyerName}` }).waitFor();
    await o.getByRole('button', { name: `Bỏ cố định lịch gặp ${entry.name} – ${other.organisation.name}` }).click();
    await o.getByRole('button', { name: `Cố định lịch gặp ${entry.name} – ${other.organisation.name}` }).waitFor();
    const locks = (await apiCall<{ items: Meeting[] }>(o, 'GET', `/api/conferences/${SLUG}/meetings`)).items;
    expect(Object.fromEntries(locks.map((m) => [m.buyerName, m.locked]))).toEqual({ [buyerName]: true, [other.organisation.name]: false });
    await moveTo(o, 'Đã xếp lịch');

    // An MOU at the table, then its follow-up.
    await o.getByText('Ghi nhận biên bản ghi nhớ hoặc hợp đồng', { exact: true }).click();
    await o.locator('#agreement-producer').selectOption({ label: entry.name });
    await o.locator('#agreement-buyer').selectOption({ label: buyerName });
    await o.locator('#agreement-value').fill('150.000.000');
    await o.locator('#agreement-volume').fill('2 tấn mỗi tháng');
    await o.locator(`#agreement-product-${entry.products[0].id}`).check();
    await o.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await o.getByRole('status').filter({ hasText: 'Đã ghi nhận.' }).waitFor();
    await o.getByText('Đã ký 1 văn bản, tổng giá trị 150.000.000', { exact: false }).waitFor();
    await o.getByRole('button', { name: `Cập nhật theo dõi ${entry.name} – ${buyerName}` }).click();
    await o.locator('#follow-up-status').selectOption('in-progress');
    await o.locator('#follow-up-on').fill(typed(hanoiDay(40)));
    await o.getByRole('dialog').getByRole('button', { name: 'Lưu thay đổi' }).click();
    await o.getByRole('cell', { name: /Đang thực hiện/ }).waitFor();
    const agreements = (await apiCall<{ items: unknown[] }>(o, 'GET', `/api/conferences/${SLUG}/agreements`)).items;
    expect(agreements).toEqual([expect.objectContaining({ kind: 'mou', valueVnd: 150_000_000, productIds: [entry.products[0].id], volume: '2 tấn mỗi tháng', followUpStatus: 'in-progress', followUpOn: hanoiDay(40) })]);

    // A framework agreement between provinces: the same province twice is refused on its field.
    await o.getByText('Ghi nhận thỏa thuận khung', { exact: true }).click();
    await o.locator('#framework-partner').fill('Hà Nội');
    await o.locator('#framework-title-vi').fill('Thỏa thuận hợp tác tiêu thụ sản phẩm OCOP');
    await o.getByRole('button', { name: 'Ghi nhận thỏa thuận' }).click();
    await o.getByText('Thỏa thuận khung giữa hai tỉnh, thành khác nhau').waitFor();
    await o.locator('#framework-partner').fill('Sơn La');
    await o.getByRole('button', { name: 'Ghi nhận thỏa thuận' }).click();
    await o.getByRole('status').filter({ hasText: 'Đã ghi nhận thỏa thuận khung.' }).waitFor();
    await o.getByRole('cell', { name: 'Hà Nội – Sơn La' }).waitFor();
    const frameworks = (await apiCall<{ items: unknown[] }>(o, 'GET', `/api/conferences/${SLUG}/framework-agreements`)).items;
    expect(frameworks).toEqual([expect.objectContaining({ province: 'Hà Nội', partnerProvince: 'Sơn La', title: { vi: 'Thỏa thuận hợp tác tiêu thụ sản phẩm OCOP', en: 'Thỏa thuận hợp tác tiêu thụ sản phẩm OCOP' } })]);
    await fitsPhone(o);
    await screenshot(o, 'conferences-admin-conference-phone-vi');

    // Both agendas show the scheduled meeting.
    await p.goto(`/conferences/${SLUG}/workspace`);
    await p.getByRole('region', { name: 'Lịch gặp của tôi' }).getByRole('cell', { name: buyerName }).waitFor();
    await b.goto(`/conferences/${SLUG}/workspace`);
    await b.getByRole('region', { name: 'Lịch gặp của tôi' }).getByRole('cell', { name: entry.name }).waitFor();
    await screenshot(b, 'conferences-admin-buyer-agenda-phone-vi');
    await fitsPhone(p);
    await screenshot(p, 'conferences-admin-producer-agenda-phone-vi');
    await Promise.all([organizer.close(), producer.close(), buyer.close()]);
  });

  it('runs the schedule on a longer budget and stops it, keeping the best schedule found', async () => {
    const organizer = await signedIn('organizer', `/admin/conferences/${SLUG}`);
    const o = organizer.page;
    await o.goto(`/admin/conferences/${SLUG}`);
    await expectH1(o, NAME);
    const before = (await apiCall<{ items: Meeting[] }>(o, 'GET', `/api/conferences/${SLUG}/meetings`)).items;
    await o.getByLabel('Thời gian tìm tối đa').selectOption('60');
    await o.getByRole('button', { name: 'Xếp lịch gặp', exact: true }).click();
    const progress = o.getByRole('status', { name: 'Tiến trình xếp lịch' });
    const report = o.getByRole('status', { name: 'Kết quả xếp lịch' });
    // The last run's report is on the page until this run shows: its progress, or its outcome on the 60-second budget.
    const outcome = o.locator('.schedule-outcome', { hasText: '/ 60 giây)' });
    await progress.or(outcome).first().waitFor({ timeout: 30_000 });
    // This small conference may be proven optimal before the click lands: then there is nothing left to stop.
    if (await progress.isVisible()) {
      await screenshot(o, 'conferences-admin-schedule-progress-phone-vi');
      await o.getByRole('button', { name: 'Dừng, giữ lịch tốt nhất' }).click({ timeout: 2_000 }).catch(() => undefined);
    }
    await outcome.waitFor({ timeout: 60_000 });
    await report.waitFor();
    const [run] = (await apiCall<{ items: { endedBy: string; stopRequested: boolean; value: number; bound: number }[] }>(o, 'GET', `/api/conferences/${SLUG}/schedule-runs`)).items;
    if (run?.endedBy === 'stopped') expect(run.stopRequested).toBe(true);
    const ended = run?.endedBy === 'stopped' ? 'dừng theo yêu cầu: giữ lịch tốt nhất tìm được' : 'đã chứng minh tối ưu';
    expect(await outcome.textContent()).toContain(`Đã ghi lịch gặp · ${ended}`);
    expect(run?.value).toBeLessThanOrEqual(run?.bound ?? -1);
    // Stopped or not, the conference keeps a whole schedule: the locked meeting and the scheduled one.
    const after = (await apiCall<{ items: Meeting[] }>(o, 'GET', `/api/conferences/${SLUG}/meetings`)).items;
    expect(after.map((m) => [m.buyerName, m.slot]).sort()).toEqual(before.map((m) => [m.buyerName, m.slot]).sort());
    await fitsPhone(o);
    // The schedule's report in English.
    await o.addInitScript(() => localStorage.setItem('ocop.language', 'en'));
    await o.reload();
    await o.getByRole('status', { name: 'Scheduling result' }).or(o.locator('.schedule-outcome')).first().waitFor();
    await o.locator('.schedule-outcome').scrollIntoViewIfNeeded();
    await screenshot(o, 'conferences-admin-schedule-run-phone-en', { fullPage: false });
    await organizer.close();
  });
});
