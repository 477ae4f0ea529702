import { defineSpreadsheetImport } from '../../../server/spreadsheet/define-import.ts';
import { parsers } from '../../../server/spreadsheet/parsers.ts';
import { textKey } from '../../../shared/text/text-key.ts';
import { AUDIENCES, type Audience } from '../domain/values.ts';

export interface EnrolmentImportRow {
  fullName: string;
  email: string;
  phone: string;
  commune: string;
  audience: Audience;
}

type Key = 'fullName' | 'email' | 'phone' | 'commune' | 'audience';

/** How an organizer's list names who a trainee is (đối tượng), in either language. */
const AUDIENCE_SPELLINGS: Readonly<Record<Audience, readonly string[]>> = {
  producer: ['Chủ thể OCOP', 'Chủ thể', 'Hợp tác xã', 'HTX', 'Cơ sở sản xuất', 'Producer', 'OCOP producer'],
  'point-staff': ['Nhân viên điểm bán', 'Điểm bán', 'Nhân viên', 'Point staff', 'Point-of-sale staff', 'Sales staff'],
  guide: ['Hướng dẫn viên', 'Hướng dẫn viên làng nghề', 'Guide', 'Tour guide'],
  'commune-official': ['Cán bộ xã', 'Cán bộ xã, phường', 'Cán bộ phường', 'Commune official', 'Official'],
};
const audienceByKey = new Map<string, Audience>();
for (const audience of AUDIENCES) for (const spelling of [audience, ...AUDIENCE_SPELLINGS[audience]]) audienceByKey.set(textKey(spelling), audience);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Enrolment of a course's trainees from an organizer's list (danh sách học viên): one row per
 * trainee, in the order they are to be seated; past the capacity, rows join the waiting list in
 * file order.
 */
export const enrolmentImport = defineSpreadsheetImport<EnrolmentImportRow, Key, Record<string, never>>({
  id: 'training.enrolments',
  source: import.meta.url,
  columns: [
    { key: 'fullName', header: { vi: 'Họ và tên', en: 'Full name' }, required: true, aliases: ['Họ tên', 'Tên học viên', 'Học viên', 'Name'], parse: parsers.text(200) },
    { key: 'email', required: false, header: { vi: 'Thư điện tử', en: 'E-mail' }, aliases: ['Email'], parse: parsers.text(254) },
    { key: 'phone', required: false, header: { vi: 'Điện thoại', en: 'Phone' }, aliases: ['Số điện thoại', 'SĐT'], parse: parsers.text(30) },
    { key: 'commune', required: false, header: { vi: 'Xã, phường', en: 'Commune or ward' }, aliases: ['Xã/phường', 'Địa phương', 'Commune'], parse: parsers.text(200) },
    { key: 'audience', header: { vi: 'Đối tượng', en: 'Audience' }, required: true, aliases: ['Nhóm học viên', 'Trainee type'],
      parse: parsers.oneOf((t) => audienceByKey.get(textKey(t)), AUDIENCES.map((a) => AUDIENCE_SPELLINGS[a][0]).join(', ')) },
  ],
  messages: {
    bad_email: (d) => ({ vi: `"${d.value}" không phải địa chỉ thư điện tử.`, en: `"${d.value}" is not an e-mail address.` }),
  },
  parseRow(row) {
    const fullName = row.required('fullName');
    const audience = row.value<Audience>('audience');
    const email = row.text('email');
    if (email && !EMAIL.test(email)) row.error('bad_email', 'email', email);
    if (fullName === undefined || audience === undefined || row.hasErrors) return undefined;
    return { fullName, email, phone: row.text('phone'), commune: row.text('commune'), audience };
  },
  // The same person twice in one list: by e-mail when given, else by name and phone.
  duplicate: { code: 'duplicate_row', column: 'email', key: (row) => textKey(row.text('email')) || `${textKey(row.text('fullName'))}|${row.text('phone')}` },
});
