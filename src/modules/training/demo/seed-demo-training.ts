import { randomBytes } from 'node:crypto';
import { asc, inArray, isNotNull } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { clock } from '../../../shared/time/clock.ts';
import { addDays } from '../../../shared/time/iso-date.ts';
import { createRandom, type Random } from '../../catalogue/demo/prng.ts';
import { craftVillages, producers } from '../../catalogue/tables.ts';
import { outletPoints } from '../../outlets/tables.ts';
import { newCertificateCode } from '../domain/certificate-code.ts';
import { ATTENDED, judgeCompletion } from '../domain/completion.ts';
import type { AttendanceStatus, Audience, CourseStatus } from '../domain/values.ts';
import { trainingAttendance, trainingCertificates, trainingCourses, trainingEnrolments, trainingSessions } from '../tables.ts';
import { DEMO_COURSES, FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES, type DemoCourse } from './demo-courses.ts';

interface Place { pointId: string | null; craftVillageId: string | null; venue: { vi: string; en: string }; commune: string }
interface Trainee { producerId: string | null; pointId: string | null; commune: string; audience: Audience }

const HOUR = 3_600_000;
const at = (day: string, time: string) => new Date(`${day}T${time}:00+07:00`);

/** The course's status from its sessions and seats, as the platform clock sees them now. */
function statusNow(first: Date, lastEnd: Date, now: Date, seated: number, capacity: number): CourseStatus {
  if (lastEnd <= now) return 'completed';
  if (first <= now) return 'running';
  return seated >= capacity ? 'full' : 'open';
}

function attendanceFor(random: Random): AttendanceStatus {
  return random.weighted<AttendanceStatus>([['present', 80], ['late', 8], ['excused', 5], ['absent', 7]]);
}

/**
 * About twenty courses over the year around the clock's today, some at the pilot points of sale
 * or the demo craft villages: seats taken, waiting lists on full courses, attendance of the
 * sessions already started, certificates to whoever met a completed course's rule (one revoked).
 */
