import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { badRequest } from '../../../server/http/app-error.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { HoursExceptionInput } from '../contract.ts';
import { checkIntervals } from '../domain/check-hours.ts';
import { outletHoursExceptions } from '../tables.ts';
import { findPointRow } from './find-point.ts';

/** Replaces a point's dated exceptions to its weekly hours (Tết, holidays). Overlaps are refused by the database too. */
export async function setHoursExceptions(database: Database, actor: Actor, key: string, exceptions: readonly HoursExceptionInput[]): Promise<void> {
  const sorted = [...exceptions].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  sorted.forEach((e, i) => {
    if (e.endsOn < e.startsOn) throw badRequest('bad_dates', { vi: `${e.label.vi}: ngày kết thúc trước ngày bắt đầu`, en: `${e.label.en}: ends before it starts` });
    checkIntervals(e.hours, e.label);
    const previous = sorted[i - 1];
    if (previous && e.startsOn <= previous.endsOn) {
      throw badRequest('overlapping_exceptions', { vi: `"${previous.label.vi}" và "${e.label.vi}" trùng ngày`, en: `"${previous.label.en}" and "${e.label.en}" overlap` });
    }
  });
  await database.db.transaction(async (tx) => {
    const point = await findPointRow(tx, key, { forUpdate: true });
    await tx.delete(outletHoursExceptions).where(eq(outletHoursExceptions.pointId, point.id));
    if (sorted.length) {
      await tx.insert(outletHoursExceptions).values(sorted.map((e) => ({
        pointId: point.id, startsOn: e.startsOn, endsOn: e.endsOn, hours: e.hours, labelVi: e.label.vi.trim(), labelEn: e.label.en.trim(),
      })));
    }
    await recordAudit(tx, actor, { action: 'outlet-point.set-hours-exceptions', entity: 'outlet_point', entityId: point.id, changes: { exceptions: sorted } });
  });
}
