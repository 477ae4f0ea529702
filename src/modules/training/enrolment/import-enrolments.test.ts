import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toXlsx } from '../../../server/spreadsheet/write-spreadsheet.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import type { EnrolmentList } from '../contract.ts';
import { anOpenCourse, dayFromToday, type Call } from '../test-support/training-fixtures.ts';

let t: TestApp;
let staff: Call;
const HEADERS = ['Họ và tên', 'Thư điện tử', 'Điện thoại', 'Xã, phường', 'Đối tượng'];
const file = (rows: string[][], headers = HEADERS) => toXlsx([{ name: 'Học viên', headers, rows }]);
const post = (slug: string, bytes: Buffer, query = '') => staff({
  method: 'POST', url: `/api/training/courses/${slug}/enrolments/import?fileName=hoc-vien.xlsx${query}`, payload: bytes,
  headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
});
const enrolments = async (slug: string) => (await staff({ method: 'GET', url: `/api/training/courses/${slug}/enrolments` })).json<EnrolmentList>().items;

beforeAll(async () => {
  t = await createTestApp();
  staff = (options) => t.request('organizer', options);
}, 120_000);
afterAll(() => t.close());

describe('enrolment from an organizer list', () => {
  it('seats rows in file order up to the capacity, then puts the rest on the waiting list in file order', async () => {
    await anOpenCourse(staff, 'nhap-danh-sach', dayFromToday(20), 2, { capacity: 3 });
    const rows = [
      ['Nguyễn Văn An', 'an@example.org', '0912 000 001', 'Xã Bát Tràng', 'Chủ thể OCOP'],
      ['Trần Thị Bình', '', '0912 000 002', 'Phường Vạn Phúc', 'nhan vien diem ban'],
      ['Lê Văn Cường', 'cuong@example.org', '', '', 'Guide'],
      ['Phạm Thị Dung', 'dung@example.org', '', 'Xã Sài Sơn', 'Cán bộ xã'],
      ['Hoàng Văn Em', 'em@example.org', '', '', 'producer'],
    ];
    const dry = await post('nhap-danh-sach', await file(rows), '&dryRun=true');
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ ok: true, dryRun: true, rowCount: 5, counts: { enrolled: 3, waitlisted: 2 } });
    expect(await enrolments('nhap-danh-sach')).toEqual([]);

    const done = await post('nhap-danh-sach', await file(rows));
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ ok: true, counts: { enrolled: 3, waitlisted: 2 } });
    const list = await enrolments('nhap-danh-sach');
    const byName = Object.fromEntries(list.map((e) => [e.fullName, e]));
    expect(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'].map((n) => byName[n]?.status)).toEqual(['enrolled', 'enrolled', 'enrolled']);
    expect(['Phạm Thị Dung', 'Hoàng Văn Em'].map((n) => byName[n]?.status)).toEqual(['waitlisted', 'waitlisted']);
    expect(byName['Trần Thị Bình']).toMatchObject({ audience: 'point-staff', commune: 'Phường Vạn Phúc' });
    expect(byName['Phạm Thị Dung']).toMatchObject({ audience: 'commune-official', waitlistPosition: 1 });
    expect(byName['Hoàng Văn Em']).toMatchObject({ waitlistPosition: 2 });
  });

  it('refuses the whole file when one row is wrong, with the row and column named, and writes nothing', async () => {
    await anOpenCourse(staff, 'nhap-loi', dayFromToday(20), 1, { capacity: 10 });
    const refused = await post('nhap-loi', await file([
      ['Nguyễn Văn An', 'an@example.org', '', '', 'Chủ thể OCOP'],
      ['Trần Thị Bình', 'khong-phai-email', '', '', 'Chủ thể OCOP'],
      ['Lê Văn Cường', '', '', '', 'Du khách'],
      ['Nguyễn Văn An', 'an@example.org', '', '', 'Chủ thể OCOP'],
    ]));
    expect(refused.statusCode).toBe(422);
    const report = refused.json<{ error: { code: string; details: { problems: { row: number; column?: string; code: string }[] } } }>().error;
    expect(report.code).toBe('import_invalid');
    expect(report.details.problems.map((p) => [p.row, p.code])).toEqual(expect.arrayContaining([[3, 'bad_email'], [4, 'not_in_list'], [5, 'duplicate_row']]));
    expect(await enrolments('nhap-loi')).toEqual([]);

    const noName = await post('nhap-loi', await file([['an@example.org', 'Chủ thể OCOP']], ['Thư điện tử', 'Đối tượng']));
    expect(noName.statusCode).toBe(422);
    expect(await enrolments('nhap-loi')).toEqual([]);
  });

  it('refuses a list naming someone already on the course, and takes English headers', async () => {
    await anOpenCourse(staff, 'nhap-trung', dayFromToday(20), 1, { capacity: 10 });
    const headers = ['Full name', 'E-mail', 'Phone', 'Commune or ward', 'Audience'];
    expect((await post('nhap-trung', await file([['Lan Nguyen', 'lan@example.org', '', '', 'Guide']], headers))).statusCode).toBe(200);
    const again = await post('nhap-trung', await file([['Minh Tran', 'minh@example.org', '', '', 'Guide'], ['Lan Nguyen', 'LAN@example.org', '', '', 'Guide']], headers));
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'already_enrolled', message: expect.stringContaining('Lan Nguyen') });
    expect((await enrolments('nhap-trung')).map((e) => e.fullName)).toEqual(['Lan Nguyen']);
  });
});
