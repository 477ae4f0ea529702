import type { Database } from '../../../server/db/database.ts';
import { AppError, conflict } from '../../../server/http/app-error.ts';
import type { ByteSource } from '../../../server/spreadsheet/byte-source.ts';
import { checkImport, writeImport, type ImportReport } from '../../../server/spreadsheet/run-import.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { ORGANIZER_ENROLMENT_OPEN } from '../domain/course-status.ts';
import { assertCourseStatus, findCourse } from '../courses/find-course.ts';
import { enrolInTx, traineeFromInput } from './enrol-trainee.ts';
import { enrolmentImport } from './enrolment-import.ts';

export interface EnrolmentImportCounts {
  enrolled: number;
  waitlisted: number;
}

/**
 * Enrols a course's trainees from a spreadsheet, every row or none, with a row-by-row report:
 * seats in file order while they last, then the waiting list in file order. A trainee already
 * on the course refuses the whole file, naming them.
 */
export async function importEnrolments(database: Database, actor: Actor, courseKey: string, file: { name: string; source: ByteSource }, dryRun: boolean): Promise<ImportReport<EnrolmentImportCounts>> {
  const course = await findCourse(database.db, courseKey, 'system');
  assertCourseStatus(course, ORGANIZER_ENROLMENT_OPEN, { vi: 'đăng ký học viên', en: 'enrol trainees' });
  const checked = await checkImport(enrolmentImport, file, { dryRun, options: {}, emptyCounts: () => ({ enrolled: 0, waitlisted: 0 }) });
  return writeImport(database, checked, async (tx, rows) => {
    const counts: EnrolmentImportCounts = { enrolled: 0, waitlisted: 0 };
    // One instant per row, a millisecond apart: the waiting list keeps the file's order even on a
    // clock that stands still (tests, pinned dates), where every row would otherwise tie.
    const start = clock.now().getTime();
    for (const [index, row] of rows.entries()) {
      const trainee = await traineeFromInput(tx, row);
      try {
        const result = await enrolInTx(tx, actor, course.id, trainee, 'import', new Date(start + index));
        counts[result.status === 'enrolled' ? 'enrolled' : 'waitlisted']++;
      } catch (error) {
        if (error instanceof AppError && error.code === 'already_enrolled') {
          throw conflict('already_enrolled', { vi: `${row.fullName} đã đăng ký khoá học; chưa có dòng nào được ghi`, en: `${row.fullName} is already enrolled in the course; nothing was written` }, { fullName: row.fullName, email: row.email });
        }
        throw error;
      }
    }
    return counts;
  });
}
