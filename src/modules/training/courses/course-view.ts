import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { craftVillages } from '../../catalogue/tables.ts';
import { toFileInfo } from '../../files/file-info.ts';
import { files } from '../../files/tables.ts';
import { outletPoints } from '../../outlets/tables.ts';
import type { Course, CourseSummary, Session } from '../contract.ts';
import { NEXT_COURSE_STATUSES } from '../domain/course-status.ts';
import { vietnamTimes } from '../domain/session-times.ts';
import { trainingEnrolments, trainingSessions } from '../tables.ts';
import { COURSE_MATERIALS } from './course-materials.ts';
import type { CourseRow } from './find-course.ts';

type SessionRow = typeof trainingSessions.$inferSelect;

interface Counts { enrolled: number; waitlisted: number; sessions: number; firstAt: Date | null; lastAt: Date | null }

/** Seats taken and waiting, and the sessions' span, of some courses. */
export async function courseCounts(db: Queryable, courseIds: readonly string[]): Promise<Map<string, Counts>> {
  const out = new Map<string, Counts>(courseIds.map((id) => [id, { enrolled: 0, waitlisted: 0, sessions: 0, firstAt: null, lastAt: null }]));
  if (courseIds.length === 0) return out;
  const [seats, spans] = await Promise.all([
    db.select({ courseId: trainingEnrolments.courseId, status: trainingEnrolments.status, n: count() }).from(trainingEnrolments)
      .where(and(inArray(trainingEnrolments.courseId, [...courseIds]), inArray(trainingEnrolments.status, ['enrolled', 'waitlisted'])))
      .groupBy(trainingEnrolments.courseId, trainingEnrolments.status),
    db.select({ courseId: trainingSessions.courseId, n: count(), first: sql<Date>`min(${trainingSessions.startsAt})`.mapWith(trainingSessions.startsAt), last: sql<Date>`max(${trainingSessions.startsAt})`.mapWith(trainingSessions.startsAt) })
      .from(trainingSessions).where(inArray(trainingSessions.courseId, [...courseIds])).groupBy(trainingSessions.courseId),
  ]);
  for (const s of seats) {
    const c = out.get(s.courseId)!;
    if (s.status === 'enrolled') c.enrolled = s.n;
    else c.waitlisted = s.n;
  }
  for (const s of spans) Object.assign(out.get(s.courseId)!, { sessions: s.n, firstAt: s.first, lastAt: s.last });
  return out;
}

export function toCourseSummary(row: CourseRow, counts: Counts): CourseSummary {
  return {
    id: row.id, slug: row.slug, name: { vi: row.nameVi, en: row.nameEn }, topic: row.topic, audiences: row.audiences, capacity: row.capacity,
    enrolledCount: counts.enrolled, waitlistCount: counts.waitlisted, seatsLeft: Math.max(0, row.capacity - counts.enrolled), status: row.status,
    firstDay: counts.firstAt ? vietnamTimes(counts.firstAt, counts.firstAt).day : null,
    lastDay: counts.lastAt ? vietnamTimes(counts.lastAt, counts.lastAt).day : null,
    sessionCount: counts.sessions,
  };
}

export async function listSessions(db: Queryable, courseId: string): Promise<Session[]> {
  const found = await db.select({ session: trainingSessions, pointSlug: outletPoints.slug, pointVi: outletPoints.nameVi, pointEn: outletPoints.nameEn, villageVi: craftVillages.nameVi, villageEn: craftVillages.nameEn })
    .from(trainingSessions)
    .leftJoin(outletPoints, eq(outletPoints.id, trainingSessions.pointId))
    .leftJoin(craftVillages, eq(craftVillages.id, trainingSessions.craftVillageId))
    .where(eq(trainingSessions.courseId, courseId))
    .orderBy(asc(trainingSessions.startsAt));
  return found.map(({ session, pointSlug, pointVi, pointEn, villageVi, villageEn }) => toSession(session, {
    point: session.pointId && pointSlug ? { id: session.pointId, slug: pointSlug, name: { vi: pointVi ?? '', en: pointEn ?? '' } } : null,
    craftVillage: session.craftVillageId && villageVi ? { id: session.craftVillageId, name: { vi: villageVi, en: villageEn ?? villageVi } } : null,
  }));
}

function toSession(row: SessionRow, places: Pick<Session, 'point' | 'craftVillage'>): Session {
  return {
    id: row.id, title: { vi: row.titleVi, en: row.titleEn }, ...vietnamTimes(row.startsAt, row.endsAt),
    startsAtInstant: row.startsAt.toISOString(), endsAtInstant: row.endsAt.toISOString(),
    venue: { vi: row.venueVi, en: row.venueEn }, ...places, onlineUrl: row.onlineUrl,
  };
}

/** The whole course page: sessions with their places, materials, seats. */
export async function getCourse(db: Queryable, row: CourseRow): Promise<Course> {
  const [counts, sessions, materials] = await Promise.all([
    courseCounts(db, [row.id]),
    listSessions(db, row.id),
    db.select().from(files).where(and(eq(files.ownerKind, COURSE_MATERIALS.kind), eq(files.ownerId, row.id))).orderBy(asc(files.position)),
  ]);
  return {
    ...toCourseSummary(row, counts.get(row.id)!),
    description: { vi: row.descriptionVi, en: row.descriptionEn }, trainers: row.trainers, links: row.links,
    materials: materials.map(toFileInfo), minAttendancePercent: row.minAttendancePercent, assessmentRequired: row.assessmentRequired,
    nextStatuses: [...NEXT_COURSE_STATUSES[row.status]].filter((s) => s !== 'full'), sessions,
  };
}
