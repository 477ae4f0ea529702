// Training, in a browser: an organizer sets attendance from the session's list (under the room's
// QR code) and issues a certificate; anyone opens the certificate's public check, valid then
// revoked; a trainee who scans a room code of a course they are not in is told so.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Course, IssueResult } from '../../src/modules/training/contract.ts';
import { apiCall, hanoiDay } from './fairs-support.ts';
import { account, expectH1, launchBrowser, MOBILE, newPage, screenshot, signIn } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const slug = `tap-huan-${Date.now().toString(36).slice(-5)}`;

describe('training attendance and certificates', () => {
  it('takes attendance from the list, issues a certificate, and its public check says valid, then revoked', async () => {
    const staff = await newPage(browser, MOBILE);
    await signIn(staff.page, account('organizer'));
    await apiCall(staff.page, 'POST', '/api/training/courses', {
      slug, name: { vi: 'Kể chuyện gốm Bát Tràng', en: 'Telling the story of Bat Trang pottery' }, topic: 'storytelling', audiences: ['guide'], capacity: 5,
    }, 201);
    await apiCall(staff.page, 'POST', `/api/training/courses/${slug}/sessions`, { day: hanoiDay(1), startsAt: '08:00', endsAt: '11:00', venue: { vi: 'Làng gốm Bát Tràng', en: 'Bat Trang pottery village' } }, 201);
    await apiCall(staff.page, 'PATCH', `/api/training/courses/${slug}`, { status: 'open' }, 204);
    await apiCall(staff.page, 'POST', `/api/training/courses/${slug}/enrolments`, { fullName: 'Đỗ Thị Hường', audience: 'guide', commune: 'Bát Tràng' }, 201);
    await apiCall(staff.page, 'PATCH', `/api/training/courses/${slug}`, { status: 'running' }, 204);
    const course = await apiCall<Course>(staff.page, 'GET', `/api/training/courses/${slug}`);

    await staff.page.goto(`/admin/training/${slug}/sessions/${course.sessions[0]!.id}`);
    await expectH1(staff.page, 'Điểm danh buổi học');
    await staff.page.getByRole('img', { name: 'Mã QR điểm danh (đổi mỗi phút)' }).waitFor();
    await staff.page.getByLabel('Điểm danh của Đỗ Thị Hường').selectOption({ label: 'Có mặt' });
    await expect.poll(() => staff.page.getByText('Cán bộ ghi', { exact: false }).count()).toBe(1);
    await screenshot(staff.page, 'training-session-attendance');

    await staff.page.goto(`/admin/training/${slug}`);
    await staff.page.getByRole('button', { name: 'Cấp chứng nhận cho học viên đủ điều kiện' }).click();
    await staff.page.getByText('Đã cấp 1 chứng nhận').waitFor();
    const issued = await apiCall<IssueResult>(staff.page, 'POST', `/api/training/courses/${slug}/certificates`);
    expect(issued).toMatchObject({ issued: [], alreadyIssued: 1 });
    const [certificate] = (await apiCall<{ items: { code: string }[] }>(staff.page, 'GET', `/api/training/courses/${slug}/certificates`)).items;

    const visitor = await newPage(browser, MOBILE);
    await visitor.page.goto(`/training/certificates/${certificate!.code}`);
    await visitor.page.locator('.verdict--valid').getByText('Chứng nhận hợp lệ', { exact: true }).waitFor();
    expect(await visitor.page.locator('.verdict__facts').innerText()).toContain('Đỗ Thị Hường');
    await screenshot(visitor.page, 'training-certificate-valid');

    await apiCall(staff.page, 'POST', `/api/training/certificates/${certificate!.code}/revoke`, { reason: 'Cấp nhầm học viên' }, 204);
    await visitor.page.reload();
    await visitor.page.locator('.verdict--revoked').getByText('Chứng nhận đã bị thu hồi', { exact: true }).waitFor();
    expect(await visitor.page.locator('.verdict__reason').innerText()).toContain('Cấp nhầm học viên');
    await screenshot(visitor.page, 'training-certificate-revoked');
    await visitor.close();
    await staff.close();
  });

  it('a producer enrols on the course page, checks in by the room\'s QR code, and finds the certificate on /training', async () => {
    const hanoiMinutes = (() => {
      const [h, m] = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date()).split(':').map(Number);
      return h! * 60 + m!;
    })();
    // The session runs now (it cannot cross midnight): started ten minutes ago, an hour and a half long.
    if (hanoiMinutes > 23 * 60 + 45) return;
    const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const qrSlug = `diem-danh-qr-${Date.now().toString(36).slice(-5)}`;
    const staff = await newPage(browser, MOBILE);
    await signIn(staff.page, account('organizer'));
    await apiCall(staff.page, 'POST', '/api/training/courses', {
      slug: qrSlug, name: { vi: 'Trưng bày sản phẩm OCOP tại điểm bán', en: 'Displaying OCOP products at a point of sale' }, topic: 'display', audiences: ['producer'], capacity: 3,
    }, 201);
    await apiCall(staff.page, 'POST', `/api/training/courses/${qrSlug}/sessions`, {
      day: hanoiDay(0), startsAt: hhmm(Math.max(0, hanoiMinutes - 10)), endsAt: hhmm(Math.min(23 * 60 + 59, hanoiMinutes + 80)), venue: { vi: 'Điểm OCOP Vạn Phúc', en: 'Van Phuc OCOP point' },
    }, 201);
    await apiCall(staff.page, 'PATCH', `/api/training/courses/${qrSlug}`, { status: 'open' }, 204);

    const trainee = await newPage(browser, MOBILE);
    await signIn(trainee.page, account('producer'), `/training/${qrSlug}`);
    await expectH1(trainee.page, 'Trưng bày sản phẩm OCOP tại điểm bán');
    await trainee.page.getByRole('button', { name: 'Đăng ký học' }).click();
    await trainee.page.getByText('Bạn đã có chỗ trong khoá học này.').waitFor();

    await apiCall(staff.page, 'PATCH', `/api/training/courses/${qrSlug}`, { status: 'running' }, 204);
    const course = await apiCall<Course>(staff.page, 'GET', `/api/training/courses/${qrSlug}`);
    const code = await apiCall<{ url: string }>(staff.page, 'GET', `/api/training/courses/${qrSlug}/sessions/${course.sessions[0]!.id}/check-in-code`);
    const scanned = new URL(code.url);
    await trainee.page.goto(`${scanned.pathname}${scanned.search}`);
    await expectH1(trainee.page, 'Điểm danh buổi học');
    await trainee.page.getByText(/Đã ghi nhận lúc/).waitFor();
    await screenshot(trainee.page, 'training-check-in-done');

    const issued = await apiCall<IssueResult>(staff.page, 'POST', `/api/training/courses/${qrSlug}/certificates`);
    expect(issued.issued).toHaveLength(1);
    await trainee.page.goto('/training');
    const mine = trainee.page.getByRole('region', { name: 'Chứng nhận của tôi' });
    await mine.getByRole('link', { name: 'Trưng bày sản phẩm OCOP tại điểm bán' }).click();
    await trainee.page.locator('.verdict--valid').waitFor();
    await screenshot(trainee.page, 'training-own-certificate');
    await trainee.close();
    await staff.close();
  });

  it('tells a trainee who scans the code of a course they are not in', async () => {
    const trainee = await newPage(browser, MOBILE);
    const course = await (await trainee.page.request.get(`/api/training/courses/${slug}`)).json() as Course;
    await signIn(trainee.page, account('producer'), `/training/${slug}/check-in/${course.sessions[0]!.id}?token=AAAAAAAAAAAAAAAAAAAAAA`);
    await expectH1(trainee.page, 'Điểm danh buổi học');
    await trainee.page.getByText('Bạn không có trong danh sách học viên của khoá này').waitFor();
    await trainee.page.getByRole('link', { name: 'Về trang khoá học' }).click();
    await expectH1(trainee.page, 'Kể chuyện gốm Bát Tràng');
    expect(await trainee.page.locator('main').innerText()).toContain('Làng gốm Bát Tràng');
    await screenshot(trainee.page, 'training-course');
    await trainee.close();
  });

  it("shows the year's training report on a phone, grouped by topic, audience, producer type and commune, in both languages", async () => {
    const t = await newPage(browser, MOBILE);
    const { page } = t;
    await signIn(page, account('organizer'), '/admin/training-report');
    await expectH1(page, 'Kết quả tập huấn');
    const year = Number(await page.getByLabel('Năm').inputValue());
    const report = await page.evaluate(async (y) => (await fetch(`/api/training/report?year=${y}`)).json(), year) as { totals: { courses: number; trainees: number }; byTopic: unknown[] };
    expect(report.totals.courses).toBeGreaterThan(0);
    const trainees = page.getByRole('term').filter({ hasText: 'Học viên' }).locator('xpath=following-sibling::dd');
    expect((await trainees.innerText()).replace(/\D/g, '')).toBe(String(report.totals.trainees));
    for (const heading of ['Theo chủ đề', 'Theo đối tượng', 'Theo loại chủ thể', 'Theo xã, phường', 'Theo khoá']) {
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    }
    expect(await page.getByRole('table', { name: 'Theo chủ đề' }).locator('tbody tr').count()).toBe(report.byTopic.length);
    expect(await page.getByRole('link', { name: 'Tải bảng tính (.xlsx)' }).getAttribute('href')).toBe(`/api/training/report.xlsx?year=${year}`);
    await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
    await screenshot(page, 'training-report-phone-vi', { fullPage: false });
    await page.evaluate(() => localStorage.setItem('ocop.language', 'en'));
    await page.reload();
    await expectH1(page, 'Training results');
    await page.getByRole('heading', { level: 2, name: 'By producer type' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'training-report-phone-en', { fullPage: false });
    await t.close();
  });

  it("lists on a point's back-office page the courses its staff took, with their certificates", async () => {
    const t = await newPage(browser, MOBILE);
    const { page } = t;
    await signIn(page, account('organizer'), '/admin/points-of-sale');
    // The first demo point whose staff took a course, found through the API the section reads.
    const points = await page.evaluate(async () => (await (await fetch('/api/outlets/points?pageSize=100')).json()).items as { id: string; slug: string }[]);
    let chosen: { slug: string; items: { fullName: string }[] } | null = null;
    for (const point of points) {
      const record = await page.evaluate(async (id) => (await fetch(`/api/training/trainees?point=${id}`)).json(), point.id) as { items: { fullName: string }[] };
      if (record.items.length > 0) { chosen = { slug: point.slug, items: record.items }; break; }
    }
    expect(chosen, 'a demo point with trained staff').not.toBeNull();
    await page.goto(`/admin/points-of-sale/${chosen!.slug}`);
    const section = page.getByRole('region', { name: 'Tập huấn' });
    await section.getByRole('table').waitFor();
    expect(await section.locator('tbody tr').count()).toBe(chosen!.items.length);
    await section.getByText(chosen!.items[0]!.fullName).first().waitFor();
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'training-point-record-phone', { fullPage: false });
    await t.close();
  });
});
