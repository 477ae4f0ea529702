import { asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import { clock } from '../../../shared/time/clock.ts';
import { users } from '../../accounts/tables.ts';
import type { PointDetail } from '../contract.ts';
import { NEXT_POINT_STATUSES } from '../domain/point-status.ts';
import { openState, type HoursException } from '../domain/opening-hours.ts';
import { outletHoursExceptions, outletOperators, outletPointEvents } from '../tables.ts';
import { findPointRow } from './find-point.ts';
import { iso, pointSummaryColumns, toPointSummary, type PointSummaryRow } from './point-row.ts';

export async function listHoursExceptions(db: Queryable, pointId: string): Promise<(HoursException & { id: string })[]> {
  const found = await db.select().from(outletHoursExceptions).where(eq(outletHoursExceptions.pointId, pointId)).orderBy(asc(outletHoursExceptions.startsOn));
  return found.map((e) => ({ id: e.id, startsOn: e.startsOn, endsOn: e.endsOn, hours: e.hours, label: { vi: e.labelVi, en: e.labelEn } }));
}

/** A point's back-office record: everything about it, its life so far and the steps it may take next. */
export async function getPoint(db: Queryable, key: string): Promise<PointDetail> {
  const point = await findPointRow(db, key);
  const [summary] = await rows<PointSummaryRow>(db, sql`SELECT ${pointSummaryColumns} FROM outlet_points o LEFT JOIN craft_villages v ON v.id = o.craft_village_id WHERE o.id = ${point.id}`);
  if (!summary) throw new Error('point vanished');
  const exceptions = await listHoursExceptions(db, point.id);
  const events = await db.select().from(outletPointEvents).where(eq(outletPointEvents.pointId, point.id)).orderBy(asc(outletPointEvents.at), asc(outletPointEvents.id));
  const operators = await db.select({ id: users.id, email: users.email, displayName: users.displayName })
    .from(outletOperators).innerJoin(users, eq(users.id, outletOperators.userId)).where(eq(outletOperators.pointId, point.id)).orderBy(asc(users.email));
  return {
    ...toPointSummary(summary),
    description: { vi: point.descriptionVi, en: point.descriptionEn },
    weeklyHours: point.weeklyHours,
    hoursExceptions: exceptions,
    openNow: openState(clock.now(), point.weeklyHours, exceptions),
    operatorName: point.operatorName,
    contactName: point.contactName,
    phone: point.phone,
    email: point.email,
    nearbySites: point.nearbySites,
    photos: point.photos,
    decisionNumber: point.decisionNumber,
    decisionDate: point.decisionDate,
    openedOn: point.openedOn,
    nextStatuses: [...NEXT_POINT_STATUSES[point.status]],
    events: events.map((e) => ({
      from: e.fromStatus, to: e.toStatus, reason: e.reason, decisionNumber: e.decisionNumber, decisionDate: e.decisionDate, actorEmail: e.actorEmail, at: iso(e.at),
    })),
    operators,
  };
}