export async function seedDemoTraining(database: Database): Promise<void> {
  const { db } = database;
  const now = clock.now();
  const today = clock.today();
  const random = createRandom('training-demo');
  const points = await db.select({ id: outletPoints.id, slug: outletPoints.slug, nameVi: outletPoints.nameVi, nameEn: outletPoints.nameEn, commune: outletPoints.commune })
    .from(outletPoints).where(inArray(outletPoints.slug, DEMO_COURSES.flatMap((course) => course.place ?? [])));
  const villages = await db.select({ id: craftVillages.id, nameVi: craftVillages.nameVi, nameEn: craftVillages.nameEn, commune: craftVillages.commune }).from(craftVillages);
  const people = await db.select({ id: producers.id, commune: producers.commune }).from(producers).where(isNotNull(producers.commune)).orderBy(asc(producers.name)).limit(200);
  const placeOf = (course: DemoCourse): Place | null => {
    const point = points.find((p) => p.slug === course.place);
    if (point) return { pointId: point.id, craftVillageId: null, venue: { vi: point.nameVi, en: point.nameEn }, commune: point.commune };
    const village = villages.find((v) => v.nameVi === course.place);
    if (village) return { pointId: null, craftVillageId: village.id, venue: { vi: `Nhà văn hoá ${village.nameVi}`, en: `Community hall, ${village.nameEn}` }, commune: village.commune };
    return null;
  };
  const traineeFor = (course: DemoCourse, place: Place | null, index: number): Trainee => {
    const audience = course.audiences[index % course.audiences.length]!;
    if (audience === 'producer' && people.length > 0) {
      const producer = people[random.int(0, people.length - 1)]!;
      return { producerId: producer.id, pointId: null, commune: producer.commune ?? '', audience };
    }
    const point = audience === 'point-staff' && points.length > 0 ? points[index % points.length]! : null;
    return { producerId: null, pointId: point?.id ?? null, commune: point?.commune ?? place?.commune ?? villages[index % Math.max(1, villages.length)]?.commune ?? '', audience };
  };
  let revokedOne = false;
  for (const course of DEMO_COURSES) {
    const place = placeOf(course);
    const days = Array.from({ length: course.sessions }, (_, k) => addDays(today, course.startOffset + 7 * k));
    const sessions = days.map((day, k) => ({ startsAt: at(day, '08:30'), endsAt: at(day, '11:30'), k }));
    const seated = Math.round(course.capacity * course.fill);
    const status = statusNow(sessions[0]!.startsAt, sessions.at(-1)!.endsAt, now, seated, course.capacity);
    const [row] = await db.insert(trainingCourses).values({
      slug: course.slug, nameVi: course.name.vi, nameEn: course.name.en,
      descriptionVi: `${course.name.vi}: ${course.sessions} buổi học, giảng viên ${course.trainers.join(', ')}.`,
      descriptionEn: `${course.name.en}: ${course.sessions} sessions with ${course.trainers.join(', ')}.`,
      topic: course.topic, audiences: course.audiences, trainers: course.trainers, capacity: course.capacity,
      minAttendancePercent: 80, assessmentRequired: course.assessment, status,
      createdAt: new Date(sessions[0]!.startsAt.getTime() - 30 * 24 * HOUR),
    }).returning({ id: trainingCourses.id });
    const courseId = row!.id;
    const sessionRows = await db.insert(trainingSessions).values(sessions.map((s) => ({
      courseId, titleVi: `Buổi ${s.k + 1}`, titleEn: `Session ${s.k + 1}`, startsAt: s.startsAt, endsAt: s.endsAt,
      venueVi: place?.venue.vi ?? 'Trực tuyến', venueEn: place?.venue.en ?? 'Online',
      pointId: place?.pointId ?? null, craftVillageId: place?.craftVillageId ?? null,
      onlineUrl: place ? null : `https://meet.ocop.example/${course.slug}`,
      checkInSecret: randomBytes(32).toString('base64url'),
      remindedAt: s.startsAt <= now ? new Date(s.startsAt.getTime() - 20 * HOUR) : null,
    }))).returning({ id: trainingSessions.id, startsAt: trainingSessions.startsAt });
    const opened = new Date(sessions[0]!.startsAt.getTime() - 28 * 24 * HOUR);
    const enrolments = Array.from({ length: seated + course.waiting }, (_, i) => {
      const trainee = traineeFor(course, place, i);
      const signedUp = new Date(opened.getTime() + (i + 1) * HOUR);
      const waiting = i >= seated;
      return {
        courseId, producerId: trainee.producerId, pointId: trainee.pointId, commune: trainee.commune, audience: trainee.audience,
        fullName: `${random.pick(FAMILY_NAMES)} ${random.pick(MIDDLE_NAMES)} ${random.pick(GIVEN_NAMES)}`,
        status: waiting ? 'waitlisted' as const : 'enrolled' as const, source: random.chance(0.6) ? 'self' as const : 'organizer' as const,
        waitlistedAt: waiting ? signedUp : null, enrolledAt: waiting ? null : signedUp, createdAt: signedUp,
        assessmentPassed: course.assessment && status === 'completed' ? random.chance(0.85) : null,
      };
    });
    if (enrolments.length === 0) continue;
    const enrolled = await db.insert(trainingEnrolments).values(enrolments).returning({ id: trainingEnrolments.id, status: trainingEnrolments.status, fullName: trainingEnrolments.fullName, assessmentPassed: trainingEnrolments.assessmentPassed });
    const seatedRows = enrolled.filter((e) => e.status === 'enrolled');
    const held = sessionRows.filter((s) => s.startsAt <= now);
    const marks = held.flatMap((s) => seatedRows.map((e) => ({ sessionId: s.id, enrolmentId: e.id, status: attendanceFor(random), method: random.chance(0.8) ? 'qr' as const : 'organizer' as const, recordedAt: new Date(s.startsAt.getTime() + 10 * 60_000) })));
    if (marks.length > 0) await db.insert(trainingAttendance).values(marks);
    if (status !== 'completed') continue;
    const issuedOn = addDays(days.at(-1)!, 2) < today ? addDays(days.at(-1)!, 2) : today;
    const certificates = seatedRows.flatMap((e) => {
      const attended = marks.filter((m) => m.enrolmentId === e.id && ATTENDED.includes(m.status)).length;
      const verdict = judgeCompletion({ minAttendancePercent: 80, assessmentRequired: course.assessment }, { sessions: sessionRows.length, attended, assessmentPassed: e.assessmentPassed });
      return verdict.completed ? [{ enrolmentId: e.id, courseId, code: newCertificateCode(), holderName: e.fullName, issuedOn, attendancePercent: verdict.attendancePercent }] : [];
    });
    if (certificates.length === 0) continue;
    if (!revokedOne) {
      revokedOne = true;
      Object.assign(certificates[0]!, { revokedAt: new Date(Math.min(now.getTime(), at(addDays(issuedOn, 1), '08:00').getTime())), revokedReason: 'Cấp nhầm người học / Issued to the wrong trainee' });
    }
    await db.insert(trainingCertificates).values(certificates);
  }
}
