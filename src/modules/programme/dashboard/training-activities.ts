import { eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { dayInVietnam } from '../../../shared/time/clock.ts';
import { SELLING_POINT_STATUSES } from '../../outlets/domain/point-status.ts';
import { outletOpeningGuests, outletOpenings, outletPoints } from '../../outlets/tables.ts';
import { courseFactsOfYear } from '../../training/reports/course-facts.ts';
import type { Activity } from '../contract.ts';

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.floor((part * 100) / whole));

/** The training courses held in a year, with the figures the training report counts (courseFactsOfYear). */
export async function trainingActivities(db: Queryable, year: number): Promise<Activity[]> {
  return (await courseFactsOfYear(db, year)).map((c): Activity => {
    const attended = c.trainees.reduce((s, e) => s + e.attended, 0);
    const completed = c.trainees.filter((e) => e.completed).length;
    return {
      kind: 'training', id: c.id, slug: c.slug, name: c.name, owner: null, startsOn: c.firstDay, endsOn: c.lastDay, budgetVnd: null, status: c.status, region: '',
      results: {
        sessions: c.sessions, trainees: c.trainees.length, completed, attended, attendancePercent: percent(attended, c.trainees.length * c.sessions),
        completionPercent: percent(completed, c.trainees.length), certificates: c.certificates,
      },
    };
  });
}

/** The opening ceremonies (lễ khai trương) of points of sale held in a year, with their guests invited. */
export async function openingActivities(db: Queryable, year: number): Promise<Activity[]> {
  const rows = await db.select({ opening: outletOpenings, point: { id: outletPoints.id, slug: outletPoints.slug, nameVi: outletPoints.nameVi, nameEn: outletPoints.nameEn, commune: outletPoints.commune, status: outletPoints.status } })
    .from(outletOpenings).innerJoin(outletPoints, eq(outletPoints.id, outletOpenings.pointId));
  const inYear = rows.filter((r) => dayInVietnam(r.opening.startsAt).startsWith(`${year}-`));
  if (inYear.length === 0) return [];
  const guests = await db.select({ pointId: outletOpeningGuests.pointId }).from(outletOpeningGuests).where(inArray(outletOpeningGuests.pointId, inYear.map((r) => r.point.id)));
  return inYear.map(({ opening, point }): Activity => {
    const day = dayInVietnam(opening.startsAt);
    return {
      kind: 'opening', id: point.id, slug: point.slug, name: { vi: `Khai trương ${point.nameVi}`, en: `Opening of ${point.nameEn}` }, owner: null, startsOn: day, endsOn: dayInVietnam(opening.endsAt),
      budgetVnd: null, status: opening.published ? 'published' : 'draft', region: point.commune,
      results: { guests: guests.filter((g) => g.pointId === point.id).length, operating: SELLING_POINT_STATUSES.includes(point.status) },
    };
  }).sort((a, b) => (a.startsOn ?? '').localeCompare(b.startsOn ?? '') || a.slug.localeCompare(b.slug));
}
